/**
 * Writes each job's JSON document to `/jobs/<id>.json`. The route `src/pages/[jobDocuments].json.ts`
 * hands the documents over (every one already checked against the schema) before the pages
 * render, and they are written beside the rendering; when the hand-over misses, its file
 * carries them and is split at the end of the build. The file is deleted either way, so it
 * never ships. One Astro route per job took 10-11 s at 10,000 jobs; this 0.6-2.4 s.
 * `astro dev` runs no build hooks: there the documents are at /job-documents.json only.
 */
import { mkdirSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
  JOB_DOCUMENTS_FILE,
  jobDocumentFiles,
  parseJobDocumentsFile,
  receiveJobDocuments,
  type JobDocument,
} from '../lib/jobDocument';
import { fileKey, ownPaths } from '../lib/shard';
import { createUrls, urlTemplate, type Urls } from '../lib/urls';

/** Files written at once: the writes overlap (10,000 files took 0.5 s so, 0.7 s one by one). */
const BATCH = 64;

/** Writes the documents' files below `site` (a shard's own only); resolves with how many. */
async function writeDocuments(site: string, docs: readonly JobDocument[], urls: Urls): Promise<number> {
  const files = ownPaths(jobDocumentFiles(docs, urls), (f) => fileKey(f.file));
  for (const folder of new Set(files.map((f) => path.dirname(f.file))))
    mkdirSync(path.join(site, folder), { recursive: true });
  for (let i = 0; i < files.length; i += BATCH) {
    await Promise.all(files.slice(i, i + BATCH).map((f) => writeFile(path.join(site, f.file), f.text)));
  }
  return files.length;
}

export default function jobDocuments(): AstroIntegration {
  let base = '/';
  let outDir = '';
  let early: { written: Promise<number>; started: number } | undefined;
  return {
    name: 'skillboard:job-documents',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        early = undefined;
        // The route hands the documents over before the pages render: their files are
        // written on the I/O threads while Astro renders (2-3 s at 10,000 jobs, no longer
        // after the last page).
        receiveJobDocuments((docs) => {
          if (early !== undefined) return;
          const written = writeDocuments(outDir, docs, createUrls(base));
          written.catch(() => undefined);
          early = { written, started: performance.now() };
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        receiveJobDocuments(undefined);
        const site = fileURLToPath(dir);
        const transit = path.join(site, JOB_DOCUMENTS_FILE);
        const text = await readFile(transit, 'utf8').catch(() => {
          throw new Error(
            `${JOB_DOCUMENTS_FILE} is missing from ${site}: src/pages/[jobDocuments].json.ts must build it.`,
          );
        });
        await rm(transit);
        const urls = createUrls(base);
        const waiting = performance.now();
        // Without the hand-over (it missed), the route's file carries the documents.
        const run =
          early !== undefined && path.resolve(outDir) === path.resolve(site)
            ? early
            : { written: writeDocuments(site, parseJobDocumentsFile(text), urls), started: waiting };
        early = undefined;
        const count = await run.written;
        const done = performance.now();
        logger.info(
          `wrote ${count} job documents (${urlTemplate(urls.jobJson, 'id')}) in ` +
            `${Math.round(done - run.started)} ms; the build waited ${Math.round(done - waiting)} ms for them`,
        );
      },
    },
  };
}
