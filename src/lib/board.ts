/**
 * The job board's rules, as pure functions over plain data: open and closed, drafts,
 * newest-first order, the skill -> jobs and company -> jobs indexes, similar jobs and
 * pagination. `src/lib/content.ts` feeds it Astro's collections once per build; unit
 * tests feed it plain objects.
 */
import type { Day } from './dates';
import type { JobData } from './schemas';

export interface SkillInfo {
  id: string;
  name: string;
  aliases: readonly string[];
}

export interface CompanyInfo {
  id: string;
  data: { name: string; website?: string | undefined };
}

/** What the board needs of a job entry; Astro's entries carry more, and keep it. */
export interface JobInput {
  id: string;
  data: JobData;
}

export interface ArticleInput {
  id: string;
  data: { skill: string; draft: boolean };
}

export interface BoardJob<J extends JobInput = JobInput, C extends CompanyInfo = CompanyInfo> {
  id: string;
  entry: J;
  data: JobData;
  company: C;
  skills: SkillInfo[];
  open: boolean;
  /** Position in `board.jobs`, for the similarity index. */
  index: number;
}

export interface CompanyJobs<J extends JobInput, C extends CompanyInfo> {
  open: BoardJob<J, C>[];
  closed: BoardJob<J, C>[];
}

export interface Board<
  J extends JobInput = JobInput,
  C extends CompanyInfo = CompanyInfo,
  A extends ArticleInput = ArticleInput,
> {
  today: Day;
  /** Every published job (drafts too when `includeDrafts`), newest first. */
  jobs: BoardJob<J, C>[];
  /** The open ones, newest first: every listing and count uses these. */
  openJobs: BoardJob<J, C>[];
  jobById: Map<string, BoardJob<J, C>>;
  /** Skills by display name. */
  skills: SkillInfo[];
  skillById: Map<string, SkillInfo>;
  /** Open jobs per skill id, newest first. */
  openBySkill: Map<string, BoardJob<J, C>[]>;
  /** Companies by name. */
  companies: C[];
  companyById: Map<string, C>;
  jobsByCompany: Map<string, CompanyJobs<J, C>>;
  /** The published guide for a skill id. */
  articleBySkill: Map<string, A>;
  articles: A[];
}

/** A job is open through its `validThrough` day and closed from the next day on. */
export function isOpen(job: { validThrough?: Day | undefined }, today: Day): boolean {
  return job.validThrough === undefined || job.validThrough >= today;
}

/** Newest first; equal days by title, then id, so every build orders the same way. */
export function newestFirst(a: BoardJob, b: BoardJob): number {
  if (a.data.datePosted !== b.data.datePosted) {
    return a.data.datePosted < b.data.datePosted ? 1 : -1;
  }
  return a.data.title.localeCompare(b.data.title, 'en') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export interface BoardInput<J extends JobInput, C extends CompanyInfo, A extends ArticleInput> {
  jobs: readonly J[];
  companies: readonly C[];
  skills: readonly SkillInfo[];
  articles: readonly A[];
  today: Day;
  /** `astro dev` shows drafts (with a badge); builds leave them out. */
  includeDrafts?: boolean;
}

/**
 * Builds every index once. References must already be checked
 * (`findBrokenReferences`): a job whose company or skill is unknown throws here.
 */
export function buildBoard<J extends JobInput, C extends CompanyInfo, A extends ArticleInput>(
  input: BoardInput<J, C, A>,
): Board<J, C, A> {
  const { today, includeDrafts = false } = input;
  const skillById = new Map(input.skills.map((s) => [s.id, s]));
  const companyById = new Map(input.companies.map((c) => [c.id, c]));

  const jobs: BoardJob<J, C>[] = [];
  for (const entry of input.jobs) {
    if (entry.data.draft && !includeDrafts) continue;
    const company = companyById.get(entry.data.company);
    if (company === undefined) {
      throw new Error(`jobs/${entry.id}: company "${entry.data.company}" does not exist`);
    }
    const skills = entry.data.skills.map((id) => {
      const skill = skillById.get(id);
      if (skill === undefined) throw new Error(`jobs/${entry.id}: skill "${id}" does not exist`);
      return skill;
    });
    jobs.push({
      id: entry.id,
      entry,
      data: entry.data,
      company,
      skills,
      open: isOpen(entry.data, today),
      index: 0,
    });
  }
  jobs.sort(newestFirst);
  jobs.forEach((job, i) => (job.index = i));

  const openJobs = jobs.filter((j) => j.open);
  const openBySkill = new Map<string, BoardJob<J, C>[]>(input.skills.map((s) => [s.id, []]));
  for (const job of openJobs) {
    for (const skill of job.skills) openBySkill.get(skill.id)!.push(job);
  }

  const jobsByCompany = new Map<string, CompanyJobs<J, C>>(
    input.companies.map((c) => [c.id, { open: [], closed: [] }]),
  );
  for (const job of jobs) {
    const list = jobsByCompany.get(job.company.id)!;
    (job.open ? list.open : list.closed).push(job);
  }

  const articles = input.articles.filter((a) => includeDrafts || !a.data.draft);
  const articleBySkill = new Map(articles.map((a) => [a.data.skill, a]));

  const byName = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' });
  return {
    today,
    jobs,
    openJobs,
    jobById: new Map(jobs.map((j) => [j.id, j])),
    skills: [...input.skills].sort((a, b) => byName(a.name, b.name)),
    skillById,
    openBySkill,
    companies: [...input.companies].sort((a, b) => byName(a.data.name, b.data.name)),
    companyById,
    jobsByCompany,
    articleBySkill,
    articles,
  };
}

/**
 * What every `similarJobs` call on a board shares (one call per job page, so thousands):
 * each skill's open jobs as an array of `BoardJob.index`es, and a zeroed counter and
 * scratch list as long as the board. Plain typed arrays keep the inner loop free of
 * object property reads and map lookups: at 10,000 jobs it runs some 12 million times
 * per build.
 */
interface SimilarScratch {
  openIndexesBySkill: Map<string, Int32Array>;
  counts: Uint16Array;
  touched: Int32Array;
}

const scratchByBoard = new WeakMap<object, SimilarScratch>();

function similarScratch(board: Board<JobInput, CompanyInfo, ArticleInput>): SimilarScratch {
  let scratch = scratchByBoard.get(board);
  if (scratch === undefined) {
    const openIndexesBySkill = new Map<string, Int32Array>();
    for (const [skill, jobs] of board.openBySkill)
      openIndexesBySkill.set(
        skill,
        Int32Array.from(jobs, (j) => j.index),
      );
    const size = board.jobs.length;
    scratch = { openIndexesBySkill, counts: new Uint16Array(size), touched: new Int32Array(size) };
    scratchByBoard.set(board, scratch);
  }
  return scratch;
}

/**
 * Up to `limit` open jobs most like `job`: most shared skills first, then newest.
 * Candidates come from the skill -> open jobs index, so the cost is the length of the
 * job's skill lists, never all pairs of jobs. Counts live in a typed array indexed by
 * `BoardJob.index` and the best `limit` are kept by insertion, so no candidate map is
 * built and sorted per page.
 */
export function similarJobs<J extends JobInput, C extends CompanyInfo>(
  board: Board<J, C, ArticleInput>,
  job: BoardJob<J, C>,
  limit: number,
): BoardJob<J, C>[] {
  if (limit < 1) return [];
  const { openIndexesBySkill, counts, touched } = similarScratch(board);
  const self = job.index;
  let n = 0;
  for (const skill of job.skills) {
    const list = openIndexesBySkill.get(skill.id);
    if (list === undefined) continue;
    for (let k = 0; k < list.length; k++) {
      const i = list[k]!;
      if (i !== self && counts[i]!++ === 0) touched[n++] = i;
    }
  }
  // Fewer shared skills ranks lower; board order is newest first, so among equal counts
  // the higher index ranks lower.
  const ranksBelow = (a: number, b: number) => counts[a]! < counts[b]! || (counts[a] === counts[b] && a > b);
  const top: number[] = [];
  for (let t = 0; t < n; t++) {
    const i = touched[t]!;
    if (top.length === limit) {
      if (ranksBelow(i, top[limit - 1]!)) continue;
      top.pop();
    }
    let p = top.length;
    while (p > 0 && !ranksBelow(i, top[p - 1]!)) p--;
    top.splice(p, 0, i);
  }
  for (let t = 0; t < n; t++) counts[touched[t]!] = 0;
  return top.map((i) => board.jobs[i]!);
}

/** The newest `datePosted` of a listing (the sitemap's lastmod for it), or none when empty. */
export function newestPosted(jobs: readonly { data: { datePosted: Day } }[]): Day | undefined {
  let newest: Day | undefined;
  for (const job of jobs)
    if (newest === undefined || job.data.datePosted > newest) newest = job.data.datePosted;
  return newest;
}

export interface Page<T> {
  /** 1-based page number. */
  number: number;
  /** How many pages the listing has (at least 1, so an empty listing still has a page). */
  total: number;
  items: T[];
  /** Items on all pages. */
  count: number;
}

/** Splits a listing into pages of `size` (page 1 always exists, even when empty). */
export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  if (!Number.isInteger(size) || size < 1)
    throw new Error(`page size must be a positive integer, not ${size}`);
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, i) => ({
    number: i + 1,
    total,
    items: items.slice(i * size, (i + 1) * size),
    count: items.length,
  }));
}

/** Text for comparing: Markdown markers and runs of white space dropped. */
function plain(text: string): string {
  return text
    .replace(/[*_`#>]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * True when a job's description already says its card sentence (the page then prints it
 * once). Asked once per job, when the content layer loads it (`src/content.config.ts`).
 */
export function bodyRepeatsSummary(body: string, summary: string): boolean {
  const sentence = plain(summary);
  return sentence !== '' && plain(body).includes(sentence);
}
