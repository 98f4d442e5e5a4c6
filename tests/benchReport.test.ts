/** The benchmark's `--repeat`: which of several runs it reports. */
import { describe, expect, test } from 'vitest';
import { medianBy, renderMarkdown } from '../scripts/bench/report';

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
