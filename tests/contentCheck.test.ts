import { execFile } from 'node:child_process';
import { cpSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { checkContent, formatProblem } from '../scripts/lib/contentCheck';
import { tempDirs } from './helpers';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..');
const corpus = path.join(root, 'tests/fixtures/bad-content');
const TODAY = '2026-11-25';

/** Runs `npm run check:content`'s script as an editor would, in `cwd`. */
async function cli(env: Record<string, string>, cwd = root) {
  try {
    const { stdout } = await run(
      path.join(root, 'node_modules/.bin/tsx'),
      [path.join(root, 'scripts/checkContent.ts')],
      {
        cwd,
        env: { ...process.env, BUILD_DATE: TODAY, ...env },
      },
    );
    return { code: 0, lines: stdout.split('\n').filter(Boolean) };
  } catch (err) {
    const e = err as { code: number; stdout: string };
    return { code: e.code, lines: e.stdout.split('\n').filter(Boolean) };
  }
}

/**
 * Each file of the corpus and the one line the checker prints for it (`null`: a valid
 * partner file, e.g. the other half of a duplicate id). The line is `line: field: message`.
 */
const EXPECTED: Array<[string, string | null]> = [
  [
    'articles/date-modified-before-published.mdx',
    '6: dateModified: "2026-09-01" is before datePublished; write the same day or later',
  ],
  ['articles/duplicate-id.md', null],
  [
    'articles/duplicate-id.mdx',
    '1: file: has the same id "duplicate-id" as articles/duplicate-id.md; ids ignore case and extension, keep one of the two files',
  ],
  ['articles/unknown-skill-pyhton.mdx', '4: skill: "pyhton" is not a known skill; did you mean "python"?'],
  ['companies/acme.md', null],
  ['companies/nowhere.md', null],
  [
    'companies/logo-missing-file.md',
    '3: logo: "missing.png" does not exist beside the company file; add the image to companies/ or remove logo',
  ],
  [
    'companies/logo-png-not-png.md',
    '3: logo: "logo-png-not-png.png" is not really a PNG image; export it again in that format or fix the extension',
  ],
  [
    'companies/logo-svg-event-handler.md',
    '3: logo: "logo-svg-event-handler.svg" has an event handler (on\u2026=) (line 2 of the SVG); export a plain SVG without scripts, handlers, foreignObject or external references',
  ],
  [
    'companies/logo-svg-external-href.md',
    '3: logo: "logo-svg-external-href.svg" has an external reference (href outside the file) (line 2 of the SVG); export a plain SVG without scripts, handlers, foreignObject or external references',
  ],
  [
    'companies/logo-svg-external-url.md',
    '3: logo: "logo-svg-external-url.svg" has an external reference (url(\u2026) outside the file) (line 2 of the SVG); export a plain SVG without scripts, handlers, foreignObject or external references',
  ],
  [
    'companies/logo-svg-foreign-object.md',
    '3: logo: "logo-svg-foreign-object.svg" has a <foreignObject> element (line 2 of the SVG); export a plain SVG without scripts, handlers, foreignObject or external references',
  ],
  [
    'companies/logo-svg-script.md',
    '3: logo: "logo-svg-script.svg" has a <script> element (line 3 of the SVG); export a plain SVG without scripts, handlers, foreignObject or external references',
  ],
  [
    'companies/logo-wrong-format.md',
    '3: logo: "logo.gif" must be a PNG, JPEG, WebP, AVIF or SVG file beside the company file, e.g. logo.svg',
  ],
  [
    'companies/name-with-html.md',
    '2: name: "<b>Bold</b> Corp" contains HTML; write plain text without tags or entities',
  ],
  [
    'companies/warning-no-jobs.md',
    '1: warning: company: no job names "warning-no-jobs"; delete the file or add a job (npm run new:job -- --company warning-no-jobs)',
  ],
  [
    'jobs/warning-template-placeholder-left.md',
    '11: warning: body: still has a line of the new:job template; write the real text',
  ],
  [
    'jobs/Not_Kebab_Case_Name.md',
    '1: file: "Not_Kebab_Case_Name.md" is not a kebab-case name; rename it to not-kebab-case-name.md',
  ],
  [
    'jobs/front-matter-is-a-list.md',
    '2: front matter: is not "key: value" lines; write one field per line, e.g. title: Go Engineer',
  ],
  [
    'jobs/summary-with-html-entity.md',
    '5: summary: "Builds Go services &amp; APIs." contains HTML; write plain text without tags or entities',
  ],
  [
    'jobs/Duplicate-Case.md',
    '1: file: has the same id "duplicate-case" as jobs/duplicate-case.md; ids ignore case and extension, keep one of the two files',
  ],
  [
    'jobs/apply-data-url.md',
    '7: apply: "data:text/html,<script>alert(1)</script>" is not an https URL or an e-mail address; write https://\u2026 or name@example.com',
  ],
  [
    'jobs/apply-entity-colon.md',
    '7: apply: "javascript&#58;alert(1)" is not an https URL or an e-mail address; write https://\u2026 or name@example.com',
  ],
  [
    'jobs/apply-http-url.md',
    '7: apply: "http://jobs.example.com/apply" is not an https URL or an e-mail address; write https://\u2026 or name@example.com',
  ],
  [
    'jobs/apply-javascript-url.md',
    '7: apply: "javascript:alert(1)" is not an https URL or an e-mail address; write https://\u2026 or name@example.com',
  ],
  [
    'jobs/apply-leading-space.md',
    '7: apply: " javascript:alert(1)" is not an https URL or an e-mail address; write https://\u2026 or name@example.com',
  ],
  [
    'jobs/apply-tab-inside-scheme.md',
    '7: apply: "java\\tscript:alert(1)" is not an https URL or an e-mail address; write https://\u2026 or name@example.com',
  ],
  [
    'jobs/apply-vbscript-odd-case.md',
    '7: apply: "VbScRiPt:msgbox(1)" is not an https URL or an e-mail address; write https://\u2026 or name@example.com',
  ],
  [
    'jobs/body-iframe.md',
    '11: body: has the HTML element <iframe>; job descriptions are Markdown only, remove it',
  ],
  [
    'jobs/body-javascript-markdown-link.md',
    '11: body: links to a javascript: URL; link only to https:// pages or e-mail addresses',
  ],
  [
    'jobs/body-onclick-handler.md',
    '11: body: has an event handler (on\u2026=) in <p>; remove the HTML and write Markdown',
  ],
  [
    'jobs/body-script-tag.md',
    '11: body: has the HTML element <script>; job descriptions are Markdown only, remove it',
  ],
  ['jobs/date-not-yyyy-mm-dd.md', '6: datePosted: "25/11/2026" is not a date; write YYYY-MM-DD'],
  ['jobs/duplicate-case.md', null],
  [
    'jobs/2.md',
    '1: file: "2.md" takes the address of another page (/jobs/2/ is page 2 of the job list); name the file after the company and title, e.g. acme-go-developer.md',
  ],
  [
    'jobs/feed.md',
    '1: file: "feed.md" takes the address of another page (/jobs/feed.json is the JSON Feed of all jobs); name the file after the company and title, e.g. acme-go-developer.md',
  ],
  ['jobs/file-over-256-kb.md', '1: file: is 259 KB, over the 256 KB limit; shorten it or split the text'],
  [
    'jobs/front-matter-javascript.md',
    '1: front matter: is JavaScript (---javascript); write YAML front matter, starting the file with --- alone',
  ],
  [
    'jobs/front-matter-js.md',
    '1: front matter: is JavaScript (---js); write YAML front matter, starting the file with --- alone',
  ],
  ['jobs/invalid-date-feb-30.md', '7: validThrough: "2026-02-30" is not a real date; write YYYY-MM-DD'],
  [
    'jobs/job-written-as-mdx.mdx',
    '1: file: a job cannot be MDX (MDX runs code at build time; only guides in articles/ may use it); rename it to job-written-as-mdx.md',
  ],
  [
    'jobs/location-bad-country-nested.md',
    '12: locations[1].country: "XX" is not a country code; write ISO 3166-1 alpha-2, e.g. HU',
  ],
  ['jobs/missing-title.md', '1: title: is required; add the job title'],
  [
    'jobs/no-way-to-apply.md',
    '3: apply: is missing, and companies/nowhere.md has no careers or website, so readers cannot apply; add apply: https://… (or an e-mail address) to this job, or careers: https://… to the company',
  ],
  ['jobs/no-front-matter.md', '1: front matter: missing; start the file with a line of three dashes (---)'],
  [
    'jobs/not-utf8-latin1.md',
    '2: file: is not valid UTF-8 text; save it as UTF-8 (in most editors: "Save with encoding" > UTF-8)',
  ],
  ['jobs/salary-max-below-min-nested.md', '9: salary.max: 60000 is below min; write max >= min'],
  [
    'jobs/summary-over-200-characters.md',
    '5: summary: "Builds Go services for payments. Builds Go services for \u2026" is longer than 200 characters; shorten it',
  ],
  [
    'jobs/title-with-html.md',
    '2: title: "Go <em>Rockstar</em> Engineer" contains HTML; write plain text without tags or entities',
  ],
  ['jobs/unknown-company-acmee.md', '3: company: "acmee" is not a known company; did you mean "acme"?'],
  ['jobs/unknown-key-titel.md', '6: titel: is not a known field; did you mean "title"?'],
  // "nodejs" is an alias of node-js in the corpus's skills.yaml: the message names the id.
  ['jobs/unknown-skill-nodejs.md', '4: skills: "nodejs" is an alias of "node-js"; write node-js'],
  [
    'jobs/unknown-workplace-hybird.md',
    '7: workplace: "hybird" is not one of onsite, hybrid, remote; did you mean "hybrid"?',
  ],
  [
    'jobs/valid-through-before-date-posted.md',
    '7: validThrough: "2026-10-01" is before datePosted; write the same day or later',
  ],
  [
    'jobs/warning-closed-208-days-ago.md',
    '7: warning: validThrough: "2026-05-01" closed the job 208 days ago; delete the file',
  ],
  [
    'jobs/warning-open-66-days-no-valid-through.md',
    '6: warning: datePosted: "2026-09-20" is 66 days ago and there is no validThrough; close the job (npm run close:job -- warning-open-66-days-no-valid-through) or add validThrough',
  ],
  ['jobs/wrong-type-skills-not-a-list.md', '4: skills: "go" is not a list; write skill ids as [go, apis]'],
  [
    'jobs/wrong-type-summary-number.md',
    '5: summary: 42 is not text; write one sentence for the card in quotes',
  ],
  [
    'jobs/yaml-anchor-alias.md',
    '2: YAML: anchors and aliases (&name, *name) are not allowed; write each value out',
  ],
  [
    'jobs/yaml-duplicate-key.md',
    '4: YAML: duplicated mapping key; check the indentation, colons and quotes on this line',
  ],
  [
    'jobs/yaml-syntax-error.md',
    '5: YAML: unexpected end of the stream within a double quoted scalar; check the indentation, colons and quotes on this line',
  ],
  [
    'skills.yaml',
    '9: warning: skills: "unused-skill" is used by no job and no guide; delete the entry or use it in a job',
  ],
];

const tempDir = tempDirs();
function tempCopy(from: string): string {
  const dir = tempDir('skillboard-check-');
  cpSync(from, dir, { recursive: true });
  return dir;
}

describe('check:content over the bad-content corpus', () => {
  const problems = checkContent({ dir: corpus, today: TODAY });
  const printed = problems.map((p) => formatProblem(p, corpus));

  test('the corpus has at least 30 bad files, each named in EXPECTED', () => {
    const files = ['articles', 'companies', 'jobs']
      .flatMap((d) => readdirSync(path.join(corpus, d)).map((f) => `${d}/${f}`))
      .filter((f) => /\.mdx?$/.test(f))
      .concat('skills.yaml')
      .sort();
    expect(EXPECTED.map(([f]) => f).sort()).toEqual(files);
    expect(EXPECTED.filter(([, line]) => line !== null).length).toBeGreaterThanOrEqual(30);
  });

  test.each(EXPECTED)('%s', (file, line) => {
    const mine = printed.filter((l) => l.startsWith(`${file}:`));
    expect(mine).toEqual(line === null ? [] : [`${file}:${line}`]);
  });

  test('prints paths relative to where it runs, with the exact format', () => {
    expect(formatProblem(problems[0]!, root)).toMatch(/^tests\/fixtures\/bad-content\/[\w/.-]+:\d+: \S/);
  });

  test('the ---js front matter never ran', () => {
    expect((globalThis as Record<string, unknown>)['__frontMatterRan']).toBeUndefined();
    expect(readdirSync(root)).not.toContain('front-matter-js-ran.txt');
  });
});

describe('check:content on skills.yaml', () => {
  test('reports a bad id, a missing name and a duplicate, each on its line', () => {
    const dir = tempCopy(path.join(root, 'tests/fixtures/site'));
    writeFileSync(
      path.join(dir, 'skills.yaml'),
      '# skills\n- id: go\n  name: Go\n- id: Python\n  name: Python\n- id: rust\n- id: go\n  name: Go again\n- id: unused\n  name: Unused\n  colour: red\n',
    );
    expect(checkContent({ dir, today: TODAY }).map((p) => formatProblem(p, dir))).toEqual([
      'articles/python.mdx:4: skill: "python" is not a known skill; did you mean "Python"?',
      'jobs/acme-last-day-python-engineer.md:4: skills: "python" is not a known skill; did you mean "Python"?',
      'jobs/initech-remote-python-developer.md:4: skills: "python" is not a known skill; did you mean "Python"?',
      'skills.yaml:4: [1].id: "Python" is not an id; write the skill id in kebab-case, e.g. back-end-development',
      'skills.yaml:6: [2].name: is required; add the display name',
      'skills.yaml:7: [3].id: "go" is listed twice; remove one of the two entries',
      'skills.yaml:11: [4].colour: is not a known field; remove it (fields: id, name, aliases)',
    ]);
  });
});

describe('check:content on a file with several problems', () => {
  const job = (extra: string) =>
    `---\ntitle: Go Developer\ncompany: acme\nskills: [go]\nsummary: A job.\ndatePosted: 2026-11-20\n${extra}---\n\nText.\n`;

  /** The lines printed for `file` once it is written into a copy of the valid site. */
  function linesFor(file: string, text: string): string[] {
    const dir = tempCopy(path.join(root, 'tests/fixtures/site'));
    writeFileSync(path.join(dir, file), text);
    return checkContent({ dir, today: TODAY })
      .map((p) => formatProblem(p, dir))
      .filter((l) => l.startsWith(`${file}:`));
  }

  test('reports a field error and validThrough before datePosted in one run', () => {
    expect(linesFor('jobs/acme-go.md', job('workplace: moon\nvalidThrough: 2026-11-01\n'))).toEqual([
      'jobs/acme-go.md:7: workplace: "moon" is not one of onsite, hybrid, remote; write one of onsite, hybrid, remote',
      'jobs/acme-go.md:8: validThrough: "2026-11-01" is before datePosted; write the same day or later',
    ]);
  });

  test('reports a field error of the salary and max below min in one run', () => {
    const salary = 'salary:\n  min: 90000\n  max: 60000\n  currency: EUR\n  per: weekly\n';
    expect(linesFor('jobs/acme-go.md', job(salary))).toEqual([
      'jobs/acme-go.md:9: salary.max: 60000 is below min; write max >= min',
      'jobs/acme-go.md:11: salary.per: "weekly" is not one of hour, day, month, year; write one of hour, day, month, year',
    ]);
  });

  test('reports a salary that is not a record and validThrough before datePosted in one run', () => {
    expect(linesFor('jobs/acme-go.md', job('salary: 60000\nvalidThrough: 2026-11-01\n'))).toEqual([
      'jobs/acme-go.md:7: salary: 60000 is not a record; write salary: min, max, currency and per on their own lines',
      'jobs/acme-go.md:8: validThrough: "2026-11-01" is before datePosted; write the same day or later',
    ]);
  });

  test('reports a field error and dateModified before datePublished in one run', () => {
    const guide =
      '---\ntitle: Rust\ndescription: About Rust.\nskill: rust\ndatePublished: 2026-10-02\ndateModified: 2026-10-01\ndraft: maybe\n---\n\nText.\n';
    expect(linesFor('articles/rust.mdx', guide)).toEqual([
      'articles/rust.mdx:6: dateModified: "2026-10-01" is before datePublished; write the same day or later',
      'articles/rust.mdx:7: draft: "maybe" is not true or false; write true, or leave the line out',
    ]);
  });

  test('reports an impossible validThrough once, not also as before datePosted, next to a field error', () => {
    expect(linesFor('jobs/acme-go.md', job('validThrough: 2026-02-30\nworkplace: moon\n'))).toEqual([
      'jobs/acme-go.md:7: validThrough: "2026-02-30" is not a real date; write YYYY-MM-DD',
      'jobs/acme-go.md:8: workplace: "moon" is not one of onsite, hybrid, remote; write one of onsite, hybrid, remote',
    ]);
  });

  test('reports validThrough before datePosted once when zod checked it too (next to an unknown key)', () => {
    expect(linesFor('jobs/acme-go.md', job('titel: Go\nvalidThrough: 2026-11-01\n'))).toEqual([
      'jobs/acme-go.md:7: titel: is not a known field; did you mean "title"?',
      'jobs/acme-go.md:8: validThrough: "2026-11-01" is before datePosted; write the same day or later',
    ]);
  });
});

describe('check:content on ways to apply', () => {
  const company = '---\nname: Nowhere Ltd\n---\n';
  const job = (extra: string) =>
    `---\ntitle: Go Developer\ncompany: nowhere\nskills: [go]\nsummary: A job.\ndatePosted: 2026-11-20\n${extra}---\n\nText.\n`;

  test.each([
    ['its own apply address', 'apply: jobs@nowhere.example.com\n', ''],
    ['a closed job (it shows no apply link)', 'validThrough: 2026-11-24\n', ''],
    ['a draft', 'draft: true\n', ''],
    ["the company's careers page", '', 'careers: https://nowhere.example.com/jobs/\n'],
    ["the company's website", '', 'website: https://nowhere.example.com/\n'],
  ])('accepts an open job reached through %s', (_, jobExtra, companyExtra) => {
    const dir = tempCopy(path.join(root, 'tests/fixtures/site'));
    writeFileSync(path.join(dir, 'companies/nowhere.md'), company.replace('---\n', `---\n${companyExtra}`));
    writeFileSync(path.join(dir, 'jobs/nowhere-go.md'), job(jobExtra));
    const errors = checkContent({ dir, today: TODAY }).filter((p) => p.severity === 'error');
    expect(errors.map((p) => formatProblem(p, dir))).toEqual([]);
  });
});

describe('check:content on the command line', () => {
  test('a tree with five bad files gets five error lines in one run and exit status 1', async () => {
    const dir = tempCopy(path.join(root, 'tests/fixtures/site'));
    const bad = [
      'jobs/invalid-date-feb-30.md',
      'jobs/unknown-key-titel.md',
      'jobs/apply-javascript-url.md',
      'jobs/body-script-tag.md',
      'jobs/job-written-as-mdx.mdx',
    ];
    for (const f of bad) cpSync(path.join(corpus, f), path.join(dir, f));
    const { code, lines } = await cli({ CONTENT_DIR: dir }, dir);
    const errors = lines.filter((l) => !l.includes(': warning: '));
    expect(code).toBe(1);
    expect(errors).toHaveLength(5);
    expect(errors.map((l) => l.split(':')[0]).sort()).toEqual([...bad].sort());
    expect(errors).toContain(
      'jobs/invalid-date-feb-30.md:7: validThrough: "2026-02-30" is not a real date; write YYYY-MM-DD',
    );
  });

  test('the real content/ has no errors and exits 0', async () => {
    const { code, lines } = await cli({ CONTENT_DIR: '' });
    expect(lines.filter((l) => !l.includes(': warning: '))).toEqual([]);
    expect(code).toBe(0);
  });

  test('warnings are printed but never fail', async () => {
    const { code, lines } = await cli({ CONTENT_DIR: 'tests/fixtures/site' });
    expect(lines).toEqual([
      'tests/fixtures/site/skills.yaml:8: warning: skills: "unused-skill" is used by no job and no guide; delete the entry or use it in a job',
    ]);
    expect(code).toBe(0);
  });

  test('never prints a stack trace for a broken file', async () => {
    const dir = tempCopy(path.join(root, 'tests/fixtures/site'));
    writeFileSync(path.join(dir, 'jobs/empty.md'), '');
    writeFileSync(path.join(dir, 'skills.yaml'), '- id: go\n  name: [unclosed\n');
    const { code, lines } = await cli({ CONTENT_DIR: dir }, dir);
    expect(code).toBe(1);
    expect(lines.join('\n')).not.toMatch(/\bat .*\(|Error:/);
    expect(lines).toContain(
      'jobs/empty.md:1: front matter: missing; start the file with a line of three dashes (---)',
    );
  });
});

describe('the hostile fixture', () => {
  test('is refused by the checker that npm run build runs first, though astro build alone accepts it', () => {
    const lines = checkContent({ dir: path.join(root, 'tests/fixtures/hostile'), today: TODAY })
      .filter((p) => p.severity === 'error')
      .map((p) => `${path.relative(root, p.file)}:${p.line}: ${p.message.split(':')[0]}`);
    expect(lines).toEqual(
      expect.arrayContaining([
        'tests/fixtures/hostile/companies/evil.md:2: name',
        'tests/fixtures/hostile/jobs/evil-go-developer.md:2: title',
        'tests/fixtures/hostile/jobs/evil-go-developer.md:5: summary',
      ]),
    );
  });
});
