/**
 * The search integration's two ways to an index: records handed over before the pages
 * render (the normal build), and records read from the file when that hand-over missed.
 * Both run the real Pagefind binary on a one-page site.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, test, vi } from 'vitest';
import pagefindIndex from '@/integrations/pagefind';
import { RECORDS_FILE, offerRecords, recordCount, type RecordsFile } from '@/lib/searchIndex';
import { readTimings } from '@/lib/timings';
import { tempDirs } from './helpers';

const tempDir = tempDirs();

const file: RecordsFile = {
  handedOver: false,
  expected: { jobs: 1, guides: 0 },
  records: [
    {
      url: '/jobs/a/',
      content: 'Senior Go developer in Budapest',
      language: 'en',
      meta: { title: 'Senior Go developer' },
      filters: { type: ['Job'] },
      sort: { date: '2026-11-25' },
    },
  ],
};

/** A built site with the job's page and the records file the route writes. */
function site(written: RecordsFile, pages = ['jobs/a']): string {
  const dir = tempDir('pagefind-integration-');
  for (const page of pages) {
    mkdirSync(path.join(dir, page), { recursive: true });
    writeFileSync(path.join(dir, page, 'index.html'), '<html><body>page</body></html>');
  }
  writeFileSync(path.join(dir, RECORDS_FILE), JSON.stringify(written));
  return dir;
}

type Hook = (options: Record<string, unknown>) => Promise<void> | void;

/** Runs the integration's hooks as a build would; `handOver` plays the records route. */
async function build(dir: string, handOver: boolean): Promise<string[]> {
  const { hooks } = pagefindIndex();
  const logged: string[] = [];
  const logger = { info: (m: string) => logged.push(m) };
  const url = pathToFileURL(`${dir}/`);
  await (hooks['astro:config:done'] as Hook)({ config: { outDir: url } });
  await (hooks['astro:build:start'] as Hook)({ logger });
  if (handOver) expect(offerRecords(file)).toBe(true);
  await (hooks['astro:build:done'] as Hook)({ dir: url, logger });
  return logged;
}

const indexed = (dir: string) =>
  recordCount(readFileSync(path.join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8'));

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('the Pagefind integration', () => {
  test('indexes the records handed over before rendering, and the file need not repeat them', async () => {
    const dir = site({ ...file, handedOver: true, records: [] });
    const logged = await build(dir, true);
    expect(indexed(dir)).toBe(1);
    expect(existsSync(path.join(dir, RECORDS_FILE))).toBe(false);
    expect(logged).toEqual([
      expect.stringMatching(
        /^indexed 1 pages \(1 jobs, 0 guides\) from the records handed over before the pages rendered, in \d+ ms; the build waited \d+ ms for it$/,
      ),
    ]);
  }, 30_000);

  test('records how long it indexed and how long of that the build waited, for the benchmark', async () => {
    const dir = site({ ...file, handedOver: true, records: [] });
    const timings = path.join(dir, 'timings.json');
    vi.stubEnv('SKILLBOARD_TIMINGS', timings);
    await build(dir, true);
    const recorded = readTimings(timings);
    expect(Object.keys(recorded).sort()).toEqual(['search index', 'search index wait']);
    expect(recorded['search index']).toBeGreaterThan(0);
    expect(recorded['search index wait']).toBeGreaterThan(0);
    expect(recorded['search index wait']).toBeLessThanOrEqual(recorded['search index']!);
  }, 30_000);

  test('indexes from the records file when nothing was handed over, and says so', async () => {
    const dir = site(file);
    const logged = await build(dir, false);
    expect(indexed(dir)).toBe(1);
    expect(existsSync(path.join(dir, RECORDS_FILE))).toBe(false);
    expect(logged).toEqual([
      expect.stringMatching(
        /^indexed 1 pages \(1 jobs, 0 guides\) from search-records\.json, as nothing took the records before the pages rendered, in \d+ ms/,
      ),
    ]);
  }, 30_000);

  test('fails the build when the file says the records were handed over but none arrived', async () => {
    const dir = site({ ...file, handedOver: true, records: [] });
    await expect(build(dir, false)).rejects.toThrow(
      /search-records\.json says its records were handed over, but this build's search integration received none/,
    );
  }, 30_000);

  test('fails the build when a record has no built page', async () => {
    const dir = site(file, []);
    await expect(build(dir, false)).rejects.toThrow(
      /Search records for pages the build did not write:\n {2}\/jobs\/a\//,
    );
  }, 30_000);

  test('fails the build when the index and the board disagree on the count', async () => {
    const dir = site({ ...file, expected: { jobs: 2, guides: 0 } });
    await expect(build(dir, false)).rejects.toThrow(/indexed 1 pages, but the site has 2 open jobs/);
  }, 30_000);
});
