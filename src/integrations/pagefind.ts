/**
 * Indexes the built site with Pagefind after every build, in the folder Astro built
 * into (so `OUT_DIR` and base-path builds get their own index), and fails the build when
 * Pagefind errs or indexes a different number of pages than the content has open jobs
 * and published guides.
 */
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { SITE } from '../lib/site';
import { EXPECTED_FILE, indexProblem, parseExpected, recordCount } from '../lib/searchIndex';

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'skillboard:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const expectedPath = path.join(site, EXPECTED_FILE);
        const expectedText = await readFile(expectedPath, 'utf8').catch(() => {
          throw new Error(
            `${EXPECTED_FILE} is missing from ${site}: src/pages/search-expected.json.ts must build it, ` +
              'or the search index cannot be checked.',
          );
        });
        const expected = parseExpected(expectedText);
        // The file is for this check only: it must not ship.
        await rm(expectedPath);

        const started = performance.now();
        try {
          // One language, the site's: every page is written in it.
          const { index, errors } = await pagefind.createIndex({ forceLanguage: SITE.lang });
          if (index === undefined || errors.length > 0)
            throw new Error(`Pagefind failed:\n  ${errors.join('\n  ')}`);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(`Pagefind failed:\n  ${added.errors.join('\n  ')}`);
          const bundle = path.join(site, 'pagefind');
          const written = await index.writeFiles({ outputPath: bundle });
          if (written.errors.length > 0) {
            throw new Error(`Pagefind could not write the index:\n  ${written.errors.join('\n  ')}`);
          }
          // addDirectory's page_count counts every HTML file it read; the entry file counts
          // the records (pages with data-pagefind-body), which is what readers can find.
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
