/**
 * The search dialog: Pagefind's Component UI (<pagefind-modal> with an input, a summary,
 * results and keyboard hints) built on first use. Our own parts: the result template
 * (company, place, date), the best ten results with a link to all of them on /search/, the
 * empty-result block with links, and returning focus to the header trigger when the
 * dialog closes.
 */
import { DIALOG_MAX_RESULTS, configureInput, loadPagefindUi, type PagefindInstance } from './pagefindUi';
import { renderResult } from './resultTemplate';
import { allResultsLink } from './allResults';
import { emptyState } from './emptyState';

interface ModalElement extends HTMLElement {
  dialogEl: HTMLDialogElement | null;
  open(): void;
}

let modal: Promise<ModalElement> | undefined;

/**
 * Settles when the dialog's last opening has fired its `close` event. A dialog fires it a
 * task after it closes, and Pagefind's modal refuses to open again until then: without
 * waiting, `/` pressed at once after Escape (a quick reader, a loaded machine) showed the
 * frame for a moment and then nothing.
 */
let closed: Promise<void> = Promise.resolve();

/** Results whose fragments load the moment a search answers: those in the first view. */
const EAGER_RESULTS = 5;

/**
 * What the keys do in this dialog (Pagefind's own hints say "esc clear", but in its modal
 * Escape closes): from the box, ↓ moves to the results and ↑ back; Enter opens a result.
 * Hidden on touch screens, like Pagefind's.
 */
const KEY_HINTS: readonly [key: string, action: string][] = [
  ['↓ ↑', 'move between results'],
  ['Enter', 'open'],
  ['Esc', 'close'],
];

function keyHints(): HTMLElement {
  const hints = document.createElement('div');
  hints.className = 'pf-keyboard-hints sb-key-hints';
  hints.setAttribute('aria-hidden', 'true');
  for (const [key, action] of KEY_HINTS) {
    const hint = document.createElement('div');
    hint.className = 'pf-keyboard-hint';
    const kbd = document.createElement('kbd');
    kbd.className = 'pf-keyboard-key';
    kbd.textContent = key;
    hint.append(kbd, ` ${action}`);
    hints.append(hint);
  }
  return hints;
}

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
  instance.on('results', ({ results: hits }) => {
    // The results list loads a hit's fragment once its placeholder is laid out and seen;
    // asking for the first few now, as the results arrive, saves that frame (Pagefind keeps
    // each fragment, so the list's own request finds it loaded).
    for (const hit of hits.slice(0, EAGER_RESULTS)) hit.data().catch(() => undefined);
  });
  root.querySelector('pagefind-keyboard-hints')?.replaceWith(keyHints());
  root.dialogEl?.setAttribute('aria-label', 'Search jobs and guides');
  return root;
}

/** Loads Pagefind's UI and builds the dialog, without opening it. */
export function prepareSearchDialog(): Promise<ModalElement> {
  modal ??= loadPagefindUi({ filters: false }).then(build);
  return modal;
}

/**
 * Opens the dialog in place of `frame` (the inline script's placeholder), with the words
 * typed into it; closing it (Escape, the close button, a result) returns focus to `trigger`.
 * A frame the reader closed while search loaded stays closed.
 */
export async function openSearchDialog(trigger: HTMLElement, frame?: HTMLDialogElement): Promise<void> {
  const root = await prepareSearchDialog();
  const dialogEl = root.dialogEl;
  if (dialogEl === null) return;
  await closed;
  const typed = frame?.querySelector('input')?.value ?? '';
  if (frame !== undefined) {
    const wasOpen = frame.open;
    // Removed, not closed: closing would hand focus back to the trigger first.
    frame.remove();
    if (!wasOpen) return;
  }
  trigger.setAttribute('aria-expanded', 'true');
  closed = new Promise((resolve) => {
    dialogEl.addEventListener(
      'close',
      () => {
        trigger.setAttribute('aria-expanded', 'false');
        trigger.focus();
        resolve();
      },
      { once: true },
    );
  });
  root.open();
  if (typed !== '') {
    const input = root.querySelector<HTMLInputElement>('pagefind-input input');
    if (input !== null) {
      input.value = typed;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
  }
}
