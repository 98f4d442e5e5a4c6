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

/** A zeroed counter per board, reused by every `similarJobs` call (one per job page). */
const sharedCounts = new WeakMap<object, Uint16Array>();

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
  let counts = sharedCounts.get(board);
  if (counts === undefined || counts.length < board.jobs.length) {
    counts = new Uint16Array(board.jobs.length);
    sharedCounts.set(board, counts);
  }
  const touched: number[] = [];
  for (const skill of job.skills) {
    for (const other of board.openBySkill.get(skill.id) ?? []) {
      if (other !== job && counts[other.index]!++ === 0) touched.push(other.index);
    }
  }
  // More shared skills first; equal counts keep board order (newest first).
  const better = (a: number, b: number) => counts[a]! > counts[b]! || (counts[a] === counts[b] && a < b);
  const top: number[] = [];
  for (const i of touched) {
    if (top.length < limit) top.push(i);
    else if (better(i, top[limit - 1]!)) top[limit - 1] = i;
    else continue;
    for (let p = top.length - 1; p > 0 && better(top[p]!, top[p - 1]!); p--) {
      [top[p], top[p - 1]] = [top[p - 1]!, top[p]!];
    }
  }
  for (const i of touched) counts[i] = 0;
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
