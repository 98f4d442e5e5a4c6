/**
 * Marks the searched words on a page opened from a search result (`?highlight=go`).
 * Self-contained (no imports) so the header loader imports it without Vite's preload helper.
 */
interface HighlightModule {
  default: new (options: { highlightParam: string; addStyles: boolean }) => unknown;
}

export async function highlightSearchTerms(param: string): Promise<void> {
  const bundle = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/`;
  const module = (await import(/* @vite-ignore */ `${bundle}pagefind-highlight.js`)) as HighlightModule;
  // addStyles would inject a <style> element, which the CSP refuses; global.css styles the marks.
  new module.default({ highlightParam: param, addStyles: false });
}
