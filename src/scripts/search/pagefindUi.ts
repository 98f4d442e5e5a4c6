/**
 * Loads Pagefind's Component UI from the built bundle (`<base>pagefind/`), once, on the
 * reader's first use of search. Nothing here runs on page load: the header's loader
 * imports this module when search is opened or focused.
 */
import { CORE_OPTIONS, bundleFile, bundlePath, preloadTerm, startSearchCore } from './core';
import { loadSearchStyles, loadStylesheet } from './stylesheet';

/** A hit of Pagefind's core: `data()` loads its fragment (title, URL, excerpt), once. */
export interface PagefindResult {
  data(): Promise<unknown>;
}

/** The slice of a Component UI instance this site uses (see pagefind-component-ui.js). */
export interface PagefindInstance {
  searchTerm: string;
  searchFilters: Record<string, string[]>;
  searchSort: Record<string, 'asc' | 'desc'>;
  faceted: boolean;
  totalFilters: Record<string, Record<string, number>> | null;
  on(event: 'search', handler: (term: string, filters: Record<string, string[]>) => void): void;
  on(event: 'results', handler: (result: { results: readonly PagefindResult[] }) => void): void;
  on(event: 'loading' | 'error', handler: () => void): void;
  triggerLoad(): Promise<void>;
  triggerSearch(term: string): void;
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

/**
 * Results the dialog shows at most. Pagefind's results list builds a placeholder for every
 * hit before it loads the first: at 10,000 jobs a common word finds hundreds, and laying
 * those out cost some 250 ms between the search and the first result on screen (measured
 * with `npm run measure:search`). The dialog shows the best ten and links to /search/ for
 * the rest (`allResults.ts`).
 */
export const DIALOG_MAX_RESULTS = 10;

/**
 * Sets up a <pagefind-input>: our placeholder; in the dialog, the short debounce, and each
 * keystroke fetching the index chunks its words need (`preloadTerm`) while the debounce runs.
 */
export function configureInput(input: Element | null, { dialog = false } = {}): void {
  input?.setAttribute('placeholder', 'Search jobs and guides');
  if (!dialog) return;
  input?.setAttribute('debounce', String(DIALOG_DEBOUNCE_MS));
  input?.addEventListener('input', (event) => {
    if (event.target instanceof HTMLInputElement) preloadTerm(event.target.value);
  });
}

/**
 * The Pagefind version `withOwnCore` was written against: package.json pins exactly this one
 * (a unit test checks both, and that the installed bundle still has the hook).
 */
export const PAGEFIND_VERSION = '1.6.0';

let loading: Promise<PagefindInstance> | undefined;

/** The internals of a Component UI instance that `withOwnCore` replaces. */
interface InstanceInternals {
  __pagefind__?: unknown;
  __doLoad__(): Promise<void>;
}

/**
 * Gives the Component UI the core from `startSearchCore`. Upstream (1.6), `__doLoad__`
 * creates the core only when the input is focused, after the UI's script has loaded, and
 * then calls the core's `filters()`, which loads every filter index: about 160 KB at
 * 10,000 jobs, for counts a filter pane shows. The dialog shows no filters (a search
 * without filters loads none). The rest of upstream's `__doLoad__` is mergeIndex, which
 * this site does not use. /search/ keeps upstream's.
 */
function withOwnCore(instance: PagefindInstance): void {
  const ui = instance as unknown as InstanceInternals;
  // A private hook: should a Pagefind without it ever load, keep upstream's loading (it
  // still searches, it only loads the filter indexes too).
  if (typeof ui.__doLoad__ !== 'function') return;
  ui.__doLoad__ = async () => {
    ui.__pagefind__ ??= await startSearchCore();
  };
}

/**
 * The default Component UI instance, configured for this site: bundle and result URLs
 * under the base path, result links carrying the highlight parameter. `filters: false`
 * (the dialog) uses `startSearchCore` and skips the filter indexes nobody sees there.
 */
export function loadPagefindUi({ filters = true }: { filters?: boolean } = {}): Promise<PagefindInstance> {
  loading ??= (async () => {
    await Promise.all([
      loadStylesheet(bundleFile('uiStyles')),
      loadSearchStyles(),
      // The bundle is a classic script that registers the custom elements on import.
      import(/* @vite-ignore */ bundleFile('ui')),
    ]);
    const components = window.PagefindComponents;
    if (components === undefined) throw new Error('Pagefind Component UI did not load');
    // Loaded through import(), the bundle cannot see its own URL (no document.currentScript),
    // so the bundle path is given here; result URLs get the base from it.
    const instance = components.configureInstance('default', { bundlePath: bundlePath(), ...CORE_OPTIONS });
    if (!filters) withOwnCore(instance);
    return instance;
  })();
  return loading;
}
