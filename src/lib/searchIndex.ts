/**
 * The promise the search index must keep: exactly one record per open job and per
 * published guide. The build writes what the board expects (`search-expected.json`,
 * from `src/pages/search-expected.json.ts`); the Pagefind integration compares it with
 * what Pagefind indexed and fails the build on any difference.
 */

/** The file the build writes for the integration, and deletes once it is checked. */
export const EXPECTED_FILE = 'search-expected.json';

/** How many records the content asks for. */
export interface ExpectedRecords {
  jobs: number;
  guides: number;
}

/** What Pagefind reported. */
export interface IndexOutcome {
  pageCount: number;
  errors: readonly string[];
}

/** Parses and checks the expected file's content (written by this very build). */
export function parseExpected(text: string): ExpectedRecords {
  const value: unknown = JSON.parse(text);
  const ok = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;
  if (typeof value === 'object' && value !== null && 'jobs' in value && 'guides' in value) {
    const { jobs, guides } = value;
    if (ok(jobs) && ok(guides)) return { jobs, guides };
  }
  throw new Error(`${EXPECTED_FILE} is not { "jobs": n, "guides": n }: ${text.slice(0, 200)}`);
}

/**
 * Why the index is wrong, or `undefined` when it holds one record per open job and
 * published guide and Pagefind reported no error.
 */
export function indexProblem(outcome: IndexOutcome, expected: ExpectedRecords): string | undefined {
  if (outcome.errors.length > 0) {
    return `Pagefind failed:\n  ${outcome.errors.join('\n  ')}`;
  }
  const want = expected.jobs + expected.guides;
  if (outcome.pageCount !== want) {
    return (
      `Pagefind indexed ${outcome.pageCount} pages, but the site has ${expected.jobs} open jobs ` +
      `and ${expected.guides} published guides (${want}). A page template lost or gained ` +
      '`data-pagefind-body`: only open job pages and guide articles carry it.'
    );
  }
  return undefined;
}

/** The number of records in a written index, from its `pagefind-entry.json`. */
export function recordCount(entryJson: string): number {
  const entry = JSON.parse(entryJson) as { languages?: Record<string, { page_count?: unknown }> };
  let total = 0;
  for (const [language, info] of Object.entries(entry.languages ?? {})) {
    if (typeof info.page_count !== 'number') {
      throw new Error(`pagefind-entry.json: language ${language} has no page_count`);
    }
    total += info.page_count;
  }
  return total;
}
