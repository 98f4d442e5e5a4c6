/**
 * Marks the searched words on a page opened from a search result (`?highlight=go`).
 * Its styles (the marks) come with it.
 */
import { loadSearchStyles } from './stylesheet';

interface HighlightModule {
  default: new (options: { highlightParam: string; addStyles: boolean }) => unknown;
}

export async function highlightSearchTerms(param: string): Promise<void> {
  void loadSearchStyles();
  const bundle = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/`;
  const module = (await import(/* @vite-ignore */ `${bundle}pagefind-highlight.js`)) as HighlightModule;
  // addStyles would inject a <style> element, which the CSP refuses; src/styles/search.css styles the marks.
  new module.default({ highlightParam: param, addStyles: false });
}
