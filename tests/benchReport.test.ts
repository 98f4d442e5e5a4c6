/** The benchmark's report: which of several runs it shows (`--repeat`), and a baseline that failed. */
import { describe, expect, test } from 'vitest';
import { budgets } from '../scripts/bench/budgets';
import { medianBy, renderMarkdown } from '../scripts/bench/report';
import { failureReason } from '../scripts/bench/run';

describe('medianBy', () => {
  test('is the middle run of an odd count, by the key', () => {
    const pairs = [{ r: 1.43 }, { r: 1.29 }, { r: 1.44 }];
    expect(medianBy(pairs, (p) => p.r)).toBe(pairs[0]);
  });

  test('is the lower middle run of an even count, a run that happened, never an average', () => {
    const runs = [{ ms: 600 }, { ms: 300 }, { ms: 500 }, { ms: 400 }];
    expect(medianBy(runs, (r) => r.ms)).toBe(runs[3]);
  });

  test('refuses no runs at all', () => {
    expect(() => medianBy([], () => 0)).toThrow('no items');
  });
});

describe('the report of a repeated run', () => {
  test('shows every pair and every search beside the median ones', () => {
    const build = (totalMs: number) => ({
      phases: [{ name: 'astro build', ms: totalMs, peakRss: 1, pages: 10 }],
      totalMs,
      totalCpuMs: null,
      peakRss: 1,
      pages: 10,
      dist: { bytes: 1, files: 1 },
      index: null,
    });
    const text = renderMarkdown({
      date: '2026-12-02T08:37:46.220Z',
      machine: { cpus: 2, memoryGiB: 24, node: '24.21.0', platform: 'linux x64' },
      seed: 1,
      buildDate: '2026-11-25',
      runs: [
        {
          jobs: 10_000,
          ours: build(64_800),
          baseline: build(45_400),
          weights: [],
          search: { bytes: 1000, requests: 20, ms: 569, query: 'kubernetes' },
          pairs: [
            { oursMs: 64_800, baselineMs: 45_400 },
            { oursMs: 61_800, baselineMs: 48_000 },
            { oursMs: 71_000, baselineMs: 49_400 },
          ],
          searchMs: [751, 528, 569],
          searchCold: { bytes: 2048, requests: 21, ms: 479, query: 'kubernetes', runsMs: [944, 411, 479] },
        },
      ],
      budgets: [],
    });
    expect(text).toMatch(
      /whole build, 3 alternating pairs.*\| 64\.8 s · 61\.8 s · 71\.0 s \| 45\.4 s · 48\.0 s · 49\.4 s \| 1\.43× · 1\.29× · 1\.44× \|/,
    );
    expect(text).toMatch(/search: keystroke to results, 3 fresh browsers.*\| 751 ms · 528 ms · 569 ms \|/);
    // The query typed all at once on opening is reported beside it, every run shown.
    expect(text).toMatch(
      /search typed all at once on opening.*\| 2\.0 KiB · 21 · 479 ms \(“kubernetes”\); 944 ms · 411 ms · 479 ms \|/,
    );
  });
});

describe('a run whose baseline could not be built (100,000 jobs)', () => {
  const build = (totalMs: number, peakRss = 1) => ({
    phases: [{ name: 'astro build', ms: totalMs, peakRss, pages: 10 }],
    totalMs,
    totalCpuMs: null,
    peakRss,
    pages: 10,
    dist: { bytes: 1, files: 1 },
    index: null,
  });
  const search = (bytes: number, ms: number) => ({ bytes, requests: 20, ms, query: 'kubernetes' });
  const failed = { failed: 'astro build, exit 1: Invalid string length' };
  const runs = [
    { jobs: 10_000, ours: build(40_000), baseline: build(32_000), weights: [], search: search(200_000, 120) },
    { jobs: 100_000, ours: build(460_000), baseline: failed, weights: [], search: search(817_000, 223) },
  ];

  test('names the failure from Astro’s output: the cause, not the stack', () => {
    const output = [
      '04:30:19 [content] Syncing content',
      '\u001b[31m[UnknownFilesystemError]\u001b[39m ',
      '  Stack trace:',
      '    at MutableDataStore.waitUntilSaveComplete (file:///x/mutable-data-store.js:425:30)',
      '  Caused by:',
      '  Invalid string length',
      '    at Array.join (<anonymous>)',
    ].join('\n');
    expect(failureReason(output)).toBe('Invalid string length');
    expect(failureReason('one line\nError: out of memory\n    at x (y.js:1:1)\n')).toBe(
      'Error: out of memory',
    );
  });

  test('checks 100,000 jobs against 10,000 and says why the baseline ratios are not measurable', () => {
    const rows = budgets(runs);
    const at = (jobs: number, label: string) =>
      rows.find((b) => b.jobs === jobs && b.label.startsWith(label));
    expect(at(10_000, 'whole build vs baseline')).toMatchObject({ status: 'pass', value: /^1\.25×/ });
    expect(at(100_000, 'whole build vs baseline')).toMatchObject({
      status: 'n/a',
      value: expect.stringContaining('Invalid string length') as string,
    });
    expect(at(100_000, 'peak RSS vs baseline')?.status).toBe('n/a');
    expect(at(100_000, '100,000-job build vs 10,000-job build')).toMatchObject({
      limit: '≤ 12×',
      value: '11.50×',
      status: 'pass',
    });
    expect(at(100_000, 'search among 100,000 jobs: transferred')).toMatchObject({
      limit: '≤ 500 KB',
      status: 'fail',
    });
    expect(at(100_000, 'search among 100,000 jobs: keystroke to results')).toMatchObject({
      limit: '≤ 500 ms',
      status: 'pass',
    });
    // 13× would fail.
    const slower = budgets([runs[0]!, { ...runs[1]!, ours: build(520_000) }]);
    expect(slower.find((b) => b.label.startsWith('100,000-job build'))?.status).toBe('fail');
  });

  test('reports the failure in the table, with no ratios to a baseline that does not exist', () => {
    const text = renderMarkdown({
      date: '2026-12-03T05:00:00.000Z',
      machine: { cpus: 2, memoryGiB: 24, node: '24.21.0', platform: 'linux x64' },
      seed: 1,
      buildDate: '2026-11-25',
      runs,
      budgets: budgets(runs),
    });
    expect(text).toContain(
      '| bare Astro baseline | — | failed: astro build, exit 1: Invalid string length | — |',
    );
    expect(text).toMatch(/\| whole build \| 460\.0 s \| — \| — \|/);
    expect(text).toMatch(/\| whole build \| 40\.0 s \| 32\.0 s \| 1\.25× \|/);
  });
});
