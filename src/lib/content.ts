/**
 * The one module that reads the collections. The board is built once per build and
 * shared by every page, so no page scans all jobs on its own.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildBoard, similarJobs, type Board, type BoardJob } from './board';
import { buildDate } from './dates';
import { describeBrokenReference, findBrokenReferences } from './references';
import { SITE } from './site';

export type JobEntry = CollectionEntry<'jobs'>;
export type CompanyEntry = CollectionEntry<'companies'>;
export type ArticleEntry = CollectionEntry<'articles'>;
export type SiteBoard = Board<JobEntry, CompanyEntry, ArticleEntry>;
export type Job = BoardJob<JobEntry, CompanyEntry>;

let board: Promise<SiteBoard> | undefined;

async function load(): Promise<SiteBoard> {
  const [jobs, companies, skills, articles] = await Promise.all([
    getCollection('jobs'),
    getCollection('companies'),
    getCollection('skills'),
    getCollection('articles'),
  ]);
  const broken = findBrokenReferences({
    jobs,
    articles,
    companyIds: new Set(companies.map((c) => c.id)),
    skillIds: new Set(skills.map((s) => s.id)),
  });
  if (broken.length > 0) {
    const lines = broken.map((b) => `  ${b.collection}/${b.id}: ${describeBrokenReference(b)}`);
    throw new Error(`Content refers to things that do not exist:\n${lines.join('\n')}`);
  }
  return buildBoard({
    jobs,
    companies,
    skills: skills.map((s) => s.data),
    articles,
    today: buildDate(),
    includeDrafts: import.meta.env.DEV,
  });
}

/** The board for this build: collections loaded, references checked, indexes built. */
export function getBoard(): Promise<SiteBoard> {
  board ??= load();
  return board;
}

/** Up to four open jobs like `job`. */
export function similarTo(b: SiteBoard, job: Job): Job[] {
  return similarJobs(b, job, SITE.similarJobs);
}
