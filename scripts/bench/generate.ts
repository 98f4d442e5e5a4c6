/**
 * A synthetic content tree for the benchmark: deterministic for a seed, in the project's
 * content layout (skills.yaml, companies/, articles/, jobs/), valid against the schemas.
 * `generateJobs` builds the job data in memory (the scale unit test uses it without a
 * disk); `writeContent` writes the whole tree, one job at a time (`eachJob`).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { JobData, SkillData, Workplace } from '../../src/lib/schemas';
import { EMPLOYMENT_TYPES, SENIORITIES } from '../../src/lib/schemas';
import { addDays } from '../../src/lib/dates';

/** The day the generated board is built on: jobs with an earlier `validThrough` are closed. */
export const BENCH_BUILD_DATE = '2026-11-25';

export const COMPANY_COUNT = 300;
export const SKILL_COUNT = 40;
export const CITY_COUNT = 30;

/** mulberry32: a tiny, fast, seeded PRNG (values in [0, 1)). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const int = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;

/** Skills: the real back-end guide's skill first (so `/skills/back-end-development/` exists). */
const SKILL_NAMES = [
  'Back-End Development',
  'Front-End Development',
  'Go',
  'Rust',
  'Python',
  'Java',
  'Kotlin',
  'TypeScript',
  'JavaScript',
  'React',
  'Vue',
  'Angular',
  'Svelte',
  'Node.js',
  'Django',
  'Rails',
  'PostgreSQL',
  'MySQL',
  'MongoDB',
  'Redis',
  'Kafka',
  'Kubernetes',
  'Docker',
  'Terraform',
  'AWS',
  'Azure',
  'Google Cloud',
  'Linux',
  'Security',
  'Machine Learning',
  'Data Engineering',
  'Spark',
  'GraphQL',
  'APIs',
  'Swift',
  'Android',
  'iOS',
  'C++',
  'Elixir',
  'Agile',
] as const;

export function skillId(name: string): string {
  return name
    .toLowerCase()
    .replace(/\+/g, 'p')
    .replace(/\./g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function generateSkills(): SkillData[] {
  return SKILL_NAMES.slice(0, SKILL_COUNT).map((name) => ({ id: skillId(name), name, aliases: [] }));
}

const CITIES: readonly { city: string; country: string }[] = [
  { city: 'Berlin', country: 'DE' },
  { city: 'Munich', country: 'DE' },
  { city: 'Hamburg', country: 'DE' },
  { city: 'Paris', country: 'FR' },
  { city: 'Lyon', country: 'FR' },
  { city: 'Madrid', country: 'ES' },
  { city: 'Barcelona', country: 'ES' },
  { city: 'Lisbon', country: 'PT' },
  { city: 'Porto', country: 'PT' },
  { city: 'Amsterdam', country: 'NL' },
  { city: 'Rotterdam', country: 'NL' },
  { city: 'Brussels', country: 'BE' },
  { city: 'Vienna', country: 'AT' },
  { city: 'Zurich', country: 'CH' },
  { city: 'Milan', country: 'IT' },
  { city: 'Rome', country: 'IT' },
  { city: 'Warsaw', country: 'PL' },
  { city: 'Krakow', country: 'PL' },
  { city: 'Prague', country: 'CZ' },
  { city: 'Budapest', country: 'HU' },
  { city: 'Sofia', country: 'BG' },
  { city: 'Bucharest', country: 'RO' },
  { city: 'Athens', country: 'GR' },
  { city: 'Dublin', country: 'IE' },
  { city: 'London', country: 'GB' },
  { city: 'Manchester', country: 'GB' },
  { city: 'Stockholm', country: 'SE' },
  { city: 'Copenhagen', country: 'DK' },
  { city: 'Oslo', country: 'NO' },
  { city: 'Helsinki', country: 'FI' },
];

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ra',
  'ven',
  'tor',
  'sil',
  'na',
  'qu',
  'bex',
  'dor',
  'fin',
  'zu',
  'pel',
  'tra',
];
const COMPANY_SUFFIXES = [
  'Labs',
  'Systems',
  'Group',
  'Health',
  'Pay',
  'Cloud',
  'Works',
  'Data',
  'AI',
  'Logistics',
];
const ROLES = ['Engineer', 'Developer', 'Architect', 'Consultant', 'Specialist'];
const LEVEL_WORDS: Record<(typeof SENIORITIES)[number], string> = {
  intern: 'Intern',
  junior: 'Junior',
  mid: '',
  senior: 'Senior',
  lead: 'Lead',
  principal: 'Principal',
};
const WORDS = (
  'we build reliable software for customers across europe and our teams own services end to end ' +
  'you will design review and ship features with product managers designers and other engineers ' +
  'the platform handles millions of requests every day so performance observability and testing matter ' +
  'we value clear writing small pull requests pairing and a calm pace that people can sustain for years ' +
  'our stack evolves with care and every change is measured before and after it reaches production'
).split(' ');

export interface GeneratedCompany {
  id: string;
  name: string;
  website: string;
}

export function generateCompanies(seed = 1): GeneratedCompany[] {
  const rng = mulberry32(seed ^ 0xc0ffee);
  const seen = new Set<string>();
  const companies: GeneratedCompany[] = [];
  while (companies.length < COMPANY_COUNT) {
    const stem = Array.from({ length: int(rng, 2, 3) }, () => pick(rng, SYLLABLES)).join('');
    const name = `${stem[0]!.toUpperCase()}${stem.slice(1)} ${pick(rng, COMPANY_SUFFIXES)}`;
    const id = skillId(name);
    if (seen.has(id)) continue;
    seen.add(id);
    companies.push({ id, name, website: `https://${id}.example.com` });
  }
  return companies;
}

export interface GeneratedJob {
  id: string;
  data: JobData;
}

function sentence(rng: Rng, min: number, max: number): string {
  const words = Array.from({ length: int(rng, min, max) }, () => pick(rng, WORDS));
  const text = words.join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

/**
 * `count` jobs: ids `job-00001`…, newest first by construction is NOT assumed. About a
 * quarter are closed (validThrough before BENCH_BUILD_DATE), a few are drafts.
 */
export function generateJobs(count: number, seed = 1): GeneratedJob[] {
  return [...eachJob(count, seed)];
}

/**
 * The same jobs as `generateJobs`, one at a time: `writeContent` writes each as it comes, so
 * 100,000 jobs are never all in memory (neither their data nor their files' text).
 */
export function* eachJob(count: number, seed = 1): Generator<GeneratedJob> {
  const rng = mulberry32(seed);
  const skills = generateSkills();
  const companies = generateCompanies(seed);
  const width = Math.max(5, String(count).length);
  for (let i = 1; i <= count; i++) {
    const company = pick(rng, companies);
    // Skewed towards the first skills, as real boards are: a few big skills, a long tail.
    const skillCount = int(rng, 1, 4);
    const ids = new Set<string>();
    while (ids.size < skillCount) {
      const k = Math.floor(rng() * rng() * skills.length);
      ids.add(skills[k]!.id);
    }
    const main = skills.find((s) => s.id === [...ids][0])!;
    const seniority = pick(rng, SENIORITIES);
    const level = LEVEL_WORDS[seniority];
    const title = `${level ? `${level} ` : ''}${main.name} ${pick(rng, ROLES)}`;
    const datePosted = addDays(BENCH_BUILD_DATE, -int(rng, 0, 120));
    const r = rng();
    // ~25% closed, ~50% open until a later day, ~25% without an end date.
    const validThrough =
      r < 0.25
        ? addDays(BENCH_BUILD_DATE, -int(rng, 1, 30))
        : r < 0.75
          ? addDays(BENCH_BUILD_DATE, int(rng, 0, 90))
          : undefined;
    const w = rng();
    const workplace: Workplace = w < 0.3 ? 'remote' : w < 0.65 ? 'hybrid' : 'onsite';
    const home = pick(rng, CITIES);
    const data: JobData = {
      title,
      company: company.id,
      skills: [...ids],
      summary: `${company.name} hires a ${title} in ${home.city}. ${sentence(rng, 8, 14)}`
        .slice(0, 200)
        .trim(),
      datePosted: validThrough !== undefined && validThrough < datePosted ? validThrough : datePosted,
      workplace,
      locations: workplace === 'remote' ? [{ country: home.country }] : [home],
      employmentType: pick(rng, EMPLOYMENT_TYPES),
      seniority,
      draft: rng() < 0.01,
    };
    if (validThrough !== undefined) data.validThrough = validThrough;
    if (rng() < 0.6) data.apply = `https://${company.id}.example.com/jobs/${i}`;
    if (rng() < 0.4) {
      const min = int(rng, 30, 90) * 1000;
      data.salary = { min, max: min + int(rng, 5, 40) * 1000, currency: 'EUR', per: 'year' };
    }
    yield { id: `job-${String(i).padStart(width, '0')}`, data };
  }
}

/** A 300 to 600-word Markdown body with headings and lists. */
export function jobBody(job: GeneratedJob, seed = 1): string {
  const rng = mulberry32(seed ^ hash(job.id));
  const target = int(rng, 300, 600);
  const parts: string[] = [];
  let words = 0;
  const add = (text: string) => {
    parts.push(text);
    words += text.split(/\s+/).length;
  };
  const headings = ['About the role', 'What you will do', 'What you bring', 'How we work', 'Benefits'];
  let h = 0;
  while (words < target) {
    add(
      `## ${headings[h % headings.length]}${h >= headings.length ? ` ${Math.floor(h / headings.length) + 1}` : ''}`,
    );
    add(Array.from({ length: int(rng, 2, 4) }, () => sentence(rng, 10, 20)).join(' '));
    if (h % 2 === 1)
      add(Array.from({ length: int(rng, 3, 5) }, () => `- ${sentence(rng, 5, 10)}`).join('\n'));
    h++;
  }
  return parts.join('\n\n');
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** YAML-safe scalar: JSON strings are valid YAML. */
const q = (s: string) => JSON.stringify(s);

export function jobFile(job: GeneratedJob, seed = 1): string {
  const d = job.data;
  const lines = [
    '---',
    `title: ${q(d.title)}`,
    `company: ${d.company}`,
    `skills: [${d.skills.join(', ')}]`,
    `summary: ${q(d.summary)}`,
    `datePosted: ${d.datePosted}`,
  ];
  if (d.validThrough !== undefined) lines.push(`validThrough: ${d.validThrough}`);
  if (d.workplace !== undefined) lines.push(`workplace: ${d.workplace}`);
  if (d.locations !== undefined) {
    lines.push('locations:');
    for (const l of d.locations) {
      lines.push(
        l.city !== undefined
          ? `  - city: ${q(l.city)}\n    country: ${l.country}`
          : `  - country: ${l.country}`,
      );
    }
  }
  if (d.employmentType !== undefined) lines.push(`employmentType: ${d.employmentType}`);
  if (d.seniority !== undefined) lines.push(`seniority: ${d.seniority}`);
  if (d.apply !== undefined) lines.push(`apply: ${q(d.apply)}`);
  if (d.salary !== undefined) {
    const s = d.salary;
    lines.push(`salary:\n  min: ${s.min}\n  max: ${s.max}\n  currency: ${s.currency}\n  per: ${s.per}`);
  }
  if (d.draft) lines.push('draft: true');
  lines.push('---', '', jobBody(job, seed), '');
  return lines.join('\n');
}

/** A full guide for a skill (the skill page's heaviest content), as MDX. */
export function guideFile(skill: SkillData, seed = 1): string {
  const rng = mulberry32(seed ^ hash(skill.id));
  const sections = [
    'Why it matters',
    'Core concepts',
    'Tools of the trade',
    'Career paths',
    'Getting started',
  ];
  const body = sections
    .map(
      (s) =>
        `## ${s}\n\n${Array.from({ length: 4 }, () => sentence(rng, 14, 24)).join(' ')}\n\n` +
        Array.from({ length: 4 }, () => `- **${pick(rng, WORDS)}:** ${sentence(rng, 8, 14)}`).join('\n'),
    )
    .join('\n\n');
  return [
    '---',
    `title: ${q(`Mastering ${skill.name}: a guide for tech careers`)}`,
    `description: ${q(`What ${skill.name} is, why teams hire for it and how to learn it.`)}`,
    `skill: ${skill.id}`,
    `datePublished: 2026-11-01`,
    '---',
    '',
    body,
    '',
  ].join('\n');
}

export interface WriteOptions {
  jobs: number;
  seed?: number;
  /** The content root to (re)create. */
  dir: string;
  /** How many skills get a guide (the first ones); default 5. */
  guides?: number;
  /**
   * A content tree whose guides replace the generated ones for the same skill, so the
   * skill-page budget measures the real back-end guide. Default: none.
   */
  realGuidesFrom?: string;
}

/** Writes the whole tree into `dir` (removed first). */
/** Writes the whole tree; resolves with the number of job files written. */
export function writeContent({ jobs: count, seed = 1, dir, guides = 5, realGuidesFrom }: WriteOptions): {
  jobs: number;
} {
  rmSync(dir, { recursive: true, force: true });
  for (const sub of ['companies', 'articles', 'jobs']) mkdirSync(path.join(dir, sub), { recursive: true });
  const skills = generateSkills();
  writeFileSync(
    path.join(dir, 'skills.yaml'),
    skills.map((s) => `- id: ${s.id}\n  name: ${q(s.name)}\n`).join(''),
  );
  for (const c of generateCompanies(seed)) {
    writeFileSync(
      path.join(dir, 'companies', `${c.id}.md`),
      `---\nname: ${q(c.name)}\nwebsite: ${q(c.website)}\n---\n\n${c.name} builds software.\n`,
    );
  }
  for (const skill of skills.slice(0, guides)) {
    const real = realGuidesFrom && path.join(realGuidesFrom, 'articles', `${skill.id}.mdx`);
    const text = real && existsSync(real) ? readFileSync(real, 'utf8') : guideFile(skill, seed);
    writeFileSync(path.join(dir, 'articles', `${skill.id}.mdx`), text);
  }
  let jobs = 0;
  for (const job of eachJob(count, seed)) {
    writeFileSync(path.join(dir, 'jobs', `${job.id}.md`), jobFile(job, seed));
    jobs++;
  }
  return { jobs };
}
