/**
 * The static paths of every route, computed from the board once. Routes call these and
 * stay thin; page 1 of a listing has no number in its URL (`/jobs/`, then `/jobs/2/`).
 */
import { newestPosted, paginate, type Page } from './board';
import type { BrokenEntry, CompanyEntry, Job, SiteBoard } from './content';
import type { Feeds } from './feeds';
import type { OgCards } from './ogCards';
import { JOB_DOCUMENTS_FILE, jobDocuments, offerJobDocuments } from './jobDocument';
import type { SkillInfo } from './board';
import { ownPaths, urlKey } from './shard';
import { SITE } from './site';
import { countrySegment, urls as siteUrls, type Urls } from './urls';

/**
 * The paths whose pages this build's shard writes (all of them in a whole build): see
 * src/lib/shard.ts. `url` is the URL of the page or file a path renders.
 */
export function inShard<T>(paths: readonly T[], url: (path: T) => string): T[] {
  return ownPaths(paths, (p) => urlKey(url(p), siteUrls.base));
}

/** `undefined` for page 1 (`/jobs/`), `"2"` for `/jobs/2/`. */
export function pageParam(n: number): string | undefined {
  return n <= 1 ? undefined : String(n);
}

export function jobListingPaths(board: SiteBoard) {
  // Once for the listing, not once per page: per page it made the paths quadratic in the job
  // count (64 s of a 100,000-job build, before any page rendered).
  const modified = newestPosted(board.openJobs);
  const paths = paginate(board.openJobs, SITE.pageSize).map((page) => ({
    params: { page: pageParam(page.number) },
    props: { page, today: board.today, modified },
  }));
  return inShard(paths, (p) => siteUrls.jobs(p.props.page.number));
}

export function jobPaths(board: SiteBoard) {
  const paths = board.jobs.map((job) => ({ params: { id: job.id }, props: { job } }));
  return inShard(paths, (p) => siteUrls.job(p.params.id));
}

/** The broken job files `astro dev` explains at their job's URL (none in a build). */
export function brokenJobPaths(broken: readonly BrokenEntry[]) {
  return broken
    .filter((b) => b.collection === 'jobs')
    .map((b) => ({ params: { id: b.id }, props: { broken: b } }));
}

/**
 * Every job page's JSON document (closed jobs too), each checked against its schema, in the one
 * file the job-documents integration splits (see `src/lib/jobDocument.ts`).
 */
export function jobDocumentsPaths(board: SiteBoard, urls: Urls) {
  const documents = jobDocuments(board.jobs, urls);
  // Handed to the build's integration now, the file keeps none of them (it is deleted).
  const handedOver = offerJobDocuments(documents);
  return [
    {
      params: { jobDocuments: JOB_DOCUMENTS_FILE.replace(/\.json$/, '') },
      props: { documents: handedOver ? [] : documents },
    },
  ];
}

export interface SkillPageProps {
  skill: SkillInfo;
  page: Page<Job>;
  today: string;
  /** Newest job of the skill, or the guide's last change when that is later. */
  modified: string | undefined;
}

export function skillPaths(board: SiteBoard) {
  const paths = board.skills.flatMap((skill) => {
    const jobs = board.openBySkill.get(skill.id) ?? [];
    const guide = board.articleBySkill.get(skill.id)?.data;
    const guideDay = guide?.dateModified ?? guide?.datePublished;
    const newest = newestPosted(jobs);
    const modified =
      newest === undefined || (guideDay !== undefined && guideDay > newest) ? guideDay : newest;
    return paginate(jobs, SITE.pageSize).map((page) => ({
      params: { skill: skill.id, page: pageParam(page.number) },
      props: { skill, page, today: board.today, modified } satisfies SkillPageProps,
    }));
  });
  return inShard(paths, (p) => siteUrls.skill(p.params.skill, p.props.page.number));
}

/** One RSS feed per skill, listed even when the skill has no open job right now. */
export function skillFeedPaths(feeds: Feeds<Job>) {
  const paths = feeds.skills.map((listing) => ({ params: { skill: listing.key }, props: { listing } }));
  return inShard(paths, (p) => siteUrls.skillRss(p.params.skill));
}

/** One RSS feed per company, likewise. */
export function companyFeedPaths(feeds: Feeds<Job>) {
  const paths = feeds.companies.map((listing) => ({ params: { company: listing.key }, props: { listing } }));
  return inShard(paths, (p) => siteUrls.companyRss(p.params.company));
}

/** One RSS feed per country with open jobs; the code is lowercase in the URL (`/jobs/country/de/`). */
export function countryFeedPaths(feeds: Feeds<Job>) {
  const paths = feeds.countries.map((listing) => ({
    params: { country: countrySegment(listing.key) },
    props: { listing },
  }));
  return inShard(paths, (p) => siteUrls.countryRss(p.props.listing.key));
}

export interface CompanyPageProps {
  company: CompanyEntry;
  page: Page<Job>;
  closed: Job[];
  today: string;
  modified: string | undefined;
}

export function companyPaths(board: SiteBoard) {
  const paths = board.companies.flatMap((company) => {
    const { open, closed } = board.jobsByCompany.get(company.id)!;
    const modified = newestPosted(open);
    return paginate(open, SITE.pageSize).map((page) => ({
      params: { company: company.id, page: pageParam(page.number) },
      props: {
        company,
        page,
        // Closed jobs keep their pages; the most recent are listed once, on page 1.
        closed: page.number === 1 ? closed.slice(0, SITE.pageSize) : [],
        today: board.today,
        modified,
      } satisfies CompanyPageProps,
    }));
  });
  return inShard(paths, (p) => siteUrls.company(p.params.company, p.props.page.number));
}

/** One PNG per link-preview card: `/og/skills/go.png`. */
export function ogCardPaths(cards: OgCards) {
  return ownOgCards(cards).map((card) => ({ params: { card: card.key }, props: { card } }));
}

/** The link-preview cards whose PNGs this build's shard draws (all of them in a whole build). */
export function ownOgCards(cards: OgCards) {
  return inShard(cards.all, (card) => siteUrls.ogImage(card.key));
}
