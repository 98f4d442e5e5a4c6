/**
 * The one module that reads the collections. The board is built once per build and
 * shared by every page, so no page scans all jobs on its own.
 */
import path from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { applyLink } from './apply';
import { buildBoard, similarJobs, type Board, type BoardJob } from './board';
import { buildDate } from './dates';
import { brokenMessage } from './devProblems';
import { buildFeeds, type Feeds } from './feeds';
import { MARKET_STEP, buildMarket, type Market } from './market';
import { buildOgCards, type OgCards } from './ogCards';
import { aliasMap, describeBrokenReference, findBrokenReferences } from './references';
import { jobIdClash } from './routes';
import { SITE } from './site';
import { recordTiming } from './timings';

export type JobEntry = CollectionEntry<'jobs'>;
export type CompanyEntry = CollectionEntry<'companies'>;
export type ArticleEntry = CollectionEntry<'articles'>;
export type SiteBoard = Board<JobEntry, CompanyEntry, ArticleEntry>;
export type Job = BoardJob<JobEntry, CompanyEntry>;

let board: Promise<SiteBoard> | undefined;

/** A content file `astro dev` could not use (see `src/lib/devProblems.ts`); never in a build. */
export interface BrokenEntry {
  collection: string;
  id: string;
  /** Absolute path of the file, when known. */
  filePath: string | undefined;
  /** The first complaint about it. */
  message: string;
}

let brokenEntries: BrokenEntry[] = [];

/** The files `astro dev` leaves out of the board, for their pages to explain. Empty in a build. */
export async function getBrokenEntries(): Promise<BrokenEntry[]> {
  await getBoard();
  return brokenEntries;
}

/** A broken dev entry's path, absolute. */
const absolute = (filePath: string | undefined) =>
  filePath === undefined ? undefined : path.resolve(filePath);

async function load(): Promise<SiteBoard> {
  const [allJobs, allCompanies, skills, allArticles] = await Promise.all([
    getCollection('jobs'),
    getCollection('companies'),
    getCollection('skills'),
    getCollection('articles'),
  ]);
  const broken: BrokenEntry[] = [];
  /** Leaves out the entries `problem` names a complaint for, and records them as broken. */
  const without = <E extends { id: string; data: unknown; filePath?: string | undefined }>(
    collection: string,
    entries: E[],
    problem: (e: E) => string | undefined,
  ) =>
    entries.filter((e) => {
      const message = problem(e);
      if (message !== undefined)
        broken.push({ collection, id: e.id, filePath: absolute(e.filePath), message });
      return message === undefined;
    });
  // Only `astro dev` stores broken files (as markers): leave them out of the board.
  const marker = (e: { data: unknown }) => brokenMessage(e.data);
  let jobs = without('jobs', allJobs, marker);
  const companies = without('companies', allCompanies, marker);
  let articles = without('articles', allArticles, marker);
  const brokenRefs = findBrokenReferences({
    jobs,
    articles,
    companyIds: new Set(companies.map((c) => c.id)),
    skillIds: new Set(skills.map((s) => s.id)),
    skillAliases: aliasMap(skills.map((s) => s.data)),
  });
  if (brokenRefs.length > 0) {
    if (!import.meta.env.DEV) {
      const lines = brokenRefs.map((b) => `  ${b.collection}/${b.id}: ${describeBrokenReference(b)}`);
      throw new Error(`Content refers to things that do not exist:\n${lines.join('\n')}`);
    }
    // `astro dev` serves the rest; the dev content check prints these, their pages explain.
    const bad = new Map(brokenRefs.map((b) => [`${b.collection}/${b.id}`, describeBrokenReference(b)]));
    jobs = without('jobs', jobs, (e) => bad.get(`jobs/${e.id}`));
    articles = without('articles', articles, (e) => bad.get(`articles/${e.id}`));
  }
  brokenEntries = broken;
  // The checker refuses these first; a build without it must too (they would overwrite pages).
  const clashes = jobs.flatMap((j) => {
    const clash = jobIdClash(j.id);
    return clash === undefined ? [] : [`  jobs/${j.id}: ${clash}; rename the file`];
  });
  if (clashes.length > 0) throw new Error(`Job ids that other pages use:\n${clashes.join('\n')}`);
  const built = buildBoard({
    jobs,
    companies,
    skills: skills.map((s) => s.data),
    articles,
    today: buildDate(),
    includeDrafts: import.meta.env.DEV,
  });
  // The checker refuses these first (scripts/lib/contentCheck.ts); a build without it must too.
  // `astro dev` shows such a job without an apply link; the dev content check reports it.
  const unappliable = built.openJobs.filter(
    (j) => !j.data.draft && applyLink({ job: j.data, company: j.company.data }) === undefined,
  );
  if (unappliable.length > 0 && !import.meta.env.DEV) {
    const lines = unappliable.map(
      (j) => `  jobs/${j.id}: no apply, and its company has no careers or website`,
    );
    throw new Error(`Open jobs nobody can apply to:\n${lines.join('\n')}`);
  }
  return built;
}

/** The board for this build: collections loaded, references checked, indexes built. */
export function getBoard(): Promise<SiteBoard> {
  board ??= load();
  return board;
}

let market: Promise<Market> | undefined;

/** The market statistics for this build, computed once from the board for every page. */
export function getMarket(): Promise<Market> {
  market ??= getBoard().then((b) => {
    const start = performance.now();
    const m = buildMarket(b);
    recordTiming(MARKET_STEP, performance.now() - start);
    return m;
  });
  return market;
}

let feeds: Feeds<Job> | undefined;

/** Every listing's feed for this build, built once from the board (one pass over the open jobs). */
export async function getFeeds(): Promise<Feeds<Job>> {
  const b = await getBoard();
  feeds ??= buildFeeds(b);
  return feeds;
}

let ogCards: Promise<OgCards> | undefined;

/** The link-preview cards of this build (`src/lib/ogCards.ts`), made once for every page. */
export function getOgCards(): Promise<OgCards> {
  ogCards ??= Promise.all([getBoard(), getMarket()]).then(([b, m]) =>
    buildOgCards(b, m, SITE, (id) => logoFile(b.companyById.get(id))),
  );
  return ogCards;
}

/** A company's logo file: the name its front matter gives, beside its file. */
function logoFile(company: CompanyEntry | undefined): string | undefined {
  const name = company?.data.logoFile;
  if (name === undefined || company?.filePath === undefined) return undefined;
  return path.join(path.dirname(path.resolve(company.filePath)), name);
}

// `astro dev` keeps this module between requests: drop what was built from the old content
// when a content file changes (Astro clears its route cache on the same event).
if (import.meta.hot) {
  import.meta.hot.on('astro:content-changed', () => {
    board = undefined;
    market = undefined;
    feeds = undefined;
    ogCards = undefined;
  });
}

/** Up to four open jobs like `job`. */
export function similarTo(b: SiteBoard, job: Job): Job[] {
  return similarJobs(b, job, SITE.similarJobs);
}
