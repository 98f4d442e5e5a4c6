/**
 * Sharded builds (`npm run build -- --shard K/N`) and their merge (`npm run merge`): which
 * part every page belongs to, and what the merge refuses. That the parts of the fixture tree
 * merge into its single build, byte for byte, is tested in buildScript.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT, tempDirs } from './helpers';
import { MergeError, mergeShards, readParts } from '../scripts/lib/merge';
import { RECORDS_FILE } from '@/lib/searchIndex';
import {
  JOBS_PER_SHARD,
  SHARD_MANIFEST,
  buildShard,
  fileKey,
  ownPaths,
  owns,
  parseShard,
  shardCount,
  shardOf,
  urlKey,
} from '@/lib/shard';

const tempDir = tempDirs();

describe('--shard K/N', () => {
  test('the deploy builds one part per JOBS_PER_SHARD jobs (npm run plan:shards)', () => {
    expect([0, 9, JOBS_PER_SHARD, JOBS_PER_SHARD + 1, 100_000, 1e9].map(shardCount)).toEqual([
      1, 1, 1, 2, 4, 64,
    ]);
    const run = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), ['scripts/planShards.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: 'tests/fixtures/site' },
    });
    expect(run.stdout).toBe('count=1\nparts=[1]\n');
  });

  test('reads K/N and says what is wrong with anything else', () => {
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
    expect(parseShard(' 1 / 1 ')).toEqual({ index: 1, count: 1 });
    expect(parseShard('two')).toBe(
      '--shard two: write the part as K/N, e.g. --shard 2/3 for the second of three',
    );
    expect(parseShard('4/3')).toBe('--shard 4/3: K must be between 1 and N (3)');
    expect(parseShard('0/3')).toBe('--shard 0/3: K must be between 1 and N (3)');
    expect(parseShard('1/0')).toBe('--shard 1/0: N must be between 1 and 64');
    expect(buildShard({})).toBeUndefined();
    expect(buildShard({ SKILLBOARD_SHARD: '3/4' })).toEqual({ index: 3, count: 4 });
    expect(() => buildShard({ SKILLBOARD_SHARD: '5/4' })).toThrow('SKILLBOARD_SHARD: --shard 5/4: K must be');
  });

  test('names a file by its path in the site, as the routes name their pages', () => {
    expect(fileKey('jobs/a/index.html')).toBe('/jobs/a/');
    expect(fileKey('index.html')).toBe('/');
    expect(fileKey('jobs/rss.xml')).toBe('/jobs/rss.xml');
    expect(fileKey('404.html')).toBe('/404.html');
    expect(urlKey('/careers/jobs/a/', '/careers/')).toBe('/jobs/a/');
    expect(urlKey('/og/skills/c%2B%2B.png', '/')).toBe('/og/skills/c++.png');
    expect(urlKey('/careers/', '/careers/')).toBe('/');
  });

  test('puts every path in exactly one of N parts, of about equal size', () => {
    const keys = Array.from({ length: 10_000 }, (_, i) => `/jobs/company-${i % 97}-engineer-${i}/`);
    for (const count of [2, 3, 7]) {
      const sizes = new Array<number>(count).fill(0);
      for (const key of keys) {
        const owners = Array.from({ length: count }, (_, i) => i + 1).filter((index) =>
          owns({ index, count }, key),
        );
        expect(owners).toEqual([shardOf(key, count)]);
        sizes[owners[0]! - 1]! += 1;
      }
      for (const size of sizes) expect(Math.abs(size - keys.length / count)).toBeLessThan(keys.length * 0.03);
    }
  });

  test('a whole build keeps every path; a shard only its own', () => {
    const keys = ['/a/', '/b/', '/c/', '/d/', '/e/', '/f/'];
    expect(ownPaths(keys, (k) => k, undefined)).toEqual(keys);
    const parts = [1, 2].map((index) => ownPaths(keys, (k) => k, { index, count: 2 }));
    expect([...parts[0]!, ...parts[1]!].sort()).toEqual(keys);
  });
});

/** A fake part: its manifest, its records (one per page) and its pages. */
function part(
  dir: string,
  index: number,
  count: number,
  pages: { url: string; at: number }[],
  total: number,
) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, SHARD_MANIFEST),
    JSON.stringify({ index, count, site: 'http://localhost:4321', base: '/' }),
  );
  writeFileSync(
    path.join(dir, RECORDS_FILE),
    JSON.stringify({
      handedOver: false,
      expected: { jobs: total, guides: 0 },
      records: pages.map(({ url }) => ({
        url,
        content: `The page ${url}.`,
        language: 'en',
        meta: { title: url },
        filters: {},
        sort: {},
      })),
      positions: pages.map((p) => p.at),
    }),
  );
  for (const { url } of pages) {
    mkdirSync(path.join(dir, url), { recursive: true });
    writeFileSync(path.join(dir, url, 'index.html'), `<html><head><title>${url}</title></head></html>`);
  }
  writeFileSync(path.join(dir, 'robots.txt'), 'User-agent: *\n');
}

describe('npm run merge', () => {
  test('joins the parts: pages, search index and sitemap', async () => {
    const dir = tempDir('skillboard-merge-');
    part(path.join(dir, '1'), 1, 2, [{ url: '/jobs/b/', at: 1 }], 2);
    part(path.join(dir, '2'), 2, 2, [{ url: '/jobs/a/', at: 0 }], 2);
    const out = path.join(dir, 'site');
    const result = await mergeShards([path.join(dir, '2'), path.join(dir, '1')], out);
    expect(result).toEqual({ parts: 2, files: 3, records: 2, sitemapPages: 2 });
    expect(readFileSync(path.join(out, 'sitemap-0.xml'), 'utf8')).toContain(
      '<loc>http://localhost:4321/jobs/a/</loc>',
    );
    expect(readFileSync(path.join(out, 'pagefind/pagefind-entry.json'), 'utf8')).toContain('"page_count":2');
  }, 60_000);

  test('refuses a folder that is no part, a missing part, a doubled part, and parts of different builds', () => {
    const dir = tempDir('skillboard-merge-');
    part(path.join(dir, '1'), 1, 3, [], 0);
    part(path.join(dir, '2'), 2, 3, [], 0);
    part(path.join(dir, 'other'), 2, 2, [], 0);
    mkdirSync(path.join(dir, 'plain'));
    part(path.join(dir, 'broken'), 3, 3, [], 0);
    writeFileSync(path.join(dir, 'broken', SHARD_MANIFEST), '{"index": 3,');
    const parts =
      (...names: string[]) =>
      () =>
        readParts(names.map((n) => path.join(dir, n)));
    expect(parts('1', 'plain')).toThrow(
      `merge: ${path.join(dir, 'plain')} is not the output of a sharded build (it has no ${SHARD_MANIFEST}); build it with npm run build -- --shard K/N`,
    );
    expect(parts('1', '2')).toThrow(
      'merge: part(s) 3/3 missing; build each with npm run build -- --shard K/3',
    );
    expect(parts('1', '1')).toThrow(
      `merge: ${path.join(dir, '1')} and ${path.join(dir, '1')} are both part 1/3`,
    );
    expect(parts('1', 'other')).toThrow('build every part with the same N, SITE_URL and BASE_PATH');
    expect(parts('1', '2', 'broken')).toThrow(
      `merge: ${path.join(dir, 'broken', SHARD_MANIFEST)} is not JSON (`,
    );
    expect(parts()).toThrow(MergeError);
  });

  test('refuses parts that wrote one file differently, and leaves the published site as it was', async () => {
    const dir = tempDir('skillboard-merge-');
    part(path.join(dir, '1'), 1, 2, [{ url: '/jobs/a/', at: 0 }], 2);
    part(path.join(dir, '2'), 2, 2, [{ url: '/jobs/b/', at: 1 }], 2);
    writeFileSync(path.join(dir, '2', 'robots.txt'), 'User-agent: *\nDisallow: /\n');
    const out = path.join(dir, 'site');
    mkdirSync(out);
    writeFileSync(path.join(out, 'index.html'), 'yesterday');
    await expect(mergeShards([path.join(dir, '1'), path.join(dir, '2')], out)).rejects.toThrow(
      `merge: robots.txt differs between part 1 (${path.join(dir, '1')}) and part 2 (${path.join(dir, '2')}): the parts were built from different code or content`,
    );
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('yesterday');
  });

  test('refuses parts whose search records leave a gap', async () => {
    const dir = tempDir('skillboard-merge-');
    part(path.join(dir, '1'), 1, 2, [{ url: '/jobs/a/', at: 0 }], 3);
    part(path.join(dir, '2'), 2, 2, [{ url: '/jobs/b/', at: 2 }], 3);
    await expect(
      mergeShards([path.join(dir, '1'), path.join(dir, '2')], path.join(dir, 'site')),
    ).rejects.toThrow("merge: the parts' search records leave gaps");
  });
});
