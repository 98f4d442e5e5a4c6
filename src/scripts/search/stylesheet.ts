/**
 * Search's stylesheets, linked on first use like its scripts: pages without search in use
 * load none of them (the site's own CSS stays small), and a <link> to our own origin is
 * what the CSP allows (an injected <style> is not).
 */
import searchStyles from '@/styles/search.css?url';

/**
 * Links a stylesheet once; resolves when it has loaded. A `<link rel="preload">` of the same
 * file (/search/'s head has one) only fetches it: the stylesheet is still linked here.
 */
export function loadStylesheet(href: string): Promise<void> {
  const existing = document.querySelector<HTMLLinkElement>(`link[rel="stylesheet"][href="${href}"]`);
  if (existing !== null) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => reject(new Error(`could not load ${href}`)));
    document.head.append(link);
  });
}

/** The site's search styles (src/styles/search.css): results, marks, Pagefind's colours. */
export function loadSearchStyles(): Promise<void> {
  return loadStylesheet(searchStyles);
}
