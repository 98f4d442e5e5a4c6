#!/usr/bin/env node
/**
 * `npm run build`: the content check and `astro build`, side by side.
 *
 * The checker (`npm run check:content`) reads every content file once, on one core, while
 * the build's start (bundling, the content sync) leaves the second core partly idle. At
 * 10,000 jobs the check takes about 4.5 s; side by side, the whole took about 2 s less than
 * one after the other. The promise stays the same: a build whose content the checker
 * refuses fails, and prints the checker's lines only:
 *
 * - the build's output is held back until the check has passed, then printed as it comes;
 * - when the check fails, the build is stopped and its output dropped (an editor's mistake
 *   reads as `file:line: field: … fix`, never as a stack trace from deep inside Astro);
 * - the exit status is the checker's when it fails, else the build's.
 *
 * Arguments go to `astro build` (`npm run build -- --verbose`), but for `--shard K/N` (below). With SKILLBOARD_TIMINGS set
 * (the benchmark), the check's own time is recorded as the step `content check`.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHECK_STEP } from './lib/buildSteps.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

/** Adds `ms` to the benchmark's timings file, as src/lib/timings.ts does inside the build. */
function recordTiming(step, ms) {
  const file = process.env.SKILLBOARD_TIMINGS;
  if (!file) return;
  const timings = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  timings[step] = (timings[step] ?? 0) + ms;
  writeFileSync(file, `${JSON.stringify(timings, null, 2)}\n`);
}

/** Starts `command` in its own process group (so it can be stopped with its children). */
function start(command, args) {
  return spawn(command, args, { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
}

/** Resolves with the exit status once `child` has exited and its output has ended. */
function exited(child) {
  return new Promise((resolve) => {
    child.on('error', (error) => {
      console.error(`build: could not start ${child.spawnfile}: ${error.message}`);
      resolve(1);
    });
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/**
 * `--shard K/N` (or `--shard=K/N`) builds the K-th of N parts of the site (src/lib/shard.ts)
 * and reaches the build as SKILLBOARD_SHARD; every other argument goes to `astro build`.
 */
function splitShard(args) {
  const rest = [];
  let shard;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--shard') shard = args[++i] ?? '';
    else if (args[i].startsWith('--shard=')) shard = args[i].slice('--shard='.length);
    else rest.push(args[i]);
  }
  return { shard, rest };
}
const { shard, rest: astroArgs } = splitShard(process.argv.slice(2));
if (shard !== undefined) process.env.SKILLBOARD_SHARD = shard;

const started = performance.now();
const check = start(bin('tsx'), [path.join(root, 'scripts/checkContent.ts')]);
const build = start(bin('astro'), ['build', ...astroArgs]);

// The checker's lines are printed whole, when it is done; the build's wait behind them.
const checkOutput = [];
check.stdout.on('data', (chunk) => checkOutput.push([process.stdout, chunk]));
check.stderr.on('data', (chunk) => checkOutput.push([process.stderr, chunk]));
let held = [];
const relay = (target) => (chunk) => (held === undefined ? target.write(chunk) : held.push([target, chunk]));
build.stdout.on('data', relay(process.stdout));
build.stderr.on('data', relay(process.stderr));

const stop = () => {
  try {
    process.kill(-build.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
};
// Ctrl-C reaches our process group, not the build's own: pass it on.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stop();
    try {
      process.kill(-check.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
    process.exit(130);
  });
}

const built = exited(build);
const checked = await exited(check);
recordTiming(CHECK_STEP, performance.now() - started);
for (const [target, chunk] of checkOutput) target.write(chunk);
if (checked !== 0) {
  stop();
  await built;
  console.error('build: stopped, as the content check failed: fix the errors above and build again');
  process.exitCode = checked;
} else {
  for (const [target, chunk] of held) target.write(chunk);
  held = undefined;
  process.exitCode = await built;
}
