/**
 * A search as a URL: `/search/?q=go&workplace=hybrid&sort=newest`. Pagefind keeps its
 * state in memory only (Pagefind/pagefind#1164, #819); the search page reads and writes
 * it here so a search can be shared, bookmarked, reloaded and walked with Back/Forward.
 * Pure functions: the page script does the history calls.
 */
import { SEARCH_FILTERS, SORT_KEY, type SearchFilter } from './searchRecord';

/** The query parameter result links carry (`?highlight=go`): the words to mark on the opened page. */
export const HIGHLIGHT_PARAM = 'highlight';

export const SORTS = ['relevance', 'newest'] as const;
export type Sort = (typeof SORTS)[number];

export interface SearchState {
  /** The words typed, trimmed of outer white space; `''` when none. */
  q: string;
  /** Selected values per filter, as they appear in the URL (lowercase). */
  filters: Partial<Record<SearchFilter, string[]>>;
  sort: Sort;
}

/** Reads a state from a query string (`?q=go&skill=go&skill=sql`); unknown parameters are ignored. */
export function parseSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const name of SEARCH_FILTERS) {
    const values = [...new Set(params.getAll(name).map((v) => v.trim().toLowerCase()))].filter(
      (v) => v !== '',
    );
    if (values.length > 0) filters[name] = values;
  }
  const sort = params.get('sort');
  return {
    q: (params.get('q') ?? '').trim(),
    filters,
    sort: sort === 'newest' ? 'newest' : 'relevance',
  };
}

/** The query string of a state (`?q=go&workplace=hybrid&sort=newest`), `''` for an empty search. */
export function searchQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q !== '') params.set('q', state.q);
  for (const name of SEARCH_FILTERS) {
    for (const value of [...(state.filters[name] ?? [])].sort()) params.append(name, value.toLowerCase());
  }
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/**
 * Pagefind's filter selection for the URL's values: each lowercase URL value becomes the
 * index's own spelling (`hybrid` -> `Hybrid`). Values the index does not know are dropped.
 */
export function toPagefindFilters(
  filters: SearchState['filters'],
  known: Record<string, Record<string, number>>,
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, values] of Object.entries(filters)) {
    const spellings = new Map(Object.keys(known[name] ?? {}).map((v) => [v.toLowerCase(), v]));
    const matched = values.flatMap((v) => {
      const hit = spellings.get(v.toLowerCase());
      return hit !== undefined ? [hit] : [];
    });
    if (matched.length > 0) out[name] = matched;
  }
  return out;
}

/** The URL form of Pagefind's filter selection: known filter names, lowercase values. */
export function fromPagefindFilters(filters: Record<string, unknown>): SearchState['filters'] {
  const out: SearchState['filters'] = {};
  for (const name of SEARCH_FILTERS) {
    const values = filters[name];
    if (Array.isArray(values) && values.length > 0) {
      out[name] = values.filter((v): v is string => typeof v === 'string').map((v) => v.toLowerCase());
    }
  }
  return out;
}

/** Pagefind's sort option for a sort choice. */
export function pagefindSort(sort: Sort): Record<string, 'asc' | 'desc'> {
  return sort === 'newest' ? { [SORT_KEY]: 'desc' } : {};
}

/**
 * True when a filter can narrow a set of records: one of its values is on some of them but
 * not all (Remote on 3 of 9 jobs; "Salary listed" on 4). "Type: Job" on a board of jobs
 * only narrows nothing, so the search page does not show it; nor a skill every result
 * has. `values` counts the records with each value; `records` is the set's size (the
 * index, or a search's results).
 */
export function filterNarrows(values: Record<string, number>, records: number): boolean {
  return Object.values(values).some((n) => n > 0 && n < records);
}

/** How many records the counts are over (the index, or results): every record has one `type`. */
export function recordCount(counts: Record<string, Record<string, number>>): number {
  return Object.values(counts['type'] ?? {}).reduce((a, b) => a + b, 0);
}
