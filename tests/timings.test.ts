import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
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
  test('writes nothing outside a benchmark', () => {
    const file = path.join(dir, 'none.json');
    recordTiming('market statistics', 20, {});
    expect(readTimings(file)).toEqual({});
  });
});
