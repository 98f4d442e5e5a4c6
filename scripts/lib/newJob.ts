/**
 * `npm run new:job`: writes `content/jobs/<company>-<title>.md` from flags or answers,
 * creating the company file when the company is new. It never overwrites a file, and
 * what it writes passes `check:content` (it runs the checker before it says "done").
 */
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  aliasMap,
  canonicalSkill,
  describeBrokenReference,
  findBrokenReferences,
} from '../../src/lib/references';
import { stringifyFrontMatter } from '../../src/lib/readContent';
import { EMPLOYMENT_TYPES, ID_PATTERN, SENIORITIES, WORKPLACES } from '../../src/lib/schemas';
import { descriptionTemplate } from './jobTemplate';
import {
  assertChecks,
  CommandError,
  flags,
  list,
  shown,
  skillEntries,
  skillIds,
  slugify,
  value,
  type CommandContext,
} from './scaffold';

export const NEW_JOB_USAGE = `Usage: npm run new:job -- --company sap --title "Senior Full Stack Developer" --skills typescript,apis \\
  --summary "One sentence for the card." [--city Budapest --country HU] [--location "Vienna, AT" …] [--workplace ${WORKPLACES.join('|')}] \\
  [--employment-type ${EMPLOYMENT_TYPES.join('|')}] [--seniority ${SENIORITIES.join('|')}] \\
  [--apply https://… | name@example.com] [--salary "60000-80000 EUR/year"] [--valid-through YYYY-MM-DD] [--date-posted YYYY-MM-DD] [--draft] \\
  [--company-name "SAP"] (needed when the company is new)`;

/** `60000-80000 EUR/year` (or `60000 EUR/month` for a single amount) -> the salary record. */
export function parseSalary(text: string): { min: number; max: number; currency: string; per: string } {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(?:-\s*(\d+(?:\.\d+)?))?\s+([A-Za-z]{3})\s*\/\s*([a-z]+)\s*$/.exec(
    text.replace(/[_,](?=\d{3})/g, ''),
  );
  if (m === null) {
    throw new CommandError([
      `salary: "${text}" is not a salary; write min-max CURRENCY/period, e.g. 60000-80000 EUR/year`,
    ]);
  }
  const min = Number(m[1]);
  return { min, max: m[2] !== undefined ? Number(m[2]) : min, currency: m[3]!.toUpperCase(), per: m[4]! };
}

/**
 * `--location "Vienna, AT"` (or just `AT` for a country): one more place of work; the flag
 * repeats. The country code is checked with the rest of the file by check:content.
 */
export function parseLocation(text: string): { city?: string; country: string } {
  const parts = text.split(',').map((p) => p.trim());
  const country = parts.pop() ?? '';
  const city = parts.join(', ');
  if (country === '' || (parts.length > 0 && city === '')) {
    throw new CommandError([
      `location: "${text}" is not a place; write "City, CC" (e.g. "Vienna, AT") or a country code alone`,
    ]);
  }
  return { ...(city !== '' && { city }), country: country.toUpperCase() };
}

/** Files in `folder` whose id (case- and extension-blind) is `id`. */
function sameId(folder: string, id: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder).filter((n) => n.replace(/\.[^.]*$/, '').toLowerCase() === id);
}

export async function newJob(ctx: CommandContext): Promise<void> {
  const { values } = flags(
    ctx,
    {
      company: { type: 'string' },
      'company-name': { type: 'string' },
      title: { type: 'string' },
      skills: { type: 'string' },
      summary: { type: 'string' },
      city: { type: 'string' },
      country: { type: 'string' },
      location: { type: 'string', multiple: true },
      workplace: { type: 'string' },
      'employment-type': { type: 'string' },
      seniority: { type: 'string' },
      apply: { type: 'string' },
      'valid-through': { type: 'string' },
      'date-posted': { type: 'string' },
      salary: { type: 'string' },
      draft: { type: 'boolean' },
    },
    NEW_JOB_USAGE,
  );
  const known = skillIds(ctx.dir);
  const company = await value(
    ctx,
    values.company,
    'Company id (a file name in content/companies/, e.g. sap)',
  );
  const title = await value(ctx, values.title, 'Job title');
  const skillsText = await value(
    ctx,
    values.skills,
    `Skills, comma-separated (${[...known].slice(0, 6).join(', ')}…)`,
  );
  const missing = [
    company === undefined && '--company',
    title === undefined && '--title',
    skillsText === undefined && '--skills',
  ].filter(Boolean);
  if (missing.length > 0) {
    throw new CommandError([`new:job: missing ${missing.join(', ')}`, NEW_JOB_USAGE]);
  }

  const companyId = company!;
  if (!ID_PATTERN.test(companyId)) {
    throw new CommandError([
      `company: "${companyId}" is not an id; write it in kebab-case, e.g. ${slugify(companyId)}`,
    ]);
  }
  const companiesDir = path.join(ctx.dir, 'companies');
  const companyFile = path.join(companiesDir, `${companyId}.md`);
  const newCompany = !existsSync(companyFile);
  const companyName = newCompany
    ? await value(ctx, values['company-name'], `"${companyId}" is a new company. Its name as readers see it`)
    : undefined;
  if (newCompany && companyName === undefined) {
    throw new CommandError([
      `company: "${companyId}" has no file in ${shown(ctx, companiesDir)}/; add --company-name "Its Name" to create it, or use a known company`,
    ]);
  }

  // A skill named by its alias (golang) is written as its id (go), the form files use.
  const aliases = aliasMap(skillEntries(ctx.dir));
  const skills = [
    ...new Set(list(skillsText).map((s) => (known.has(s) ? s : (canonicalSkill(s, aliases) ?? s)))),
  ];
  const broken = findBrokenReferences({
    jobs: [{ id: 'new', data: { company: companyId, skills } }],
    articles: [],
    companyIds: new Set([companyId]),
    skillIds: known,
    skillAliases: aliases,
  });
  if (broken.length > 0) {
    throw new CommandError([
      ...broken.map(describeBrokenReference),
      'Add a new skill first with npm run new:skill.',
    ]);
  }

  const summary = await value(
    ctx,
    values.summary,
    'Summary: one sentence for the card (at most 200 characters)',
  );
  const city = await value(ctx, values.city, 'City (empty for none)');
  const country = await value(ctx, values.country, 'Country code, e.g. HU (empty for none)');
  const workplace = await value(
    ctx,
    values.workplace,
    `Workplace (${WORKPLACES.join(', ')}; empty to leave out)`,
  );
  const employmentType = await value(
    ctx,
    values['employment-type'],
    `Employment type (${EMPLOYMENT_TYPES.join(', ')}; empty to leave out)`,
  );
  const seniority = await value(
    ctx,
    values.seniority,
    `Seniority (${SENIORITIES.join(', ')}; empty to leave out)`,
  );
  const apply = await value(ctx, values.apply, 'Where to apply: https:// URL or e-mail (empty to leave out)');
  const salaryText = await value(
    ctx,
    values.salary,
    'Salary, e.g. 60000-80000 EUR/year (empty to leave out)',
  );
  const salary = salaryText === undefined ? undefined : parseSalary(salaryText);
  const validThrough = await value(
    ctx,
    values['valid-through'],
    'Last day to apply, YYYY-MM-DD (empty: open until closed)',
  );
  if (summary === undefined) {
    throw new CommandError([
      'summary: is required; add --summary "One sentence for the card."',
      NEW_JOB_USAGE,
    ]);
  }
  if (city !== undefined && country === undefined) {
    throw new CommandError(['country: is required with --city; add --country and a code such as HU']);
  }
  const locations = [
    ...(country !== undefined ? [{ ...(city !== undefined && { city }), country }] : []),
    ...(values.location ?? []).map(parseLocation),
  ];

  // Key order is the order editors read in the file.
  const data: Record<string, unknown> = {
    title: title!,
    company: companyId,
    skills,
    summary,
    datePosted: values['date-posted'] ?? ctx.today,
    ...(validThrough !== undefined && { validThrough }),
    ...(workplace !== undefined && { workplace }),
    ...(locations.length > 0 && { locations }),
    ...(employmentType !== undefined && { employmentType }),
    ...(seniority !== undefined && { seniority }),
    ...(apply !== undefined && { apply }),
    ...(salary !== undefined && { salary }),
    ...(values.draft === true && { draft: true }),
  };

  const id = `${companyId}-${slugify(title!)}`;
  const jobsDir = path.join(ctx.dir, 'jobs');
  const jobFile = path.join(jobsDir, `${id}.md`);
  const taken = sameId(jobsDir, id);
  if (taken.length > 0) {
    throw new CommandError([
      `${shown(ctx, path.join(jobsDir, taken[0]!))} exists already; edit that file, or pick another title`,
    ]);
  }

  const written: string[] = [];
  const undo = () => written.forEach((f) => rmSync(f, { force: true }));
  if (newCompany) {
    writeFileSync(companyFile, stringifyFrontMatter('', { name: companyName }), { flag: 'wx' });
    written.push(companyFile);
  }
  writeFileSync(jobFile, stringifyFrontMatter(descriptionTemplate(summary), data), { flag: 'wx' });
  written.push(jobFile);
  assertChecks(ctx, written, undo);

  if (newCompany) ctx.print(`Created ${shown(ctx, companyFile)} (add website: and logo: if you have them)`);
  ctx.print(`Created ${shown(ctx, jobFile)}: write the description, then npm start to preview it.`);
}
