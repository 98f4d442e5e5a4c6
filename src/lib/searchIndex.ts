/**
 * The promise the search index must keep: exactly one record per open job and per
 * published guide, each for a page the build wrote. The build writes the records and the
 * count the board expects (`search-records.json`, from `src/pages/[records].json.ts`);
 * the Pagefind integration checks both against what Pagefind wrote and fails the build on
 * any difference.
 */
import type { PagefindRecord } from './searchRecord';
import { handOver } from './handOver';

/** The file the build writes for the integration, and deletes once it is indexed. */
export const RECORDS_FILE = 'search-records.json';

/** What that file holds. */
export interface RecordsFile {
  /**
   * `true` when the records reached the integration before the pages rendered (the normal
   * build): `records` is then empty, as the integration already holds them. `false` when
   * nothing listened: the integration reads `records` from this file.
   */
  handedOver: boolean;
  expected: ExpectedRecords;
  records: PagefindRecord[];
  /**
   * Only in a shard's output (`npm run build -- --shard K/N`, src/lib/shard.ts): where each
   * record stands among the whole site's records, so that `npm run merge` indexes them in
   * the order a single build does.
   */
  positions?: number[];
}

/** How many records the content asks for. */
export interface ExpectedRecords {
  jobs: number;
  guides: number;
}

/** The search index's steps in the benchmark's timings (`src/lib/timings.ts`), in milliseconds. */
export const INDEX_STEP = 'search index';
/** The part of `INDEX_STEP` the build waited for at its end, after the pages rendered. */
export const INDEX_WAIT_STEP = 'search index wait';

const records = handOver<RecordsFile>('search-records');

/** The integration listens for records (and stops with `undefined`). */
export const receiveRecords = records.receive;

/** The pages offer their records; `false` when nothing listens (`astro dev`, tests). */
export const offerRecords = records.offer;

/** Parses and checks the records file (written by this very build). */
export function parseRecordsFile(text: string): RecordsFile {
  const value = JSON.parse(text) as Partial<RecordsFile>;
  if (!Array.isArray(value.records)) throw new Error(`${RECORDS_FILE} has no list of records`);
  if (typeof value.handedOver !== 'boolean')
    throw new Error(`${RECORDS_FILE} does not say whether its records were handed over (handedOver)`);
  const file: RecordsFile = {
    handedOver: value.handedOver,
    expected: parseExpected(value.expected),
    records: value.records,
  };
  if (value.positions === undefined) return file;
  const { positions } = value;
  if (
    !Array.isArray(positions) ||
    positions.length !== value.records.length ||
    !positions.every((n) => Number.isInteger(n) && n >= 0)
  )
    throw new Error(`${RECORDS_FILE}: positions is not one whole number per record`);
  return { ...file, positions };
}

/** Checks the expected counts. */
export function parseExpected(value: unknown): ExpectedRecords {
  const ok = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;
  if (typeof value === 'object' && value !== null && 'jobs' in value && 'guides' in value) {
    const { jobs, guides } = value;
    if (ok(jobs) && ok(guides)) return { jobs, guides };
  }
  throw new Error(`${RECORDS_FILE}: expected is not { "jobs": n, "guides": n }: ${JSON.stringify(value)}`);
}

/**
 * Why an index of `pageCount` records is wrong, or `undefined` when it holds one record per
 * open job and published guide. (Pagefind's own errors fail the build before this is asked.)
 */
export function indexProblem(pageCount: number, expected: ExpectedRecords): string | undefined {
  const want = expected.jobs + expected.guides;
  if (pageCount !== want) {
    return (
      `Pagefind indexed ${pageCount} pages, but the site has ${expected.jobs} open jobs ` +
      `and ${expected.guides} published guides (${want}): the records of ` +
      'src/pages/[records].json.ts and the board disagree, or Pagefind dropped records.'
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

/**
 * Records whose page the build did not write (a record for a page that does not exist
 * would send readers to a 404), given which of their pages exist.
 */
export function missingPages(
  records: readonly { url: string }[],
  exists: (url: string) => boolean,
): string[] {
  return records.filter((r) => !exists(r.url)).map((r) => r.url);
}
