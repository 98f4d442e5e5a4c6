/**
 * The benchmark's generator (scripts/bench/generate.ts) streams: 100,000 jobs are written one
 * at a time, never all held in memory (issue 15: 100,000 jobs in under a minute).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { eachJob, generateJobs, writeContent } from '../scripts/bench/generate';
import { tempDirs } from './helpers';

const tempDir = tempDirs();

describe('the benchmark generator', () => {
  test('yields the same jobs one at a time as it builds in memory', () => {
    expect([...eachJob(200, 3)]).toEqual(generateJobs(200, 3));
  });

  test('makes each job only when asked for it', () => {
    // A billion jobs at once would never return; the first of them comes at once.
    const first = eachJob(1_000_000_000, 1).next().value;
    expect(first).toEqual({ ...generateJobs(1, 1)[0], id: 'job-0000000001' });
  });

  test('writes one file per job and says how many', () => {
    const dir = tempDir('skillboard-generate-');
    const { jobs } = writeContent({ jobs: 120, seed: 2, dir: path.join(dir, 'content') });
    expect(jobs).toBe(120);
    const files = readdirSync(path.join(dir, 'content/jobs'));
    expect(files).toHaveLength(120);
    expect(files.sort()[0]).toBe('job-00001.md');
  });
});
