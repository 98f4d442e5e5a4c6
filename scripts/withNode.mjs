#!/usr/bin/env node
/**
 * Runs a command (a package.json script body) under a Node that Astro 7 accepts (>= 22.12).
 * On an older Node (Node 20 is Debian's and many CI images'), it installs the `node@24`
 * package from npm once into node_modules/.cache/node24, says so in one line, and runs the
 * command with that Node first on the PATH, so every tool the command starts uses it.
 *
 * Plain JavaScript with no dependencies, runnable on Node 18 and later: it must work before
 * anything else does. `npm start`, `npm run dev`, `npm run build` and `npm test` go through it.
 *
 *   node scripts/withNode.mjs "npm run check:content && astro build"
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withV8Options } from './lib/v8Options.mjs';

const MINIMUM = [22, 12];
const PACKAGE = 'node@24';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** True when `version` ("20.20.2") is at least MINIMUM. */
function newEnough(version) {
  const [major, minor] = version.split('.').map(Number);
  return major > MINIMUM[0] || (major === MINIMUM[0] && minor >= MINIMUM[1]);
}

/** The folder whose `node_modules/.bin/node` is the newer Node, installed if missing. */
function newerNodeBin() {
  const prefix = process.env.SKILLBOARD_NODE_CACHE || path.join(root, 'node_modules', '.cache', 'node24');
  const bin = path.join(prefix, 'node_modules', '.bin');
  const shown = path.relative(process.cwd(), prefix) || prefix;
  const installed = existsSync(path.join(bin, 'node'));
  console.error(
    `skillboard: Node ${process.versions.node} is older than ${MINIMUM.join('.')}; ` +
      `${installed ? 'running with' : 'installing'} ${PACKAGE} from npm in ${shown}`,
  );
  if (!installed) {
    const npm = spawnSync(
      'npm',
      ['install', '--no-save', '--no-audit', '--no-fund', '--loglevel=error', '--prefix', prefix, PACKAGE],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
    if (npm.status !== 0 || !existsSync(path.join(bin, 'node'))) {
      console.error(
        `skillboard: could not install ${PACKAGE}; install Node ${MINIMUM.join('.')} or later and try again`,
      );
      process.exit(1);
    }
  }
  return bin;
}

const command = process.argv.slice(2).join(' ');
if (command === '') {
  console.error('Usage: node scripts/withNode.mjs "<command>"');
  process.exit(2);
}
// Every Node process of the command gets our V8 options (scripts/lib/v8Options.mjs).
const nodeOptions = { NODE_OPTIONS: withV8Options(process.env.NODE_OPTIONS) };
const env = newEnough(process.versions.node)
  ? { ...process.env, ...nodeOptions }
  : { ...process.env, ...nodeOptions, PATH: `${newerNodeBin()}${path.delimiter}${process.env.PATH ?? ''}` };
const run = spawnSync(command, { shell: true, stdio: 'inherit', env });
process.exit(run.status ?? 1);
