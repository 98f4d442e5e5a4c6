/**
 * /search/: Pagefind's Component UI (input, summary, filter pane, results) plus what it
 * lacks: the query, filters and sort in the URL (Pagefind/pagefind#1164, #819), restored
 * on load and on Back/Forward, and a relevance / newest-first choice.
 *
 * History: typing replaces the current entry (no entry per keystroke); a filter or sort
 * change, Enter, or leaving the box commits it, so the next change pushes a new entry.
 */
import {
  fromPagefindFilters,
  pagefindSort,
  parseSearchState,
  searchQueryString,
  toPagefindFilters,
  type SearchState,
  type Sort,
} from '@/lib/searchState';
import { emptyState } from './emptyState';
import { loadPagefindUi, type PagefindInstance } from './pagefindUi';
import { renderResult } from './resultTemplate';

function mount(root: HTMLElement, instance: PagefindInstance): HTMLInputElement | null {
  const slot = (name: string) => root.querySelector<HTMLElement>(`[data-search-${name}]`)!;
  const input = document.createElement('pagefind-input');
  input.setAttribute('placeholder', 'Search jobs and guides');
  slot('input').append(input);
  const pane = document.createElement('pagefind-filter-pane');
  pane.setAttribute('open', 'type,workplace');
  slot('filters').append(pane);
  const results = document.createElement('pagefind-results') as HTMLElement & {
    resultTemplate: typeof renderResult;
  };
  results.setAttribute('hide-sub-results', '');
  results.resultTemplate = renderResult;
  slot('results').append(document.createElement('pagefind-summary'), results, emptyState(instance));
  return input.querySelector('input');
}

export async function initSearchPage(): Promise<void> {
  const root = document.getElementById('search-page');
  const sortSelect = document.getElementById('search-sort');
  if (root === null || !(sortSelect instanceof HTMLSelectElement)) return;
  root.hidden = false;

  const instance = await loadPagefindUi();
  const input = mount(root, instance);
  // Filters are known once the index is loaded: URL values are matched against them.
  await instance.triggerLoad();
  // Faceted: filters alone (no words) list every matching record.
  instance.faceted = true;

  let sort: Sort = 'relevance';
  let committed = true;
  let current = location.search;

  const apply = (state: SearchState) => {
    sort = state.sort;
    sortSelect.value = sort;
    instance.searchSort = pagefindSort(sort);
    const filters = toPagefindFilters(state.filters, instance.totalFilters ?? {});
    // Values the index does not know are dropped; the URL says what is really applied.
    current = searchQueryString({ ...state, filters: fromPagefindFilters(filters) });
    if (current !== location.search) history.replaceState(null, '', `${location.pathname}${current}`);
    instance.triggerSearchWithFilters(state.q, filters);
  };

  instance.on('search', (term, filters) => {
    const state: SearchState = { q: term.trim(), filters: fromPagefindFilters(filters), sort };
    const next = searchQueryString(state);
    if (next === current) return;
    const filtersChanged =
      searchQueryString({ ...state, q: '' }) !== searchQueryString({ ...parseSearchState(current), q: '' });
    const url = `${location.pathname}${next}`;
    if (committed || filtersChanged) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    current = next;
    committed = filtersChanged;
  });

  sortSelect.addEventListener('change', () => {
    sort = sortSelect.value === 'newest' ? 'newest' : 'relevance';
    instance.searchSort = pagefindSort(sort);
    committed = true;
    instance.triggerSearchWithFilters(instance.searchTerm, instance.searchFilters);
  });
  const commit = () => {
    committed = true;
  };
  input?.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') commit();
  });
  input?.addEventListener('blur', commit);

  addEventListener('popstate', () => {
    apply(parseSearchState(location.search));
    committed = true;
  });

  const initial = parseSearchState(location.search);
  apply(initial);
  // An empty /search/ is not worth a Back step: the first words replace it.
  committed = initial.q !== '' || Object.keys(initial.filters).length > 0;
  if (input !== null && initial.q === '') input.focus();
}
