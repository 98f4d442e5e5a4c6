import { execFile, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, test } from 'vitest';
import { closeJob, withValidThrough } from '../scripts/lib/closeJob';
import { checkContent } from '../scripts/lib/contentCheck';
import { newCompany } from '../scripts/lib/newCompany';
import { newJob } from '../scripts/lib/newJob';
import { newSkill } from '../scripts/lib/newSkill';
import { parseFrontMatter } from '@/lib/readContent';
import { CommandError, type Ask, type Command } from '../scripts/lib/scaffold';

const root = path.resolve(import.meta.dirname, '..');
const TODAY = '2026-11-25';
let dir = '';

afterEach(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
  dir = '';
});

/** A temp copy of the fixture content tree. */
function tree(): string {
  dir = mkdtempSync(path.join(tmpdir(), 'skillboard-cmd-'));
  cpSync(path.join(root, 'tests/fixtures/site'), dir, { recursive: true });
  return dir;
}

/** Runs a command in-process; returns its printed lines, or the CommandError's lines. */
async function run(command: Command, args: string[], ask?: Ask) {
  const out: string[] = [];
  try {
    await command({ args, dir, today: TODAY, ask, print: (l) => out.push(l), cwd: dir });
    return { ok: true, lines: out };
  } catch (err) {
    if (!(err instanceof CommandError)) throw err;
    return { ok: false, lines: err.lines };
  }
}

const errorsIn = (file: string) =>
  checkContent({ dir, today: TODAY }).filter((p) => p.severity === 'error' && p.file === file);

const JOB_FLAGS = [
  '--company',
  'acme',
  '--title',
  'Senior Full Stack Developer',
  '--skills',
  'go, python',
  '--summary',
  'Builds payment services in Go and Python.',
  '--city',
  'Budapest',
  '--country',
  'HU',
  '--workplace',
  'hybrid',
  '--seniority',
  'senior',
  '--apply',
  'jobs@acme.example.com',
];

describe('new:job', () => {
  test('writes a job that passes check:content at once', async () => {
    tree();
    const { ok, lines } = await run(newJob, JOB_FLAGS);
    expect(ok).toBe(true);
    const file = path.join(dir, 'jobs/acme-senior-full-stack-developer.md');
    expect(lines).toEqual([
      `Created jobs/acme-senior-full-stack-developer.md: write the description, then npm start to preview it.`,
    ]);
    expect(errorsIn(file)).toEqual([]);
    const { data, body } = parseFrontMatter(readFileSync(file, 'utf8'));
    expect(data).toEqual({
      title: 'Senior Full Stack Developer',
      company: 'acme',
      skills: ['go', 'python'],
      summary: 'Builds payment services in Go and Python.',
      datePosted: TODAY,
      workplace: 'hybrid',
      locations: [{ city: 'Budapest', country: 'HU' }],
      seniority: 'senior',
      apply: 'jobs@acme.example.com',
    });
    expect(body).toContain('## What you will do');
    // Until the editor writes the description, the template's placeholders are warnings.
    expect(
      checkContent({ dir, today: TODAY })
        .filter((p) => p.file === file)
        .map((p) => [p.severity, p.message]),
    ).toEqual([
      ['warning', 'body: still has a line of the new:job template; write the real text'],
      ['warning', 'body: still has a line of the new:job template; write the real text'],
    ]);
  });

  test('takes a salary as min-max CURRENCY/period', async () => {
    tree();
    const { ok } = await run(newJob, [...JOB_FLAGS, '--salary', '60,000-80,000 eur/year']);
    expect(ok).toBe(true);
    const { data } = parseFrontMatter(
      readFileSync(path.join(dir, 'jobs/acme-senior-full-stack-developer.md'), 'utf8'),
    );
    expect(data).toMatchObject({ salary: { min: 60000, max: 80000, currency: 'EUR', per: 'year' } });
    const bad = await run(newJob, [...JOB_FLAGS, '--title', 'Other', '--salary', 'lots']);
    expect(bad.lines).toEqual([
      'salary: "lots" is not a salary; write min-max CURRENCY/period, e.g. 60000-80000 EUR/year',
    ]);
    const unknownPeriod = await run(newJob, [...JOB_FLAGS, '--title', 'Other', '--salary', '10-20 EUR/week']);
    expect(unknownPeriod.lines[0]).toMatch(/salary\.per: "week" is not one of hour, day, month, year/);
  });

  test('takes more places with --location, and refuses one without a country', async () => {
    tree();
    const args = [...JOB_FLAGS, '--location', 'Vienna, AT', '--location', 'de'];
    const { ok } = await run(newJob, args);
    expect(ok).toBe(true);
    const file = path.join(dir, 'jobs/acme-senior-full-stack-developer.md');
    expect(parseFrontMatter(readFileSync(file, 'utf8')).data).toMatchObject({
      locations: [{ city: 'Budapest', country: 'HU' }, { city: 'Vienna', country: 'AT' }, { country: 'DE' }],
    });
    expect(errorsIn(file)).toEqual([]);
    const bad = await run(newJob, [...JOB_FLAGS, '--title', 'Other', '--location', 'Vienna,']);
    expect(bad.lines).toEqual([
      'location: "Vienna," is not a place; write "City, CC" (e.g. "Vienna, AT") or a country code alone',
    ]);
    const wrongCode = await run(newJob, [...JOB_FLAGS, '--title', 'Third', '--location', 'Vienna, Austria']);
    expect(wrongCode.ok).toBe(false);
    expect(wrongCode.lines.join('\n')).toMatch(/locations\[1\]\.country: "AUSTRIA" is not a country code/);
    expect(existsSync(path.join(dir, 'jobs/acme-third.md'))).toBe(false);
  });

  test('refuses to overwrite a file, even one differing in case', async () => {
    tree();
    writeFileSync(path.join(dir, 'jobs/Acme-Senior-Full-Stack-Developer.md'), 'mine');
    const { ok, lines } = await run(newJob, JOB_FLAGS);
    expect(ok).toBe(false);
    expect(lines[0]).toMatch(/^jobs\/Acme-Senior-Full-Stack-Developer\.md exists already/);
    expect(readFileSync(path.join(dir, 'jobs/Acme-Senior-Full-Stack-Developer.md'), 'utf8')).toBe('mine');
  });

  test('rejects an unknown skill with a suggestion and writes nothing', async () => {
    tree();
    const args = JOB_FLAGS.map((a) => (a === 'go, python' ? 'golang, pyhton' : a));
    const { ok, lines } = await run(newJob, args);
    expect(ok).toBe(false);
    expect(lines).toContain('skills: "pyhton" is not a known skill; did you mean "python"?');
    expect(existsSync(path.join(dir, 'jobs/acme-senior-full-stack-developer.md'))).toBe(false);
  });

  test('creates the company file when the company is new', async () => {
    tree();
    const args = [...JOB_FLAGS.map((a) => (a === 'acme' ? 'sap' : a)), '--company-name', 'SAP'];
    const { ok } = await run(newJob, args);
    expect(ok).toBe(true);
    const company = path.join(dir, 'companies/sap.md');
    expect(parseFrontMatter(readFileSync(company, 'utf8')).data).toEqual({ name: 'SAP' });
    expect(errorsIn(company)).toEqual([]);
    expect(errorsIn(path.join(dir, 'jobs/sap-senior-full-stack-developer.md'))).toEqual([]);
  });

  test('a new company without --company-name is an error, not a guess', async () => {
    tree();
    const { ok, lines } = await run(
      newJob,
      JOB_FLAGS.map((a) => (a === 'acme' ? 'sap' : a)),
    );
    expect(ok).toBe(false);
    expect(lines[0]).toMatch(/^company: "sap" has no file in companies\/; add --company-name/);
  });

  test('a value the schema refuses is reported with the checker line, and nothing stays written', async () => {
    tree();
    const args = JOB_FLAGS.map((a) => (a === 'jobs@acme.example.com' ? 'javascript:alert(1)' : a));
    const { ok, lines } = await run(newJob, args);
    expect(ok).toBe(false);
    expect(lines[0]).toMatch(
      /^jobs\/acme-senior-full-stack-developer\.md:\d+: apply: "javascript:alert\(1\)" is not an https URL/,
    );
    expect(existsSync(path.join(dir, 'jobs/acme-senior-full-stack-developer.md'))).toBe(false);
  });

  test('asks for what the flags leave out on a terminal', async () => {
    tree();
    const answers: Record<string, string> = {
      'Job title': 'Go Developer',
      Skills: 'go',
      Summary: 'Writes Go.',
      Country: 'DE',
    };
    const asked: string[] = [];
    const ask: Ask = async (q) => {
      asked.push(q);
      return Object.entries(answers).find(([k]) => q.startsWith(k))?.[1] ?? '';
    };
    const { ok } = await run(newJob, ['--company', 'acme'], ask);
    expect(ok).toBe(true);
    expect(asked[0]).toBe('Job title');
    const { data } = parseFrontMatter(readFileSync(path.join(dir, 'jobs/acme-go-developer.md'), 'utf8'));
    expect(data).toMatchObject({ title: 'Go Developer', skills: ['go'], locations: [{ country: 'DE' }] });
  });

  test('without a terminal and without the required flags: a clear error and exit status 1', async () => {
    tree();
    const tsx = path.join(root, 'node_modules/.bin/tsx');
    const result = await promisify(execFile)(
      tsx,
      [path.join(root, 'scripts/newJob.ts'), '--company', 'acme'],
      {
        cwd: dir,
        env: { ...process.env, CONTENT_DIR: dir, BUILD_DATE: TODAY },
      },
    ).catch((e: { code: number; stderr: string }) => e);
    expect('code' in result && result.code).toBe(1);
    expect(result.stderr).toMatch(/^new:job: missing --title, --skills\nUsage: npm run new:job/);
  });
});

describe('close:job', () => {
  test('sets validThrough to yesterday and changes nothing else', async () => {
    tree();
    const file = path.join(dir, 'jobs/acme-senior-go-developer.md');
    const before = readFileSync(file, 'utf8');
    const { ok, lines } = await run(closeJob, ['acme-senior-go-developer']);
    expect(ok).toBe(true);
    expect(lines[0]).toMatch(/^Closed jobs\/acme-senior-go-developer\.md: validThrough: 2026-11-24\./);
    const after = readFileSync(file, 'utf8');
    expect((parseFrontMatter(after).data as { validThrough: string }).validThrough).toBe('2026-11-24');
    const changed = after.split('\n').filter((l) => !before.split('\n').includes(l));
    expect(changed).toEqual(['validThrough: 2026-11-24']);
    expect(errorsIn(file)).toEqual([]);
  });

  test('replaces an existing validThrough line in place', () => {
    const text = '---\ntitle: x\nvalidThrough: 2027-01-01 # end of year\ndatePosted: 2026-01-01\n---\nBody\n';
    expect(withValidThrough(text, '2026-11-24')).toBe(
      '---\ntitle: x\nvalidThrough: 2026-11-24 # end of year\ndatePosted: 2026-01-01\n---\nBody\n',
    );
  });

  test('keeps Windows line endings', () => {
    expect(withValidThrough('---\r\ndatePosted: 2026-01-01\r\n---\r\nB', '2026-11-24')).toBe(
      '---\r\ndatePosted: 2026-01-01\r\nvalidThrough: 2026-11-24\r\n---\r\nB',
    );
  });

  test('refuses an unknown id with a suggestion', async () => {
    tree();
    const { ok, lines } = await run(closeJob, ['acme-senior-go-develper']);
    expect(ok).toBe(false);
    expect(lines).toEqual([
      'close:job: no job "acme-senior-go-develper" in jobs/; did you mean "acme-senior-go-developer"?',
    ]);
  });

  test('leaves a closed job alone', async () => {
    tree();
    const file = path.join(dir, 'jobs/acme-closed-rust-engineer.md');
    const before = readFileSync(file, 'utf8');
    const { ok, lines } = await run(closeJob, ['acme-closed-rust-engineer']);
    expect(ok).toBe(true);
    expect(lines[0]).toMatch(/is closed already/);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});

describe('new:skill', () => {
  test('appends the skill and keeps the comments of skills.yaml', async () => {
    tree();
    const file = path.join(dir, 'skills.yaml');
    writeFileSync(file, `# The taxonomy.\n${readFileSync(file, 'utf8')}`);
    const { ok } = await run(newSkill, ['--name', 'Node.js', '--aliases', 'nodejs, node']);
    expect(ok).toBe(true);
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('# The taxonomy.\n')).toBe(true);
    expect(text.endsWith('- id: node-js\n  name: Node.js\n  aliases: [nodejs, node]\n')).toBe(true);
    expect(checkContent({ dir, today: TODAY }).filter((p) => p.severity === 'error')).toEqual([]);
  });

  test('refuses an id that exists', async () => {
    tree();
    const { ok, lines } = await run(newSkill, ['--name', 'Go']);
    expect(ok).toBe(false);
    expect(lines[0]).toBe('skills: "go" exists already in skills.yaml');
  });
});

describe('new:company', () => {
  test('writes the company and copies its logo beside it', async () => {
    tree();
    const { ok } = await run(newCompany, [
      '--name',
      'Umbrella Corp',
      '--website',
      'https://umbrella.example.com',
      '--logo',
      path.join(dir, 'companies/acme-logo.svg'),
    ]);
    expect(ok).toBe(true);
    const file = path.join(dir, 'companies/umbrella-corp.md');
    expect(parseFrontMatter(readFileSync(file, 'utf8')).data).toEqual({
      name: 'Umbrella Corp',
      website: 'https://umbrella.example.com',
      logo: 'umbrella-corp-logo.svg',
    });
    expect(errorsIn(file)).toEqual([]);
  });

  test('writes a careers page, where jobs without their own apply link send readers', async () => {
    tree();
    const { ok } = await run(newCompany, [
      '--name',
      'Umbrella',
      '--careers',
      'https://umbrella.example.com/careers/',
    ]);
    expect(ok).toBe(true);
    const file = path.join(dir, 'companies/umbrella.md');
    expect(parseFrontMatter(readFileSync(file, 'utf8')).data).toEqual({
      name: 'Umbrella',
      careers: 'https://umbrella.example.com/careers/',
    });
    expect(errorsIn(file)).toEqual([]);
  });

  test('refuses an http website and writes nothing', async () => {
    tree();
    const { ok, lines } = await run(newCompany, [
      '--name',
      'Umbrella',
      '--website',
      'http://umbrella.example.com',
    ]);
    expect(ok).toBe(false);
    expect(lines[0]).toMatch(
      /^companies\/umbrella\.md:\d+: website: "http:\/\/umbrella\.example\.com" is not an https URL/,
    );
    expect(existsSync(path.join(dir, 'companies/umbrella.md'))).toBe(false);
  });

  test('refuses to overwrite a company', async () => {
    tree();
    const { ok, lines } = await run(newCompany, ['--name', 'Acme', '--id', 'acme']);
    expect(ok).toBe(false);
    expect(lines[0]).toBe('companies/acme.md exists already; edit that file instead');
  });
});

describe('new:job and skill aliases', () => {
  test('writes a skill named by its alias as its id: golang becomes go', async () => {
    tree();
    const flags = [...JOB_FLAGS];
    flags[flags.indexOf('go, python')] = 'golang, Python';
    const { ok, lines } = await run(newJob, flags);
    expect(ok, lines.join('\n')).toBe(false);
    // "Python" is no alias and not an id (ids are lowercase): refused with the nearest id.
    expect(lines[0]).toBe('skills: "Python" is not a known skill; did you mean "python"?');
    flags[flags.indexOf('golang, Python')] = 'golang, python';
    const second = await run(newJob, flags);
    expect(second.ok, second.lines.join('\n')).toBe(true);
    const file = readdirSync(path.join(dir, 'jobs')).find((f) => f.startsWith('acme-senior-full-stack'))!;
    const { data } = parseFrontMatter(readFileSync(path.join(dir, 'jobs', file), 'utf8'));
    expect(data).toMatchObject({ skills: ['go', 'python'] });
  });
});

describe('every command answers --help and -h', () => {
  test.each([
    ['new:job', 'scripts/newJob.ts', 'Usage: npm run new:job'],
    ['new:company', 'scripts/newCompany.ts', 'Usage: npm run new:company'],
    ['new:skill', 'scripts/newSkill.ts', 'Usage: npm run new:skill'],
    ['close:job', 'scripts/closeJob.ts', 'Usage: npm run close:job'],
    ['check:content', 'scripts/checkContent.ts', 'Usage: npm run check:content'],
  ])(
    '%s prints its usage and exits 0, writing nothing',
    (_, script, usage) => {
      const dir = tree();
      for (const flag of ['--help', '-h']) {
        const result = spawnSync(path.join(root, 'node_modules/.bin/tsx'), [path.join(root, script), flag], {
          cwd: dir,
          env: { ...process.env, CONTENT_DIR: dir, BUILD_DATE: TODAY },
          encoding: 'utf8',
        });
        expect(result.status, result.stderr).toBe(0);
        expect(result.stdout).toContain(usage);
        expect(result.stderr).toBe('');
      }
      expect(readdirSync(path.join(dir, 'jobs')).length).toBe(
        readdirSync(path.join(root, 'tests/fixtures/site/jobs')).length,
      );
    },
    60_000,
  );
});
