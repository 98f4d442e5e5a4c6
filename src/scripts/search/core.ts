/**
 * Pagefind's search core (its web worker, WebAssembly and index metadata), started once, the
 * moment the reader opens search. This module is part of search's entry bundle, so starting
 * the core waits for nothing but the entry itself: not for the dialog's code, nor for
 * Pagefind's UI, which load beside it (`pagefindUi.ts`).
 */
import { urls } from '@/lib/urls';
import { HIGHLIGHT_PARAM } from '@/lib/searchState';

/** The slice of Pagefind's core API (pagefind.js) this site calls. */
export interface SearchCore {
  /** Fetches the index chunks a search for `term` needs, without searching. */
  preload(term: string): Promise<void>;
}

/** Options of the search core, and of the Component UI that hands them on. */
export const CORE_OPTIONS = { baseUrl: urls.base, highlightParam: HIGHLIGHT_PARAM, excerptLength: 24 };

/** The bundle's folder under the site's base path. */
export function bundlePath(): string {
  return urls.searchBundle();
}

/**
 * The bundle's files that search loads by name: Pagefind's core, and its Component UI's
 * script and stylesheet. /search/'s head asks for these very URLs before search's code does.
 */
const BUNDLE_FILES = {
  core: 'pagefind.js',
  ui: 'pagefind-component-ui.js',
  uiStyles: 'pagefind-component-ui.css',
} as const;

/** One of those files, under the site's base path. */
export function bundleFile(name: keyof typeof BUNDLE_FILES): string {
  return `${bundlePath()}${BUNDLE_FILES[name]}`;
}

let core: Promise<SearchCore> | undefined;

/**
 * Starts the core, once (about 130 KB at 10,000 jobs: a chain of requests, worker, entry
 * file, metadata and WebAssembly). Started beside the dialog's own code rather than after
 * it, the core is ready sooner for a reader who types at once.
 */
export function startSearchCore(): Promise<SearchCore> {
  core ??= import(/* @vite-ignore */ bundleFile('core')).then(
    (m: { createInstance(options: Record<string, unknown>): SearchCore }) => m.createInstance(CORE_OPTIONS),
  );
  return core;
}

/**
 * Fetches the index chunks for what the reader is typing at the keystroke, not when the
 * input's debounce ends: the search that follows finds them loaded (or on their way).
 * Pagefind's own UI does the same. A one-letter term is skipped: its chunks are most of
 * a letter's words, and the next keystroke usually narrows them.
 */
export function preloadTerm(term: string): void {
  if (term.trim().length < 2) return;
  startSearchCore()
    .then((c) => c.preload(term))
    // A failure shows when the search itself awaits the core.
    .catch(() => undefined);
}
