/**
 * Loads Pagefind's Component UI from the built bundle (`<base>pagefind/`), once, on the
 * reader's first use of search. Nothing here runs on page load: the header's loader
 * imports this module when search is opened or focused.
 */
import { urls } from '@/lib/urls';
import { HIGHLIGHT_PARAM } from '@/lib/searchState';
import { loadSearchStyles, loadStylesheet } from './stylesheet';

/** The slice of a Component UI instance this site uses (see pagefind-component-ui.js). */
export interface PagefindInstance {
  searchTerm: string;
  searchFilters: Record<string, string[]>;
  searchSort: Record<string, 'asc' | 'desc'>;
  faceted: boolean;
  totalFilters: Record<string, Record<string, number>> | null;
  on(event: 'search', handler: (term: string, filters: Record<string, string[]>) => void): void;
  on(event: 'results', handler: (result: { results: unknown[] }) => void): void;
  on(event: 'loading' | 'error', handler: () => void): void;
  triggerLoad(): Promise<void>;
  triggerSearchWithFilters(term: string, filters: Record<string, string[]>): void;
}

interface PagefindComponents {
  configureInstance(name: string, options: Record<string, unknown>): PagefindInstance;
}

declare global {
  interface Window {
    PagefindComponents?: PagefindComponents;
  }
}

/**
 * Milliseconds the dialog's <pagefind-input> waits after a keystroke before searching. Its
 * default of 300 ms alone would spend the whole keystroke-to-results budget (issue 6:
 * 300 ms); Pagefind answers a query over 10,000 jobs in a few milliseconds, so wait only
 * long enough to skip the middle of a fast-typed word. /search/ keeps the default: there
 * each search may become a history entry, and the longer pause keeps those to whole words.
 */
export const DIALOG_DEBOUNCE_MS = 60;

/** Sets up a <pagefind-input>: our placeholder, and the dialog's short debounce. */
export function configureInput(input: Element | null, { dialog = false } = {}): void {
  input?.setAttribute('placeholder', 'Search jobs and guides');
  if (dialog) input?.setAttribute('debounce', String(DIALOG_DEBOUNCE_MS));
}

/** The bundle's folder under the site's base path. */
export function bundlePath(): string {
  return urls.path('pagefind/');
}

let loading: Promise<PagefindInstance> | undefined;

/** The internals of a Component UI instance that `withoutFilterIndexes` replaces. */
interface InstanceInternals {
  __pagefind__?: unknown;
  pagefindOptions?: Record<string, unknown>;
  options: { bundlePath: string };
  __doLoad__(): Promise<void>;
}

/**
 * Pagefind's Component UI (1.6) loads every filter index the moment it starts: its
 * `__doLoad__` calls the core's `filters()`, about 160 KB at 10,000 jobs, for the filter
 * counts a filter pane shows. The dialog shows no filters, and a search without filters
 * loads none, so there the core starts without that call (the rest of `__doLoad__` as
 * upstream, minus mergeIndex, which this site does not use). /search/ keeps it.
 */
function withoutFilterIndexes(instance: PagefindInstance): void {
  const ui = instance as unknown as InstanceInternals;
  ui.__doLoad__ = async () => {
    if (ui.__pagefind__ !== undefined && ui.__pagefind__ !== null) return;
    const core = (await import(/* @vite-ignore */ `${ui.options.bundlePath}pagefind.js`)) as {
      createInstance(options: Record<string, unknown>): unknown;
    };
    ui.__pagefind__ = core.createInstance(ui.pagefindOptions ?? {});
  };
}

/**
 * The default Component UI instance, configured for this site: bundle and result URLs
 * under the base path, result links carrying the highlight parameter. `filters: false`
 * (the dialog) skips loading the filter indexes nobody sees there.
 */
export function loadPagefindUi({ filters = true }: { filters?: boolean } = {}): Promise<PagefindInstance> {
  loading ??= (async () => {
    const bundle = bundlePath();
    await Promise.all([
      loadStylesheet(`${bundle}pagefind-component-ui.css`),
      loadSearchStyles(),
      // The bundle is a classic script that registers the custom elements on import.
      import(/* @vite-ignore */ `${bundle}pagefind-component-ui.js`),
    ]);
    const components = window.PagefindComponents;
    if (components === undefined) throw new Error('Pagefind Component UI did not load');
    // Loaded through import(), the bundle cannot see its own URL (no document.currentScript),
    // so the bundle path is given here; result URLs get the base from it.
    const instance = components.configureInstance('default', {
      bundlePath: bundle,
      baseUrl: urls.base,
      highlightParam: HIGHLIGHT_PARAM,
      excerptLength: 24,
    });
    if (!filters) withoutFilterIndexes(instance);
    return instance;
  })();
  return loading;
}
