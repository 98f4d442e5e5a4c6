/**
 * Search's one entry module. The /search/ page loads it as its script (and it starts the
 * page); on every other page the inline site script (src/lib/siteScript.ts) imports it on
 * the reader's first use of search, so content pages download no JavaScript until then.
 * The dialog, the page and the highlighter are split out and load only when needed.
 */

import { startSearchCore } from './core';

/**
 * Opens search: the page's own box on /search/, the dialog elsewhere. `frame` is the
 * placeholder dialog the inline site script showed the moment the reader asked for search
 * (src/scripts/site.ts); the real dialog replaces it, keeping what was typed into it.
 */
export async function open(trigger: HTMLElement, frame?: HTMLDialogElement): Promise<void> {
  const pageInput = document.querySelector<HTMLInputElement>('#search-page input');
  if (pageInput !== null) {
    pageInput.focus();
    return;
  }
  // Pagefind's core (its worker, WebAssembly and index metadata: a chain of requests) starts
  // now, beside the dialog's own code rather than after it: a reader who types at once gets
  // results sooner. Only opening search starts it, never hover or focus of the trigger
  // (`warm` prepares the dialog alone); a failure shows when the first search awaits it.
  startSearchCore().catch(() => undefined);
  const { openSearchDialog } = await import('./dialog');
  await openSearchDialog(trigger, frame);
}

/** Focus or hover on the trigger: fetch the dialog code and Pagefind's UI (not the index). */
export async function warm(): Promise<void> {
  if (document.getElementById('search-page') !== null) return;
  const { prepareSearchDialog } = await import('./dialog');
  await prepareSearchDialog();
}

/** Marks the searched words on a page opened from a result (`?highlight=go`). */
export async function highlight(param: string): Promise<void> {
  const { highlightSearchTerms } = await import('./highlight');
  await highlightSearchTerms(param);
}

if (document.getElementById('search-page') !== null) {
  void import('./page').then((m) => m.initSearchPage());
}
