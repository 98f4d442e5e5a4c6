import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { insidePhases, isInside } from '../scripts/bench/inside';
import { readTimings, recordTiming } from '@/lib/timings';

const dir = mkdtempSync(path.join(tmpdir(), 'skillboard-timings-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('recordTiming', () => {
  test('adds each step to the file the benchmark names, summing repeats', () => {
    const file = path.join(dir, 'timings.json');
    const env = { SKILLBOARD_TIMINGS: file };
    recordTiming('market statistics', 20, env);
    recordTiming('search index', 5, env);
    recordTiming('market statistics', 2.5, env);
    expect(readTimings(file)).toEqual({ 'market statistics': 22.5, 'search index': 5 });
  });

  test('outside a benchmark it writes no file and never fails the build', () => {
    const before = readdirSync(dir);
    for (const env of [{}, { SKILLBOARD_TIMINGS: '' }]) {
      expect(() => recordTiming('market statistics', 20, env)).not.toThrow();
    }
    expect(readdirSync(dir)).toEqual(before);
  });
});

describe("the benchmark's steps inside astro build", () => {
  const build = { file: 'timings.json', peakRss: 1024, pages: 1449, cards: 30, jobs: 1000 };
  const timings = {
    'content check': 880,
    'search index': 11_805,
    'search index wait': 1_196,
    'market statistics': 42,
    'open graph images': 2_500,
  };

  test('come from the timings file; the build paid only the wait for the search index', () => {
    expect(insidePhases({ ...build, timings })).toEqual([
      {
        name: 'content check',
        ms: 880,
        peakRss: 1024,
        pages: 1000,
        note: "inside astro build's time: scripts/build.mjs runs it beside the build, whose output waits for it",
      },
      {
        name: 'search index',
        ms: 1_196,
        peakRss: 1024,
        pages: 1449,
        note: 'inside astro build: 11.8 s beside the page rendering, then 1196 ms of waiting',
      },
      {
        name: 'market statistics',
        ms: 42,
        peakRss: 1024,
        pages: 1449,
        note: 'inside astro build, as timed: every skill, company and the home page, once',
      },
      {
        name: 'open graph images',
        ms: 2_500,
        peakRss: 1024,
        pages: 30,
        note: "inside astro build, as timed: 30 cards drawn on the renderer's threads beside the page rendering (job pages share their company's)",
      },
    ]);
  });

  test('are not added to the whole build a second time', () => {
    expect(insidePhases({ ...build, timings }).every(isInside)).toBe(true);
    expect(isInside({ name: 'astro build', ms: 1, peakRss: 1, pages: 1 })).toBe(false);
  });

  test('fail the benchmark when the build recorded a step not at all', () => {
    const withoutWait: Record<string, number> = { ...timings };
    delete withoutWait['search index wait'];
    expect(() => insidePhases({ ...build, timings: withoutWait })).toThrow(
      'astro build recorded no "search index wait" timing in timings.json',
    );
  });
});
