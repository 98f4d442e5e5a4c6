/**
 * Plain job, company and skill objects for unit tests of the board's rules, and the few
 * file-system helpers several test files share.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import type { CompanyInfo, JobInput, SkillInfo } from '@/lib/board';
import type { JobData } from '@/lib/schemas';

/** The repository's root folder. */
export const ROOT = path.resolve(import.meta.dirname, '..');

/** package.json's scripts, by name. */
export function npmScripts(): Record<string, string> {
  const { scripts } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  return scripts;
}

/**
 * Call at a test file's top level: returns a maker of empty temporary folders named
 * `<prefix>…`, every one removed after the file's tests.
 */
export function tempDirs(): (prefix: string) => string {
  const made: string[] = [];
  afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));
  return (prefix) => {
    const dir = mkdtempSync(path.join(tmpdir(), prefix));
    made.push(dir);
    return dir;
  };
}

export function makeJob(id: string, data: Partial<JobData> = {}): JobInput {
  return {
    id,
    data: {
      title: data.title ?? id,
      company: 'acme',
      skills: ['go'],
      summary: 'A job.',
      datePosted: '2026-11-01',
      draft: false,
      ...data,
    },
  };
}

export const skills: SkillInfo[] = ['go', 'python', 'rust', 'sql'].map((id) => ({
  id,
  name: id.toUpperCase(),
  aliases: [],
}));

export const companies: CompanyInfo[] = [
  { id: 'acme', data: { name: 'Acme' } },
  { id: 'globex', data: { name: 'Globex' } },
];
