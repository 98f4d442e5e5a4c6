/**
 * The job feeds (RSS 2.0 and JSON Feed 1.1), as plain data built from open jobs only:
 * the endpoints in `src/pages` hand these to `@astrojs/rss` or `JSON.stringify`.
 * Every URL is absolute and carries the base path.
 */
import type { Day } from './dates';
import type { JobData } from './schemas';
import type { Urls } from './urls';
import { whereLabel } from './format';

export interface FeedJob {
  id: string;
  open: boolean;
  data: JobData;
  company: { data: { name: string } };
  skills: readonly { name: string }[];
  /**
   * The body as HTML, when a feed carries full content. The site's feeds do not: they
   * list every open job with its card sentence, and at 10,000 jobs full content would
   * make each feed tens of megabytes and a large share of the build.
   */
  html?: string | undefined;
}

export interface FeedItem {
  id: string;
  url: string;
  title: string;
  summary: string;
  contentHtml: string | undefined;
  datePublished: Day;
  tags: string[];
}

/** Midnight UTC of a day: the feed's publication time (jobs are posted on days, not hours). */
export function dayToDate(day: Day): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** One item per open job, in the given order; closed jobs never reach a feed. */
export function feedItems(jobs: readonly FeedJob[], urls: Urls): FeedItem[] {
  return jobs
    .filter((job) => job.open && !job.data.draft)
    .map((job) => {
      const where = whereLabel(job.data);
      return {
        id: urls.absolute(urls.job(job.id)),
        url: urls.absolute(urls.job(job.id)),
        title: `${job.data.title} at ${job.company.data.name}`,
        summary: where === '' ? job.data.summary : `${job.data.summary} (${where})`,
        contentHtml: job.html,
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
    ...(item.contentHtml !== undefined ? { content: item.contentHtml } : {}),
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
      ...(item.contentHtml !== undefined
        ? { content_html: item.contentHtml }
        : { content_text: item.summary }),
      date_published: dayToDate(item.datePublished).toISOString(),
      tags: item.tags,
    })),
  };
}
