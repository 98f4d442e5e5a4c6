/**
 * Timings of build steps for the benchmark. `npm run bench` sets SKILLBOARD_TIMINGS to a file;
 * each step measured inside `astro build` adds its milliseconds there, and the benchmark reads
 * the file instead of parsing the build's log. Without the variable nothing is written.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/** Step name -> milliseconds. */
export type Timings = Record<string, number>;

/** Adds `ms` for `step` to the timings file, if the benchmark asked for one. */
export function recordTiming(
  step: string,
  ms: number,
  env: Record<string, string | undefined> = process.env,
): void {
  const file = env['SKILLBOARD_TIMINGS'];
  if (file === undefined || file === '') return;
  const timings = readTimings(file);
  timings[step] = (timings[step] ?? 0) + ms;
  writeFileSync(file, `${JSON.stringify(timings, null, 2)}\n`);
}

/** The timings recorded in `file` (none when it does not exist). */
export function readTimings(file: string): Timings {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Timings) : {};
}
