import { describe, expect, test } from 'vitest';
import {
  filterNarrows,
  fromPagefindFilters,
  pagefindSort,
  parseSearchState,
  recordCount,
  searchQueryString,
  toPagefindFilters,
} from '@/lib/searchState';

describe('parseSearchState', () => {
  test('reads the query, filters and sort from the URL', () => {
    expect(parseSearchState('?q=go&workplace=Hybrid&skill=go&skill=sql&sort=newest')).toEqual({
      q: 'go',
      filters: { workplace: ['hybrid'], skill: ['go', 'sql'] },
      sort: 'newest',
    });
  });

  test('ignores unknown parameters and unknown sorts', () => {
    expect(parseSearchState('?q=%20vue%20&colour=red&sort=oldest&workplace=')).toEqual({
      q: 'vue',
      filters: {},
      sort: 'relevance',
    });
  });

  test('keeps markup in a query as plain text', () => {
    expect(parseSearchState('?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E').q).toBe(
      '<img src=x onerror=alert(1)>',
    );
  });
});

describe('searchQueryString', () => {
  test('writes a search that parses back to itself', () => {
    const state = {
      q: 'full stack',
      filters: { workplace: ['hybrid'], skill: ['vue.js'] },
      sort: 'newest' as const,
    };
    const text = searchQueryString(state);
    expect(text).toBe('?q=full+stack&skill=vue.js&workplace=hybrid&sort=newest');
    expect(parseSearchState(text)).toEqual(state);
  });

  test('is empty for an empty search, and leaves out the default sort', () => {
    expect(searchQueryString({ q: '', filters: {}, sort: 'relevance' })).toBe('');
  });
});

describe('toPagefindFilters', () => {
  test("maps URL values to the index's spelling and drops unknown ones", () => {
    const known = { workplace: { Hybrid: 1, Remote: 2 }, skill: { 'Vue.js': 1 } };
    expect(
      toPagefindFilters({ workplace: ['hybrid', 'moon'], skill: ['vue.js'], city: ['x'] }, known),
    ).toEqual({
      workplace: ['Hybrid'],
      skill: ['Vue.js'],
    });
  });
});

describe('fromPagefindFilters', () => {
  test('keeps known filters with values, lowercased', () => {
    expect(fromPagefindFilters({ workplace: ['Hybrid'], skill: [], other: ['x'] })).toEqual({
      workplace: ['hybrid'],
    });
  });
});

describe('pagefindSort', () => {
  test('sorts newest first by date, or not at all for relevance', () => {
    expect(pagefindSort('newest')).toEqual({ date: 'desc' });
    expect(pagefindSort('relevance')).toEqual({});
  });
});

describe('filterNarrows', () => {
  test('shows a filter with two values or more', () => {
    expect(filterNarrows({ Remote: 3, Hybrid: 2 }, 9)).toBe(true);
  });
  test('hides a filter whose one value every record has ("Type: Job" on a board of jobs)', () => {
    expect(filterNarrows({ Job: 9 }, recordCount({ type: { Job: 9 } }))).toBe(false);
  });
  test('shows a one-value filter that only some records have ("Salary listed")', () => {
    expect(filterNarrows({ 'Salary listed': 4 }, recordCount({ type: { Job: 9, Guide: 1 } }))).toBe(true);
  });
  test('hides a filter with no values', () => {
    expect(filterNarrows({}, 9)).toBe(false);
  });
  test("over a search's results, counts only the values the results have", () => {
    // "golang" finds one job: "Type" offers Job (1) and Guide (0), which narrows nothing.
    const one = {
      type: { Job: 1, Guide: 0 },
      city: { Sofia: 1 },
      skill: { Go: 1, 'Back-End Development': 1 },
    };
    expect(filterNarrows(one.type, recordCount(one))).toBe(false);
    expect(filterNarrows(one.city, recordCount(one))).toBe(false);
    // A job has several skills: two values, but both on every result.
    expect(filterNarrows(one.skill, recordCount(one))).toBe(false);
    // "engineer" finds jobs in two cities, and a guide.
    const wider = { type: { Job: 2, Guide: 1 }, city: { Sofia: 1, Madrid: 1 }, skill: { Go: 1, Vue: 1 } };
    expect(filterNarrows(wider.type, recordCount(wider))).toBe(true);
    expect(filterNarrows(wider.city, recordCount(wider))).toBe(true);
    expect(filterNarrows(wider.skill, recordCount(wider))).toBe(true);
  });
});
