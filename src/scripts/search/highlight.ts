/**
 * Marks the searched words on a page opened from a search result (`?highlight=go`).
 * Its styles (the marks) come with it.
 *
 * Whole words only: mark.js's default ("partially") marked "go" inside "ago" and
 * "Google". A mark inside the folded part of a guide (<details>) unfolds it, so the reader
 * sees what the result promised.
 */
import { urls } from '@/lib/urls';
import { loadSearchStyles } from './stylesheet';

/** Characters that end a word besides white space, so "(Golang)," still matches "golang". */
export const WORD_LIMITERS = [...'.,;:!?()[]{}"\'“”‘’«»/…—–'];

interface HighlightOptions {
  highlightParam: string;
  addStyles: boolean;
  markOptions: {
    className: string;
    exclude: string[];
    accuracy: { value: 'exactly'; limiters: string[] };
  };
}

interface HighlightModule {
  default: new (options: HighlightOptions) => unknown;
}

export const MARK_CLASS = 'pagefind-highlight';

export async function highlightSearchTerms(param: string): Promise<void> {
  void loadSearchStyles();
  const module = (await import(
    /* @vite-ignore */ `${urls.searchBundle()}pagefind-highlight.js`
  )) as HighlightModule;
  // addStyles would inject a <style> element, which the CSP refuses; src/styles/search.css styles the marks.
  new module.default({
    highlightParam: param,
    addStyles: false,
    markOptions: {
      className: MARK_CLASS,
      exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'],
      accuracy: { value: 'exactly', limiters: WORD_LIMITERS },
    },
  });
  for (const mark of document.querySelectorAll(`mark.${MARK_CLASS}`)) {
    const fold = mark.closest('details');
    if (fold !== null) fold.open = true;
  }
}
