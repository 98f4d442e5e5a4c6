/**
 * `npm start`, `npm run dev`, `npm run build` and `npm test` go through scripts/withNode.mjs,
 * so the README's two commands work on a machine whose Node is too old for Astro 7.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT as root, npmScripts, tempDirs } from './helpers';

const script = path.join(root, 'scripts/withNode.mjs');

/** An installed Node older than 22.12, to put first on the PATH (Debian's, here). */
const OLD_NODE = process.env['OLD_NODE'] ?? '/usr/bin/node';
function versionOf(node: string): string | undefined {
  try {
    return execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
}
const oldVersion = versionOf(OLD_NODE);
const isOld = oldVersion !== undefined && /^v(?:1\d|2[01])\.|^v22\.(?:\d|1[01])\./.test(oldVersion);

const tempDir = tempDirs();

describe('scripts/withNode.mjs', () => {
  test('the scripts that need Astro run through it', () => {
    const scripts = npmScripts();
    for (const name of ['start', 'dev', 'build', 'test']) {
      expect(scripts[name], name).toMatch(/^node scripts\/withNode\.mjs "/);
    }
  });

  test('on a new enough Node, runs the command as it is, saying nothing', () => {
    const run = spawnSync(process.execPath, [script, 'node --version'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(process.version);
    expect(run.stderr).toBe('');
  });

  test('passes the command exit status on', () => {
    expect(spawnSync(process.execPath, [script, 'exit 3']).status).toBe(3);
  });

  test.skipIf(!isOld)(
    `on an old Node (${oldVersion ?? 'none found'}) first on the PATH, installs Node 24 from npm once, says so in one line, and runs the command with it`,
    () => {
      const bin = tempDir('skillboard-old-node-');
      const cache = tempDir('skillboard-node24-');
      symlinkSync(OLD_NODE, path.join(bin, 'node'));
      const env = {
        ...process.env,
        PATH: `${bin}${path.delimiter}${process.env['PATH']}`,
        SKILLBOARD_NODE_CACHE: cache,
      };
      const first = spawnSync('node', [script, 'node --version'], { encoding: 'utf8', env, cwd: root });
      expect(first.status, first.stderr).toBe(0);
      expect(first.stdout.trim()).toMatch(/^v24\./);
      expect(first.stderr.trim().split('\n')).toEqual([
        expect.stringMatching(
          /^skillboard: Node 2\d\.\d+\.\d+ is older than 22\.12; installing node@24 from npm in /,
        ),
      ]);
      const again = spawnSync('node', [script, 'node --version'], { encoding: 'utf8', env, cwd: root });
      expect(again.stdout.trim()).toMatch(/^v24\./);
      expect(again.stderr).toMatch(
        /^skillboard: Node .* older than 22\.12; running with node@24 from npm in /,
      );
    },
    180_000,
  );
});
