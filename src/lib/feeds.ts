/**
 * The job feeds, one per listing (the board, each skill, each company, remote jobs, each
 * country), as plain data built from the board once per build. The endpoints in
 * `src/pages` hand them to `@astrojs/rss` or `JSON.stringify`. Every URL is absolute and
 * carries the base path.
 *
 * A feed holds its listing's newest open jobs, at most `SITE.feedItems`: a reader's feed
 * program polls it and remembers what it has seen, so older jobs would only add weight
 * (the board's feed would otherwise list every open job: some 4 MB at 10,000 jobs).
 */
import type { ArticleInput, Board, BoardJob, CompanyInfo, JobInput } from './board';
import type { Day } from './dates';
import { WORKPLACE_LABEL, countryName, placeText, salaryShort } from './format';
import type { JobData } from './schemas';
import { SITE } from './site';
import type { Urls } from './urls';

/** What a feed item needs of a job. */
export interface FeedJob {
  id: string;
  data: JobData;
  company: { data: { name: string } };
  skills: readonly { name: string }[];
}

export type ListingKind = 'all' | 'skill' | 'company' | 'remote' | 'country';

/** One listing's feed. */
export interface FeedListing<J> {
  kind: ListingKind;
  /** The skill or company id, or the country code (`DE`); empty for `all` and `remote`. */
  key: string;
  /** What a reader calls the listing: `Go`, `Acme Systems`, `Germany`; empty for `all` and `remote`. */
  name: string;
  /** Its newest open jobs, newest first, at most `SITE.feedItems`. */
  jobs: J[];
}

export interface Feeds<J> {
  all: FeedListing<J>;
  remote: FeedListing<J>;
  /** Every skill, even one with no open job now (its feed's address stays valid). */
  skills: FeedListing<J>[];
  /** Every company, likewise. */
  companies: FeedListing<J>[];
  /**
   * The countries with open jobs, by name: a job counts in each country it names, a remote
   * job in each country its applicants may live in (a remote job that names none is in the
   * remote feed only).
   */
  countries: FeedListing<J>[];
}

/**
 * Every listing's feed from the board: skill and company feeds are the heads of the
 * board's indexes; remote and country feeds come from one pass over the open jobs.
 */
export function buildFeeds<J extends JobInput, C extends CompanyInfo>(
  board: Board<J, C, ArticleInput>,
  size: number = SITE.feedItems,
): Feeds<BoardJob<J, C>> {
  const head = (jobs: readonly BoardJob<J, C>[]) => jobs.slice(0, size);
  const remote: BoardJob<J, C>[] = [];
  const byCountry = new Map<string, BoardJob<J, C>[]>();
  // openJobs is newest first, so each list is too; a full list takes no more.
  for (const job of board.openJobs) {
    if (job.data.workplace === 'remote' && remote.length < size) remote.push(job);
    const seen = new Set<string>();
    for (const { country } of job.data.locations ?? []) {
      if (seen.has(country)) continue;
      seen.add(country);
      let list = byCountry.get(country);
      if (list === undefined) byCountry.set(country, (list = []));
      if (list.length < size) list.push(job);
    }
  }
  const countries = [...byCountry]
    .map(([code, jobs]) => ({ kind: 'country' as const, key: code, name: countryName(code), jobs }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
  return {
    all: { kind: 'all', key: '', name: '', jobs: head(board.openJobs) },
    remote: { kind: 'remote', key: '', name: '', jobs: remote },
    skills: board.skills.map((s) => ({
      kind: 'skill',
      key: s.id,
      name: s.name,
      jobs: head(board.openBySkill.get(s.id) ?? []),
    })),
    companies: board.companies.map((c) => ({
      kind: 'company',
      key: c.id,
      name: c.data.name,
      jobs: head(board.jobsByCompany.get(c.id)?.open ?? []),
    })),
    countries,
  };
}

/** The listing in a phrase: `Go jobs`, `jobs at Acme Systems`, `remote jobs`, `jobs in Germany`. */
export function listingPhrase(listing: Pick<FeedListing<unknown>, 'kind' | 'name'>): string {
  switch (listing.kind) {
    case 'all':
      return 'jobs';
    case 'skill':
      return `${listing.name} jobs`;
    case 'company':
      return `jobs at ${listing.name}`;
    case 'remote':
      return 'remote jobs';
    case 'country':
      return `jobs in ${listing.name}`;
  }
}

/** A listing's visible follow link: `Follow Go jobs (RSS)`. */
export function followText(listing: Pick<FeedListing<unknown>, 'kind' | 'name'>): string {
  return `Follow ${listingPhrase(listing)} (RSS)`;
}

export interface FeedChannel {
  title: string;
  description: string;
  /** The page a reader opens from the feed (absolute). */
  pageUrl: string;
  /** The feed's own address (absolute). */
  feedUrl: string;
}

/** Title, description and addresses of a listing's RSS feed. */
export function feedChannel(listing: FeedListing<unknown>, urls: Urls): FeedChannel {
  const phrase = listingPhrase(listing);
  const description = `The newest open ${phrase} on ${SITE.title}, at most ${SITE.feedItems}.`;
  const [page, feed] = ((): [string, string] => {
    switch (listing.kind) {
      case 'all':
        return [urls.jobs(), urls.jobsRss()];
      case 'skill':
        return [urls.skill(listing.key), urls.skillRss(listing.key)];
      case 'company':
        return [urls.company(listing.key), urls.companyRss(listing.key)];
      case 'remote':
        return [urls.jobs(), urls.remoteRss()];
      case 'country':
        return [urls.jobs(), urls.countryRss(listing.key)];
    }
  })();
  return {
    title: `${SITE.title}: open ${phrase}`,
    description,
    pageUrl: urls.absolute(page),
    feedUrl: urls.absolute(feed),
  };
}

export interface FeedItem {
  id: string;
  url: string;
  title: string;
  /** The facts a card shows, then the card sentence: plain text. */
  summary: string;
  datePublished: Day;
  tags: string[];
}

/** Midnight UTC of a day: the feed's publication time (jobs are posted on days, not hours). */
export function dayToDate(day: Day): Date {
  return new Date(`${day}T00:00:00Z`);
}

/**
 * What a card says before its sentence: `Acme Systems · Lisbon, Portugal · Hybrid · €70k–90k a year`.
 * A remote job's place already reads `Remote (…)`, so its workplace is not said twice.
 */
export function itemFacts(job: FeedJob): string {
  const { data } = job;
  const place = placeText(data);
  return [
    job.company.data.name,
    place,
    data.workplace !== undefined && data.workplace !== 'remote' ? WORKPLACE_LABEL[data.workplace] : '',
    data.salary !== undefined ? salaryShort(data.salary) : '',
  ]
    .filter((part) => part !== '')
    .join(' · ');
}

/** One item per job, in the listing's order. */
export function feedItems(jobs: readonly FeedJob[], urls: Urls): FeedItem[] {
  return jobs.map((job) => {
    const url = urls.absolute(urls.job(job.id));
    return {
      id: url,
      url,
      title: `${job.data.title} at ${job.company.data.name}`,
      summary: `${itemFacts(job)}. ${job.data.summary}`,
      datePublished: job.data.datePosted,
      tags: job.skills.map((s) => s.name),
    };
  });
}

/** RSS items for `@astrojs/rss`. */
export function rssItems(items: readonly FeedItem[]) {
  return items.map((item) => ({
    title: item.title,
    link: item.url,
    description: item.summary,
    pubDate: dayToDate(item.datePublished),
    categories: item.tags,
  }));
}

/**
 * Channel extras for `@astrojs/rss`: the feed's own address (`atom:link rel="self"`, which
 * feed validators ask for) and its language.
 */
export function rssChannel(feedUrl: string, language: string) {
  const attr = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return {
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${attr(language)}</language><atom:link href="${attr(feedUrl)}" rel="self" type="application/rss+xml"/>`,
  };
}

/** Everything `@astrojs/rss` needs for a listing's feed. */
export function rssFeed(listing: FeedListing<FeedJob>, urls: Urls) {
  const channel = feedChannel(listing, urls);
  return {
    title: channel.title,
    description: channel.description,
    site: channel.pageUrl,
    ...rssChannel(channel.feedUrl, SITE.lang),
    items: rssItems(feedItems(listing.jobs, urls)),
  };
}

/** A JSON Feed 1.1 document (https://jsonfeed.org/version/1.1). */
export function jsonFeed(input: {
  title: string;
  description: string;
  homePageUrl: string;
  feedUrl: string;
  language: string;
  items: readonly FeedItem[];
}) {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: input.title,
    description: input.description,
    home_page_url: input.homePageUrl,
    feed_url: input.feedUrl,
    language: input.language,
    items: input.items.map((item) => ({
      id: item.id,
      url: item.url,
      title: item.title,
      summary: item.summary,
      content_text: item.summary,
      date_published: dayToDate(item.datePublished).toISOString(),
      tags: item.tags,
    })),
  };
}
