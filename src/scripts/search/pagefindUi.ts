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
 * Milliseconds <pagefind-input> waits after a keystroke before searching. Its default of
 * 300 ms alone would spend the whole keystroke-to-results budget (issue 6: 300 ms);
 * Pagefind answers a query over 10,000 jobs in a few milliseconds, so wait only long
 * enough to skip the middle of a fast-typed word.
 */
export const INPUT_DEBOUNCE_MS = 60;

/** Sets up a <pagefind-input>: our placeholder and a short debounce. */
export function configureInput(input: Element | null): void {
  input?.setAttribute('placeholder', 'Search jobs and guides');
  input?.setAttribute('debounce', String(INPUT_DEBOUNCE_MS));
}

/** The bundle's folder under the site's base path. */
export function bundlePath(): string {
  return urls.path('pagefind/');
}

let loading: Promise<PagefindInstance> | undefined;

/**
 * The default Component UI instance, configured for this site: bundle and result URLs
 * under the base path, result links carrying the highlight parameter.
 */
export function loadPagefindUi(): Promise<PagefindInstance> {
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
    return components.configureInstance('default', {
      bundlePath: bundle,
      baseUrl: urls.base,
      highlightParam: HIGHLIGHT_PARAM,
      excerptLength: 24,
    });
  })();
  return loading;
}
