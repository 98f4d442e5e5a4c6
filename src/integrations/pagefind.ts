/**
 * Indexes the site with Pagefind after every build, in the folder Astro built into (so
 * `OUT_DIR` and base-path builds get their own index). The records come from the content
 * (`search-records.json`, written by this build) rather than from re-parsing every built
 * page: at 10,000 jobs that halves the indexing time. The build fails when Pagefind errs,
 * when a record's page was not built, or when the index holds a different number of
 * records than the content has open jobs and published guides.
 */
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { SITE } from '../lib/site';
import { RECORDS_FILE, indexProblem, missingPages, parseRecordsFile, recordCount } from '../lib/searchIndex';

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'skillboard:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const recordsPath = path.join(site, RECORDS_FILE);
        const text = await readFile(recordsPath, 'utf8').catch(() => {
          throw new Error(
            `${RECORDS_FILE} is missing from ${site}: src/pages/search-records.json.ts must build it, ` +
              'or there is nothing to index.',
          );
        });
        const { expected, records } = parseRecordsFile(text);
        // The file is for indexing only: it must not ship.
        await rm(recordsPath);

        const missing = missingPages(records, (url) =>
          existsSync(path.join(site, decodeURIComponent(url), 'index.html')),
        );
        if (missing.length > 0) {
          throw new Error(`Search records for pages the build did not write:\n  ${missing.join('\n  ')}`);
        }

        const started = performance.now();
        try {
          // One language, the site's: every page is written in it.
          const { index, errors } = await pagefind.createIndex({ forceLanguage: SITE.lang });
          if (index === undefined || errors.length > 0)
            throw new Error(`Pagefind failed:\n  ${errors.join('\n  ')}`);
          for (const record of records) {
            const added = await index.addCustomRecord(record);
            if (added.errors.length > 0) {
              throw new Error(`Pagefind failed on ${record.url}:\n  ${added.errors.join('\n  ')}`);
            }
          }
          const bundle = path.join(site, 'pagefind');
          const written = await index.writeFiles({ outputPath: bundle });
          if (written.errors.length > 0) {
            throw new Error(`Pagefind could not write the index:\n  ${written.errors.join('\n  ')}`);
          }
          const pageCount = recordCount(await readFile(path.join(bundle, 'pagefind-entry.json'), 'utf8'));
          const problem = indexProblem({ pageCount, errors: [] }, expected);
          if (problem !== undefined) throw new Error(problem);
          logger.info(
            `indexed ${pageCount} pages (${expected.jobs} jobs, ${expected.guides} guides) ` +
              `in ${Math.round(performance.now() - started)} ms`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
