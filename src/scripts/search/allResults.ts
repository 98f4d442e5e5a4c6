/**
 * The dialog shows the best few results (`DIALOG_MAX_RESULTS`); when a search finds more,
 * this link under them leads to the same search on /search/, where every result, the
 * filters and the sort are. The words reach the link as a URL parameter and its text as
 * textContent, never as HTML.
 */
import { searchQueryString } from '@/lib/searchState';
import { urls } from '@/lib/urls';
import { DIALOG_MAX_RESULTS, type PagefindInstance } from './pagefindUi';

export function allResultsLink(instance: PagefindInstance): HTMLElement {
  const box = document.createElement('p');
  box.className = 'sb-all';
  box.hidden = true;
  const link = document.createElement('a');
  box.append(link);

  instance.on('results', (result) => {
    const q = instance.searchTerm.trim();
    const count = result.results.length;
    box.hidden = q === '' || count <= DIALOG_MAX_RESULTS;
    if (box.hidden) return;
    link.href = urls.search() + searchQueryString({ q, filters: {}, sort: 'relevance' });
    link.textContent = `See all ${count.toLocaleString('en')} results for “${q}”`;
  });
  instance.on('loading', () => {
    box.hidden = true;
  });
  return box;
}
