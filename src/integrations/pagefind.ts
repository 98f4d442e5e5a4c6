/**
 * Indexes the site with Pagefind on every build, in the folder Astro built into (so
 * `OUT_DIR` and base-path builds get their own index). The records come from the content
 * (`src/pages/[records].json.ts`) rather than from re-parsing every built page, and they
 * reach this integration before the first page renders: Pagefind indexes them in its own
 * process, on the second core, while Astro renders. At `astro:build:done` the build fails
 * when Pagefind erred, when a record's page was not built, or when the index holds a
 * different number of records than the content has open jobs and published guides.
 *
 * The records file says whether the records were handed over (and holds them only when
 * not); the build fails when it says so but this integration received none. It logs one
 * line when the index is written, naming the way the records came, and records its two
 * timings for the benchmark (`src/lib/timings.ts`): the indexing beside the page rendering,
 * and the wait at the end of the build.
 *
 * A sharded build (`--shard K/N`, src/lib/shard.ts) is not indexed: it keeps the records of
 * its own pages in the file, and `npm run merge` indexes all the parts' records at once.
 */
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { buildShard } from '../lib/shard';
import { SITE } from '../lib/site';
import { recordTiming } from '../lib/timings';
import {
  INDEX_STEP,
  INDEX_WAIT_STEP,
  RECORDS_FILE,
  indexProblem,
  missingPages,
  parseRecordsFile,
  receiveRecords,
  recordCount,
  type RecordsFile,
} from '../lib/searchIndex';

interface Indexing {
  /** What is indexed. */
  file: RecordsFile;
  /** Where the bundle is written. */
  bundle: string;
  /** Resolves with the number of records in the written index; rejects on any Pagefind error. */
  pageCount: Promise<number>;
  started: number;
}

/** Indexes `records` and writes the bundle into `bundle` (also `npm run merge`'s index). */
export function startIndexing(file: RecordsFile, bundle: string): Indexing {
  const { records } = file;
  const started = performance.now();
  const pageCount = (async () => {
    // One language, the site's: every page is written in it.
    const { index, errors } = await pagefind.createIndex({ forceLanguage: SITE.lang });
    if (index === undefined || errors.length > 0)
      throw new Error(`Pagefind failed:\n  ${errors.join('\n  ')}`);
    // All at once: the service answers each by id and works on them in parallel.
    const added = await Promise.all(records.map((record) => index.addCustomRecord(record)));
    const failed = added.flatMap((a, i) => a.errors.map((e) => `${records[i]!.url}: ${e}`));
    if (failed.length > 0) throw new Error(`Pagefind failed:\n  ${failed.join('\n  ')}`);
    const written = await index.writeFiles({ outputPath: bundle });
    if (written.errors.length > 0) {
      throw new Error(`Pagefind could not write the index:\n  ${written.errors.join('\n  ')}`);
    }
    return recordCount(await readFile(path.join(bundle, 'pagefind-entry.json'), 'utf8'));
  })();
  // Awaited in astro:build:done; until then a failure must not count as unhandled.
  pageCount.catch(() => undefined);
  return { file, bundle, pageCount, started };
}

/** How the build log names the two ways the records reach the index. */
const HANDED_OVER = 'from the records handed over before the pages rendered';
const READ_FROM_FILE = `from ${RECORDS_FILE}, as nothing took the records before the pages rendered`;

async function readRecordsFile(file: string): Promise<string> {
  return readFile(file, 'utf8').catch(() => {
    throw new Error(
      `${RECORDS_FILE} is missing from ${path.dirname(file)}: src/pages/[records].json.ts must build it, ` +
        'or there is nothing to index.',
    );
  });
}

export default function pagefindIndex(): AstroIntegration {
  let outDir = '';
  let early: Indexing | undefined;
  return {
    name: 'skillboard:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        early = undefined;
        receiveRecords((file) => {
          early ??= startIndexing(file, path.join(outDir, 'pagefind'));
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        receiveRecords(undefined);
        const site = fileURLToPath(dir);
        const recordsPath = path.join(site, RECORDS_FILE);
        // The file says which way the records came; it holds them only when the hand-over
        // missed (26 MB of JSON at 10,000 jobs then, a few bytes otherwise).
        const written = parseRecordsFile(await readRecordsFile(recordsPath));
        // The file is for indexing only: it must not ship (a shard keeps it for the merge).
        const shard = buildShard();
        if (shard === undefined) await rm(recordsPath, { force: true });
        // The file says "handed over" exactly when some listener took the records: if it was
        // not this integration, the index would be empty.
        if (written.handedOver && early === undefined) {
          throw new Error(
            `${RECORDS_FILE} says its records were handed over, but this build's search integration received none: another listener took them.`,
          );
        }
        const source = early?.file ?? written;
        const { expected, records } = source;

        const missing = missingPages(records, (url) =>
          existsSync(path.join(site, decodeURIComponent(url), 'index.html')),
        );
        if (missing.length > 0) {
          throw new Error(`Search records for pages the build did not write:\n  ${missing.join('\n  ')}`);
        }
        if (shard !== undefined) {
          // A shard is indexed with the others by `npm run merge`.
          logger.info(
            `shard ${shard.index}/${shard.count}: kept ${records.length} search records in ${RECORDS_FILE} ` +
              'for npm run merge, which indexes the whole site',
          );
          return;
        }

        const waiting = performance.now();
        const bundle = path.join(site, 'pagefind');
        // Normally started while the pages rendered; from the file when the hand-over missed.
        const indexing = early?.bundle === bundle ? early : startIndexing(source, bundle);
        try {
          const pageCount = await indexing.pageCount;
          const countProblem = indexProblem(pageCount, expected);
          if (countProblem !== undefined) throw new Error(countProblem);
          const done = performance.now();
          const indexMs = done - indexing.started;
          const waitedMs = done - waiting;
          recordTiming(INDEX_STEP, indexMs);
          recordTiming(INDEX_WAIT_STEP, waitedMs);
          logger.info(
            `indexed ${pageCount} pages (${expected.jobs} jobs, ${expected.guides} guides) ` +
              `${written.handedOver ? HANDED_OVER : READ_FROM_FILE}, ` +
              `in ${Math.round(indexMs)} ms; the build waited ${Math.round(waitedMs)} ms for it`,
          );
        } finally {
          early = undefined;
          await pagefind.close();
        }
      },
    },
  };
}
