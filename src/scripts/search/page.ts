/**
 * /search/: Pagefind's Component UI (input, summary, filter pane, results) plus what it
 * lacks: the query, filters and sort in the URL (Pagefind/pagefind#1164, #819), restored
 * on load and on Back/Forward, and a relevance / newest-first choice.
 *
 * History: typing replaces the current entry (no entry per keystroke); a filter or sort
 * change, Enter, or leaving the box commits it, so the next change pushes a new entry.
 */
import {
  filterNarrows,
  fromPagefindFilters,
  pagefindSort,
  parseSearchState,
  recordCount,
  searchQueryString,
  toPagefindFilters,
  type SearchState,
  type Sort,
} from '@/lib/searchState';
import { emptyState } from './emptyState';
import { configureInput, loadPagefindUi, type PagefindInstance } from './pagefindUi';
import { renderResult } from './resultTemplate';

/** The parts of Pagefind's <pagefind-filter-pane> (1.6) that draw the filters. */
interface FilterPane extends HTMLElement {
  /**
   * Each filter's values with the number of current results that have them (with no
   * words, the whole index: /search/ then lists every record).
   */
  availableFilters: Record<string, Record<string, number>> | null;
  /** The values the reader has checked, by filter. */
  selectedFilters: Record<string, Set<string> | undefined>;
  /** Each filter's drawn group. */
  groupElements: Map<string, { group: HTMLElement }>;
  /** Draws every filter anew (the first time, or when the filters change). */
  renderFilters(): void;
  /** Updates the counts and checkboxes after a search. */
  updateFilters(): void;
}

/**
 * A filter pane that shows only the filters that can narrow the current results
 * (`filterNarrows`), and those the reader checked, so they can be cleared: never one that
 * every result shares ("Type: Job" on a board of jobs, or when "golang" finds only jobs).
 * Pagefind has no option for it: the pane's own drawing methods are wrapped, and a hidden
 * group keeps its place in the pane's bookkeeping, so its updates still find it. `shown`
 * hears how many filters show.
 */
function filterPane(shown: (count: number) => void): FilterPane {
  const pane = document.createElement('pagefind-filter-pane') as FilterPane;
  pane.setAttribute('open', 'type,workplace,salary');
  const hideIdle = () => {
    const available = pane.availableFilters ?? {};
    const results = recordCount(available);
    let count = 0;
    for (const [name, { group }] of pane.groupElements) {
      const checked = (pane.selectedFilters[name]?.size ?? 0) > 0;
      group.hidden = !checked && !filterNarrows(available[name] ?? {}, results);
      if (!group.hidden) count++;
    }
    shown(count);
  };
  for (const method of ['renderFilters', 'updateFilters'] as const) {
    const draw = pane[method].bind(pane);
    pane[method] = () => {
      draw();
      hideIdle();
    };
  }
  return pane;
}

/** Phones: the "Filters" button shows and hides the pane, and counts the filters applied. */
function foldFilters(root: HTMLElement, instance: PagefindInstance): void {
  const toggle = root.querySelector<HTMLButtonElement>('#search-filters-toggle');
  const panel = root.querySelector<HTMLElement>('#search-filters');
  const count = root.querySelector('[data-filter-count]');
  if (toggle === null || panel === null || count === null) return;
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    panel.classList.toggle('is-open', open);
  });
  instance.on('search', (_, filters) => {
    const n = Object.values(filters).reduce((a, v) => a + (Array.isArray(v) ? v.length : 0), 0);
    count.textContent = n > 0 ? ` (${n} applied)` : '';
  });
}

function mount(root: HTMLElement, instance: PagefindInstance): void {
  const slot = (name: string) => root.querySelector<HTMLElement>(`[data-search-${name}]`)!;
  const input = document.createElement('pagefind-input');
  configureInput(input);
  slot('input').append(input);
  // When no filter can narrow the results, the pane hides and a line says so.
  const none = document.createElement('p');
  none.className = 'text-sm text-muted';
  none.textContent = 'No filter narrows these results.';
  none.hidden = true;
  const pane = filterPane((shown) => {
    pane.hidden = shown === 0;
    none.hidden = shown > 0;
  });
  slot('filters').append(pane, none);
  foldFilters(root, instance);
  const results = document.createElement('pagefind-results') as HTMLElement & {
    resultTemplate: typeof renderResult;
  };
  results.setAttribute('hide-sub-results', '');
  results.resultTemplate = renderResult;
  slot('results').append(document.createElement('pagefind-summary'), results, emptyState(instance));
}

export async function initSearchPage(): Promise<void> {
  const root = document.getElementById('search-page');
  const sortSelect = document.getElementById('search-sort');
  // The panel shows, and the no-JavaScript note hides, by CSS alone (`.js-only`, `.no-js`).
  if (root === null || !(sortSelect instanceof HTMLSelectElement)) return;

  const instance = await loadPagefindUi();
  mount(root, instance);
  // Pagefind's input re-renders its <input> at times: always look it up afresh.
  const box = () => root.querySelector<HTMLInputElement>('[data-search-input] input');

  const initial = parseSearchState(location.search);
  let sort: Sort = initial.sort;
  let current = location.search;
  // Whether the next search is a new history entry (Enter, leaving the box, a filter or the
  // sort commit the current one). An empty /search/ is not worth a Back step: the first
  // words replace it.
  let committed = initial.q !== '' || Object.keys(initial.filters).length > 0;

  // Heard from the start, before the index has loaded: a reader may search, press Enter and
  // search again while it loads, and each search is then a Back step like any other.
  const inBox = (event: Event) => event.target instanceof HTMLInputElement && event.target === box();
  const commit = (event: Event) => {
    if (inBox(event)) committed = true;
  };
  root.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') commit(event);
  });
  root.addEventListener('focusout', commit);
  let loaded = false;
  instance.on('search', (term, filters) => {
    // Until the index has loaded, Pagefind searches without the URL's filters (it cannot
    // match them yet): they still apply, and stay in the URL.
    const state: SearchState = {
      q: term.trim(),
      filters: loaded ? fromPagefindFilters(filters) : initial.filters,
      sort,
    };
    const next = searchQueryString(state);
    if (next === current) return;
    const filtersChanged =
      searchQueryString({ ...state, q: '' }) !== searchQueryString({ ...parseSearchState(current), q: '' });
    const url = `${location.pathname}${next}`;
    // Typing on (or back over) the same words edits the current entry; other words are a new
    // search even when the commit (Enter, leaving the box) was missed, e.g. when Pagefind
    // rebuilt its input under the reader's cursor.
    const previous = parseSearchState(current).q;
    const edited = previous === '' || state.q.startsWith(previous) || previous.startsWith(state.q);
    if (committed || filtersChanged || !edited) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    current = next;
    committed = filtersChanged;
  });

  // The whole state (words, filters, sort), once the index has loaded.
  const apply = (state: SearchState, fromHistory: boolean): void => {
    sort = state.sort;
    sortSelect.value = sort;
    // Pagefind's input leaves a focused box alone; Back/Forward must still show the query.
    const input = box();
    if (fromHistory && input !== null) input.value = state.q;
    instance.searchSort = pagefindSort(sort);
    const filters = toPagefindFilters(state.filters, instance.totalFilters ?? {});
    // Values the index does not know are dropped; the URL says what is really applied.
    current = searchQueryString({ ...state, filters: fromPagefindFilters(filters) });
    if (current !== location.search) history.replaceState(null, '', `${location.pathname}${current}`);
    instance.triggerSearchWithFilters(state.q, filters);
  };

  // Back and Forward show that search again. Until the index has loaded, only its words can
  // be searched; the rest of the state is applied below, once it has.
  addEventListener('popstate', () => {
    const state = parseSearchState(location.search);
    committed = true;
    if (loaded) {
      apply(state, true);
      return;
    }
    current = location.search;
    const input = box();
    if (input !== null) input.value = state.q;
    instance.triggerSearch(state.q);
  });

  // Filters are known once the index is loaded: URL values are matched against them.
  await instance.triggerLoad();
  loaded = true;
  // Faceted: filters alone (no words) list every matching record.
  instance.faceted = true;

  sortSelect.addEventListener('change', () => {
    sort = sortSelect.value === 'newest' ? 'newest' : 'relevance';
    instance.searchSort = pagefindSort(sort);
    committed = true;
    instance.triggerSearchWithFilters(instance.searchTerm, instance.searchFilters);
  });

  // Words typed (and searched) while the index loaded win over the URL's. The box may have
  // been rebuilt meanwhile, so Pagefind's own last search term counts too. They are searched
  // after the URL's state is applied, through the search handler above: so they become a Back
  // step or an edit like any other search (applying them here replaced the entry of the
  // search before them when Enter had committed it).
  const typed = (box()?.value || instance.searchTerm || '').trim();
  const fromUrl = parseSearchState(current);
  apply(fromUrl, false);
  if (typed !== '' && typed !== fromUrl.q) instance.triggerSearchWithFilters(typed, instance.searchFilters);
  if (initial.q === '') box()?.focus();
}
