/**
 * The job-documents integration: at the end of a build it splits the file the route wrote
 * into /jobs/<id>.json (under the base path's folder layout) and deletes that file.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import jobDocumentsIntegration from '@/integrations/jobDocuments';
import { JOB_DOCUMENTS_FILE, jobDocuments, offerJobDocuments } from '@/lib/jobDocument';
import { createUrls } from '@/lib/urls';

type Hook = (options: Record<string, unknown>) => Promise<void> | void;

const urls = createUrls('/careers/', 'https://example.org');
const docs = jobDocuments(
  ['a', 'b'].map((id) => ({
    id,
    open: true,
    data: {
      title: `Job ${id}`,
      company: 'acme',
      skills: ['go'],
      summary: 'A job.',
      datePosted: '2026-11-20',
      draft: false,
    },
    company: { id: 'acme', data: { name: 'Acme', website: 'https://acme.example.com' } },
    skills: [{ id: 'go', name: 'Go' }],
  })),
  urls,
);

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

/** An empty output folder. */
function outDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'job-documents-'));
  dirs.push(dir);
  return dir;
}

/** Runs the integration's hooks as a build under `/careers/` would, on an output folder. */
async function build(dir: string, handOver?: () => void): Promise<string[]> {
  const { hooks } = jobDocumentsIntegration();
  const logged: string[] = [];
  await (hooks['astro:config:done'] as Hook)({
    config: { base: '/careers', outDir: pathToFileURL(`${dir}/`) },
  });
  await (hooks['astro:build:start'] as Hook)({});
  handOver?.();
  await (hooks['astro:build:done'] as Hook)({
    dir: pathToFileURL(`${dir}/`),
    logger: { info: (m: string) => logged.push(m) },
  });
  return logged;
}

describe('the job-documents integration', () => {
  test('writes each document to jobs/<id>.json and deletes the file it came in', async () => {
    const dir = outDir();
    writeFileSync(path.join(dir, JOB_DOCUMENTS_FILE), JSON.stringify(docs));
    const logged = await build(dir);
    expect(readdirSync(path.join(dir, 'jobs')).sort()).toEqual(['a.json', 'b.json']);
    expect(JSON.parse(readFileSync(path.join(dir, 'jobs', 'b.json'), 'utf8'))).toEqual(docs[1]);
    expect(existsSync(path.join(dir, JOB_DOCUMENTS_FILE))).toBe(false);
    expect(logged).toEqual([
      expect.stringMatching(
        /^wrote 2 job documents \(\/careers\/jobs\/\{id\}\.json\) in \d+ ms; the build waited \d+ ms for them$/,
      ),
    ]);
  });

  test('writes the documents the route hands over while the pages render, then deletes its file', async () => {
    const dir = outDir();
    // Handed over, the route's file holds no document.
    writeFileSync(path.join(dir, JOB_DOCUMENTS_FILE), '[]');
    const logged = await build(dir, () => expect(offerJobDocuments(docs)).toBe(true));
    expect(readdirSync(path.join(dir, 'jobs')).sort()).toEqual(['a.json', 'b.json']);
    expect(JSON.parse(readFileSync(path.join(dir, 'jobs', 'a.json'), 'utf8'))).toEqual(docs[0]);
    expect(existsSync(path.join(dir, JOB_DOCUMENTS_FILE))).toBe(false);
    expect(logged[0]).toMatch(/^wrote 2 job documents/);
    // After the build nothing listens: the next offer goes into the route's file.
    expect(offerJobDocuments(docs)).toBe(false);
  });

  test('fails the build when the route did not write the file', async () => {
    const dir = outDir();
    await expect(build(dir)).rejects.toThrow(`${JOB_DOCUMENTS_FILE} is missing`);
  });
});
