/**
 * Writes each job's JSON document to `/jobs/<id>.json` at the end of a build. The documents
 * come from the file `src/pages/[jobDocuments].json.ts` built (every one already checked
 * against the schema); this splits it into one file per job and deletes it, so it never
 * ships. One Astro route per job took 10-11 s at 10,000 jobs; this 0.6-2.4 s.
 * `astro dev` runs no build hooks: there the documents are at /job-documents.json only.
 */
import { mkdirSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { JOB_DOCUMENTS_FILE, jobDocumentFiles, parseJobDocumentsFile } from '../lib/jobDocument';
import { createUrls, urlTemplate } from '../lib/urls';

/** Files written at once: the writes overlap (10,000 files took 0.5 s so, 0.7 s one by one). */
const BATCH = 64;

export default function jobDocuments(): AstroIntegration {
  let base = '/';
  return {
    name: 'skillboard:job-documents',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const transit = path.join(site, JOB_DOCUMENTS_FILE);
        const text = await readFile(transit, 'utf8').catch(() => {
          throw new Error(
            `${JOB_DOCUMENTS_FILE} is missing from ${site}: src/pages/[jobDocuments].json.ts must build it.`,
          );
        });
        await rm(transit);
        const urls = createUrls(base);
        const files = jobDocumentFiles(parseJobDocumentsFile(text), urls);
        for (const folder of new Set(files.map((f) => path.dirname(f.file))))
          mkdirSync(path.join(site, folder), { recursive: true });
        for (let i = 0; i < files.length; i += BATCH) {
          await Promise.all(files.slice(i, i + BATCH).map((f) => writeFile(path.join(site, f.file), f.text)));
        }
        logger.info(
          `wrote ${files.length} job documents (${urlTemplate(urls.jobJson, 'id')}) in ` +
            `${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
