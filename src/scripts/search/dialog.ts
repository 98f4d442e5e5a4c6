/**
 * The search dialog: Pagefind's Component UI (<pagefind-modal> with an input, a summary,
 * results and keyboard hints) built on first use. Our own parts: the result template
 * (company, place, date), the best ten results with a link to all of them on /search/, the
 * empty-result block with links, and returning focus to the header trigger when the
 * dialog closes.
 */
import {
  DIALOG_MAX_RESULTS,
  configureInput,
  loadPagefindUi,
  startSearchCore,
  type PagefindInstance,
} from './pagefindUi';
import { renderResult } from './resultTemplate';
import { allResultsLink } from './allResults';
import { emptyState } from './emptyState';

interface ModalElement extends HTMLElement {
  dialogEl: HTMLDialogElement | null;
  open(): void;
}

let modal: Promise<ModalElement> | undefined;

function build(instance: PagefindInstance): ModalElement {
  // An empty <pagefind-modal> builds its standard parts (input, summary, results, keyboard
  // hints) when connected. Building our own children first would have them initialised
  // twice (the modal moves them into its <dialog>), hence customising after the fact.
  const root = document.createElement('pagefind-modal') as ModalElement;
  document.body.append(root);
  configureInput(root.querySelector('pagefind-input'), { dialog: true });
  const results = root.querySelector('pagefind-results') as
    (HTMLElement & { resultTemplate: typeof renderResult }) | null;
  if (results !== null) {
    results.setAttribute('hide-sub-results', '');
    results.setAttribute('max-results', String(DIALOG_MAX_RESULTS));
    results.resultTemplate = renderResult;
  }
  root.querySelector('pagefind-modal-body')?.append(allResultsLink(instance), emptyState(instance));
  root.dialogEl?.setAttribute('aria-label', 'Search jobs and guides');
  return root;
}

/** Loads Pagefind's UI and builds the dialog, without opening it. */
export function prepareSearchDialog(): Promise<ModalElement> {
  modal ??= loadPagefindUi({ filters: false }).then(build);
  return modal;
}

/** Opens the dialog; closing it (Escape, the close button, a result) returns focus to `trigger`. */
export async function openSearchDialog(trigger: HTMLElement): Promise<void> {
  // The index starts loading now, beside the dialog's own files (not on hover or focus of
  // the trigger, which only prepare the dialog). A failure shows when the first search awaits it.
  startSearchCore().catch(() => undefined);
  const root = await prepareSearchDialog();
  const dialogEl = root.dialogEl;
  if (dialogEl === null) return;
  trigger.setAttribute('aria-expanded', 'true');
  dialogEl.addEventListener(
    'close',
    () => {
      trigger.setAttribute('aria-expanded', 'false');
      trigger.focus();
    },
    { once: true },
  );
  root.open();
}
