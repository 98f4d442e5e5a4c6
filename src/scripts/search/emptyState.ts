/**
 * Shown when a search finds nothing: the query as plain text (textContent, never HTML)
 * and ways on, to all jobs and all skills. Pagefind's summary says "No results" but
 * offers no links.
 */
import { urls } from '@/lib/urls';
import type { PagefindInstance } from './pagefindUi';

export function emptyState(instance: PagefindInstance): HTMLElement {
  const box = document.createElement('div');
  box.className = 'sb-empty';
  box.hidden = true;
  const text = document.createElement('p');
  const query = document.createElement('strong');
  text.append('Nothing matches ', query, '. Try fewer or other words, or browse:');
  const links = document.createElement('p');
  for (const [href, label] of [
    [urls.jobs(), 'All jobs'],
    [urls.skills(), 'All skills'],
  ] as const) {
    const a = document.createElement('a');
    a.href = href;
    a.textContent = label;
    links.append(a, ' ');
  }
  box.append(text, links);

  instance.on('results', (result) => {
    const term = instance.searchTerm.trim();
    query.textContent = `“${term}”`;
    box.hidden = term === '' || result.results.length > 0;
  });
  instance.on('loading', () => {
    box.hidden = true;
  });
  return box;
}
