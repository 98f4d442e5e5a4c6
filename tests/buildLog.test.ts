/**
 * The build log (src/integrations/buildLog.mjs): with four pages rendering at once, every
 * page's route still reads as a line of its own.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { wholeRouteLines } from '../src/integrations/buildLog.mjs';

interface LogEvent {
  label: string | null;
  level: string;
  message: string;
  newLine: boolean;
}

/** What a terminal would show for `events`, written the way Astro's Node logger writes them. */
function printed(events: LogEvent[]): string {
  let out = '';
  const log = wholeRouteLines({
    write: (e: LogEvent) => {
      out += (e.label === 'SKIP_FORMAT' || e.label === null ? '' : `[${e.label}] `) + e.message;
      if (e.newLine) out += '\n';
    },
  });
  for (const e of events) log.write(e);
  return out;
}

const route = (p: string): LogEvent => ({
  label: null,
  level: 'info',
  message: `  \u001b[34m├─\u001b[39m \u001b[2m${p}\u001b[22m`,
  newLine: false,
});
const time = (ms: number, note = ''): LogEvent => ({
  label: 'SKIP_FORMAT',
  level: 'info',
  message: ` \u001b[2m(+${ms}ms)\u001b[22m ${note}`,
  newLine: true,
});

describe('the build log', () => {
  test('prints each page of four rendering at once on its own line', () => {
    const out = printed([
      route('/jobs/a/index.html'),
      route('/jobs/b/index.html'),
      time(3),
      route('/jobs/c/index.html'),
      time(12),
      time(1, '\u001b[33m(file not created, response body was empty)\u001b[39m'),
      { label: 'build', level: 'info', message: '✓ Completed in 1.2s.', newLine: true },
    ]);
    // eslint-disable-next-line no-control-regex
    expect(out.replace(/\u001b\[[0-9;]*m/g, '').split('\n')).toEqual([
      '  ├─ /jobs/a/index.html',
      '  ├─ /jobs/b/index.html',
      '  ├─ /jobs/c/index.html',
      '    (file not created, response body was empty)',
      '[build] ✓ Completed in 1.2s.',
      '',
    ]);
  });

  test('passes every other message through as it came', () => {
    const events: LogEvent[] = [
      { label: 'content', level: 'info', message: 'Syncing content', newLine: true },
      { label: 'SKIP_FORMAT', level: 'info', message: '\n generating static routes ', newLine: true },
      { label: 'build', level: 'warn', message: 'half a line', newLine: false },
    ];
    expect(printed(events)).toBe(
      '[content] Syncing content\n\n generating static routes \n[build] half a line',
    );
  });

  test('is the logger astro.config.mjs gives Astro', () => {
    const config = readFileSync(path.resolve(import.meta.dirname, '../astro.config.mjs'), 'utf8');
    expect(config).toMatch(/logger: \{ entrypoint: '\.\/src\/integrations\/buildLog\.mjs' \}/);
  });
});
