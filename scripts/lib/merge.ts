/**
 * Joins the parts of a sharded build (`npm run build -- --shard K/N`, src/lib/shard.ts) into
 * the site a single build writes: every part's pages and files; what every part writes alike
 * (public/, bundled assets) once, after checking the copies are the same bytes; the search
 * index of all the parts' records, in a single build's order; and the sitemap of all pages.
 *
 * Nothing is half-published: the site is put together in a folder beside `out` and takes
 * its place only when every check passed.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { startIndexing } from '../../src/integrations/pagefind';
import { SITEMAP_FILE, type ShardManifest } from '../../src/integrations/shardOutput';
import { sitemapOptions } from '../../src/integrations/sitemapPages';
import {
  RECORDS_FILE,
  indexProblem,
  missingPages,
  parseRecordsFile,
  type ExpectedRecords,
} from '../../src/lib/searchIndex';
import type { PagefindRecord } from '../../src/lib/searchRecord';
import { SHARD_MANIFEST, parseShard } from '../../src/lib/shard';

/** A mistake in what was asked to merge: reported as its message, without a stack trace. */
export class MergeError extends Error {}

export interface MergeResult {
  parts: number;
  files: number;
  records: number;
  sitemapPages: number;
}

interface Part {
  dir: string;
  manifest: ShardManifest;
}

/** Each part's manifest, checked: one part of each number 1..N, all of one site. */
export function readParts(dirs: readonly string[]): Part[] {
  if (dirs.length === 0) throw new MergeError('merge: name the folders of the parts to join');
  const parts = dirs.map((dir): Part => {
    const file = path.join(dir, SHARD_MANIFEST);
    if (!existsSync(file)) {
      throw new MergeError(
        `merge: ${dir} is not the output of a sharded build (it has no ${SHARD_MANIFEST}); build it with npm run build -- --shard K/N`,
      );
    }
    let manifest: ShardManifest;
    try {
      manifest = JSON.parse(readFileSync(file, 'utf8')) as ShardManifest;
    } catch (error) {
      throw new MergeError(`merge: ${file} is not JSON (${(error as Error).message}); build the part again`);
    }
    const shard = parseShard(`${manifest.index}/${manifest.count}`);
    if (typeof shard === 'string') throw new MergeError(`merge: ${file}: ${shard}`);
    return { dir, manifest };
  });
  const [first] = parts as [Part];
  for (const part of parts) {
    const { count, site, base } = part.manifest;
    if (count !== first.manifest.count || site !== first.manifest.site || base !== first.manifest.base) {
      throw new MergeError(
        `merge: ${part.dir} is part of ${count} for ${site}${base}, but ${first.dir} is part of ` +
          `${first.manifest.count} for ${first.manifest.site}${first.manifest.base}: build every part with the same N, SITE_URL and BASE_PATH`,
      );
    }
  }
  const count = first.manifest.count;
  const seen = new Map<number, string>();
  for (const part of parts) {
    const other = seen.get(part.manifest.index);
    if (other !== undefined) {
      throw new MergeError(`merge: ${other} and ${part.dir} are both part ${part.manifest.index}/${count}`);
    }
    seen.set(part.manifest.index, part.dir);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((k) => !seen.has(k));
  if (missing.length > 0) {
    throw new MergeError(
      `merge: part(s) ${missing.map((k) => `${k}/${count}`).join(', ')} missing; build each with npm run build -- --shard K/${count}`,
    );
  }
  return [...parts].sort((a, b) => a.manifest.index - b.manifest.index);
}

/** Every file below `dir`, as paths relative to it (with `/`). */
function filesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

/** Files copied at once: the copies overlap, and Pagefind's messages get through between them. */
const BATCH = 64;

/** Copies each part's files into `into`; a file two parts wrote must be the same bytes. */
async function copyParts(parts: readonly Part[], into: string): Promise<number> {
  const from = new Map<string, Part>();
  let batch: Promise<void>[] = [];
  for (const part of parts) {
    for (const file of filesBelow(part.dir)) {
      // The manifest and the records are for this merge; the parts' sitemaps were removed.
      if (file === SHARD_MANIFEST || file === RECORDS_FILE || SITEMAP_FILE.test(file)) continue;
      const target = path.join(into, file);
      const source = path.join(part.dir, file);
      const earlier = from.get(file);
      if (earlier !== undefined) {
        if (!readFileSync(source).equals(readFileSync(target))) {
          throw new MergeError(
            `merge: ${file} differs between part ${earlier.manifest.index} (${earlier.dir}) and part ` +
              `${part.manifest.index} (${part.dir}): the parts were built from different code or content; build them again from one commit`,
          );
        }
        continue;
      }
      mkdirSync(path.dirname(target), { recursive: true });
      batch.push(copyFile(source, target));
      from.set(file, part);
      if (batch.length >= BATCH) {
        await Promise.all(batch);
        batch = [];
      }
    }
    // A later part's same file is compared with this part's copy: finish it first.
    await Promise.all(batch);
    batch = [];
  }
  return from.size;
}

/** All parts' search records, in the order a single build indexes them. */
function joinRecords(parts: readonly Part[]): { expected: ExpectedRecords; records: PagefindRecord[] } {
  let expected: ExpectedRecords | undefined;
  const slots: (PagefindRecord | undefined)[] = [];
  let total = 0;
  for (const part of parts) {
    const file = path.join(part.dir, RECORDS_FILE);
    if (!existsSync(file)) throw new MergeError(`merge: ${part.dir} has no ${RECORDS_FILE}`);
    const records = parseRecordsFile(readFileSync(file, 'utf8'));
    if (records.positions === undefined) {
      throw new MergeError(`merge: ${file} does not say where its records stand (positions)`);
    }
    if (expected !== undefined && JSON.stringify(expected) !== JSON.stringify(records.expected)) {
      throw new MergeError(
        `merge: ${file} expects other records than part 1: the parts come from different content`,
      );
    }
    expected = records.expected;
    records.records.forEach((record, i) => {
      const at = records.positions![i]!;
      if (slots[at] !== undefined)
        throw new MergeError(`merge: two parts hold search record ${at} (${record.url})`);
      slots[at] = record;
      total += 1;
    });
  }
  if (total !== slots.length || slots.includes(undefined)) {
    throw new MergeError(`merge: the parts' search records leave gaps: a part is missing or was cut short`);
  }
  return { expected: expected!, records: slots as PagefindRecord[] };
}

/** Writes the sitemap of the pages in `site` as the build's @astrojs/sitemap does. */
async function writeSitemap(site: string, manifest: ShardManifest): Promise<number> {
  const problems: string[] = [];
  const logger = {
    info: () => undefined,
    debug: () => undefined,
    warn: (message: string) => problems.push(message),
    error: (message: string) => problems.push(message),
  } as unknown as AstroIntegrationLogger;
  const pages = filesBelow(site)
    .filter((file) => file === 'index.html' || file.endsWith('/index.html'))
    .map((file) => ({ pathname: file.slice(0, -'index.html'.length) }));
  // The integration's own three hooks, given the part of Astro's config they read: the
  // sitemap is written by the very code that writes a single build's.
  type Hook = (options: unknown) => Promise<void> | void;
  const hooks = sitemap(sitemapOptions(site, manifest.base)).hooks as unknown as Record<string, Hook>;
  await hooks['astro:routes:resolved']!({ routes: [], logger });
  await hooks['astro:config:done']!({
    config: {
      site: manifest.site,
      base: manifest.base,
      trailingSlash: 'always',
      build: { format: 'directory' },
    },
    logger,
  });
  await hooks['astro:build:done']!({ dir: pathToFileURL(`${site}/`), pages, assets: new Map(), logger });
  if (problems.length > 0) throw new MergeError(`merge: the sitemap failed:\n  ${problems.join('\n  ')}`);
  const written = readdirSync(site).filter((name) => SITEMAP_FILE.test(name) && name !== 'sitemap-index.xml');
  return written.reduce(
    (n, name) => n + (readFileSync(path.join(site, name), 'utf8').match(/<url>/g)?.length ?? 0),
    0,
  );
}

/** Joins the parts in `dirs` into `out` (replacing it only when all went well). */
export async function mergeShards(dirs: readonly string[], out: string): Promise<MergeResult> {
  const parts = readParts(dirs.map((d) => path.resolve(d)));
  const target = path.resolve(out);
  const work = `${target}.merging-${process.pid}`;
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  try {
    const { expected, records } = joinRecords(parts);
    // Pagefind indexes in its own process while the parts' files are copied.
    const indexing = startIndexing({ handedOver: false, expected, records }, path.join(work, 'pagefind'));
    let files: number;
    let indexed: number;
    try {
      files = await copyParts(parts, work);
      const missing = missingPages(records, (url) =>
        existsSync(path.join(work, decodeURIComponent(url), 'index.html')),
      );
      if (missing.length > 0) {
        throw new MergeError(`merge: search records for pages no part wrote:\n  ${missing.join('\n  ')}`);
      }
      indexed = await indexing.pageCount;
    } finally {
      await pagefind.close();
    }
    const problem = indexProblem(indexed, expected);
    if (problem !== undefined) throw new MergeError(`merge: ${problem}`);
    const sitemapPages = await writeSitemap(work, parts[0]!.manifest);
    rmSync(target, { recursive: true, force: true });
    renameSync(work, target);
    return { parts: parts.length, files, records: indexed, sitemapPages };
  } catch (error) {
    rmSync(work, { recursive: true, force: true });
    throw error;
  }
}
