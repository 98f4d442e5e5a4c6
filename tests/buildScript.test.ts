/**
 * `npm run build` (scripts/build.mjs) runs the content check beside `astro build`. What an
 * editor must still see: a build of content the checker refuses fails with the checker's
 * lines only, never Astro's output or a stack trace. And what CI must see of a good build:
 * the search records reached the index by the hand-over the build log names, and a build cut
 * into shards (`--shard K/N`) merges into the very same site.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT as root, npmScripts, tempDirs } from './helpers';
import { RECORDS_FILE, recordCount } from '@/lib/searchIndex';

const tempDir = tempDirs();

const fixtures = path.join(root, 'tests/fixtures/site');
const tsx = path.join(root, 'node_modules/.bin/tsx');
/** The fixture tree's single build, once the test that makes it passed. */
let singleBuild: string | undefined;

/** Every file below `dir`, relative and sorted. */
const files = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();

/** `npm run build` (without npm and withNode) on the fixture settings plus `env`. */
const build = (env: Record<string, string>, args: string[] = []) =>
  spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, BUILD_DATE: '2026-11-25', ...env },
  });

describe('npm run build', () => {
  test('runs through scripts/build.mjs, which runs the checker', () => {
    expect(npmScripts()['build']).toBe('node scripts/withNode.mjs "node scripts/build.mjs"');
    expect(readFileSync(path.join(root, 'scripts/build.mjs'), 'utf8')).toContain('scripts/checkContent.ts');
  });

  test('stops the build when the checker refuses the content, printing only the checker and one closing line', () => {
    const dir = tempDir('skillboard-build-');
    const content = path.join(dir, 'content');
    cpSync(path.join(root, 'tests/fixtures/site'), content, { recursive: true });
    writeFileSync(path.join(content, 'jobs/broken.md'), '---\ntitle: [unclosed\n---\n');
    const timings = path.join(dir, 'timings.json');
    const out = path.join(dir, 'out');
    const run = build({ CONTENT_DIR: content, OUT_DIR: out, SKILLBOARD_TIMINGS: timings });
    expect(run.status).toBe(1);
    const lines = `${run.stdout}${run.stderr}`.trim().split('\n');
    expect(lines).toContain(
      `${path.relative(root, path.join(content, 'jobs/broken.md'))}:2: YAML: unexpected end of the stream within a flow collection; check the indentation, colons and quotes on this line`,
    );
    expect(lines.at(-1)).toBe(
      'build: stopped, as the content check failed: fix the errors above and build again',
    );
    // Astro's own lines (timestamps, [content], [build]) and stack traces never show.
    expect(lines.filter((l) => /^\d\d:\d\d:\d\d |\[(?:content|build|vite)\]|^\s+at /.test(l))).toEqual([]);
    // The benchmark still learns how long the check took.
    expect(JSON.parse(readFileSync(timings, 'utf8'))).toEqual({ 'content check': expect.any(Number) });
    // Nothing is published from a refused tree.
    expect(existsSync(path.join(out, 'index.html'))).toBe(false);
  }, 60_000);

  test('builds the fixture tree, handing the search records over before the pages render, and says so', () => {
    const out = path.join(tempDir('skillboard-build-'), 'out');
    const run = build({ CONTENT_DIR: fixtures, OUT_DIR: out });
    const log = `${run.stdout}${run.stderr}`;
    expect(run.status, log).toBe(0);
    const line = /indexed (\d+) pages \((\d+) jobs, (\d+) guides\) (from [^,]+), in \d+ ms/.exec(log);
    expect(line, log).not.toBeNull();
    const [, pages, jobs, guides, way] = line!;
    expect(way).toBe('from the records handed over before the pages rendered');
    expect(Number(pages)).toBe(Number(jobs) + Number(guides));
    expect(Number(jobs)).toBeGreaterThan(0);
    // The index holds what the log says, and the records file did not ship.
    expect(recordCount(readFileSync(path.join(out, 'pagefind/pagefind-entry.json'), 'utf8'))).toBe(
      Number(pages),
    );
    expect(existsSync(path.join(out, RECORDS_FILE))).toBe(false);
    singleBuild = out;
  }, 180_000);

  test('--shard 1/3, 2/3 and 3/3 build disjoint parts of the fixture tree that merge into the single build, byte for byte', () => {
    expect(singleBuild, 'the single build above must pass first').toBeDefined();
    const dir = tempDir('skillboard-shards-');
    const parts = [1, 2, 3].map((k) => {
      const out = path.join(dir, `part-${k}`);
      const run = build({ CONTENT_DIR: fixtures, OUT_DIR: out }, ['--shard', `${k}/3`]);
      const log = `${run.stdout}${run.stderr}`;
      expect(run.status, log).toBe(0);
      expect(log).toContain(`shard ${k}/3: kept `);
      // A part is not indexed and has no sitemap: the merge writes the site's.
      expect(existsSync(path.join(out, 'pagefind'))).toBe(false);
      expect(existsSync(path.join(out, 'sitemap-index.xml'))).toBe(false);
      return out;
    });
    // Every page is in exactly one part, and the parts are about equal.
    const pagesOf = (out: string) => files(out).filter((f) => f.endsWith('.html'));
    const pages = parts.map(pagesOf);
    const all = pages.flat();
    expect(new Set(all).size).toBe(all.length);
    expect(all.sort()).toEqual(pagesOf(singleBuild!).sort());
    for (const part of pages) expect(part.length).toBeGreaterThan(all.length / 6);

    const merged = path.join(dir, 'merged');
    const run = spawnSync(tsx, [path.join(root, 'scripts/merge.ts'), ...parts, '--out', merged], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(run.status, `${run.stdout}${run.stderr}`).toBe(0);
    const [, records] = /(\d+) search records indexed/.exec(run.stdout) ?? [];
    // The same files with the same bytes: pages, feeds, sitemap, and the search index (so
    // the same records, giving the same results).
    expect(files(merged)).toEqual(files(singleBuild!));
    const differ = files(merged).filter(
      (f) => !readFileSync(path.join(merged, f)).equals(readFileSync(path.join(singleBuild!, f))),
    );
    expect(differ).toEqual([]);
    expect(Number(records)).toBe(
      recordCount(readFileSync(path.join(singleBuild!, 'pagefind/pagefind-entry.json'), 'utf8')),
    );
  }, 240_000);
});
