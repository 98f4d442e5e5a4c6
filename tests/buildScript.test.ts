/**
 * `npm run build` (scripts/build.mjs) runs the content check beside `astro build`. What an
 * editor must still see: a build of content the checker refuses fails with the checker's
 * lines only, never Astro's output or a stack trace. And what CI must see of a good build:
 * the search records reached the index by the hand-over the build log names.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT as root, npmScripts, tempDirs } from './helpers';
import { RECORDS_FILE, recordCount } from '@/lib/searchIndex';

const tempDir = tempDirs();

/** `npm run build` (without npm and withNode) on the fixture settings plus `env`. */
const build = (env: Record<string, string>) =>
  spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs')], {
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
    const run = build({ CONTENT_DIR: path.join(root, 'tests/fixtures/site'), OUT_DIR: out });
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
  }, 180_000);
});
