import { describe, expect, test } from 'vitest';
import { feedItems, jsonFeed, rssChannel, rssItems, type FeedJob } from '@/lib/feeds';
import type { JobData } from '@/lib/schemas';
import { createUrls } from '@/lib/urls';

const urls = createUrls('/careers/', 'https://example.org');

const job = (id: string, open: boolean, data: Partial<JobData> = {}): FeedJob => ({
  id,
  open,
  data: {
    title: `Title ${id}`,
    company: 'acme',
    skills: ['go'],
    summary: `Summary ${id}.`,
    datePosted: '2026-11-02',
    draft: false,
    ...data,
  },
  company: { data: { name: 'Acme' } },
  skills: [{ name: 'Go' }],
  html: `<p>${id}</p>`,
});

describe('feedItems', () => {
  test('lists open jobs only, never closed ones or drafts', () => {
    const items = feedItems([job('a', true), job('b', false), job('c', true, { draft: true })], urls);
    expect(items.map((i) => i.id)).toEqual(['https://example.org/careers/jobs/a/']);
  });

  test('every URL is absolute and carries the base path', () => {
    const [item] = feedItems([job('a', true, { workplace: 'remote' })], urls);
    expect(item).toMatchObject({
      url: 'https://example.org/careers/jobs/a/',
      title: 'Title a at Acme',
      summary: 'Summary a. (Remote)',
      tags: ['Go'],
    });
  });
});

describe('rssItems and jsonFeed', () => {
  const items = feedItems([job('a', true)], urls);

  test('RSS items carry link, date and the body', () => {
    expect(rssItems(items)).toEqual([
      {
        title: 'Title a at Acme',
        link: 'https://example.org/careers/jobs/a/',
        description: 'Summary a.',
        pubDate: new Date('2026-11-02T00:00:00Z'),
        categories: ['Go'],
        content: '<p>a</p>',
      },
    ]);
  });

  test('the JSON Feed is version 1.1 with RFC 3339 dates', () => {
    const feed = jsonFeed({
      title: 'T',
      description: 'D',
      homePageUrl: urls.absolute(urls.home()),
      feedUrl: urls.absolute(urls.jobsJsonFeed()),
      language: 'en',
      items,
    });
    expect(feed).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      home_page_url: 'https://example.org/careers/',
      feed_url: 'https://example.org/careers/jobs/feed.json',
      items: [
        {
          id: 'https://example.org/careers/jobs/a/',
          content_html: '<p>a</p>',
          date_published: '2026-11-02T00:00:00.000Z',
        },
      ],
    });
  });
});

describe('rssChannel', () => {
  test('names the feed’s own address and language, escaped for XML', () => {
    const { xmlns, customData } = rssChannel('https://example.org/a?x=1&y="2"', 'en');
    expect(xmlns).toEqual({ atom: 'http://www.w3.org/2005/Atom' });
    expect(customData).toBe(
      '<language>en</language><atom:link href="https://example.org/a?x=1&amp;y=&quot;2&quot;" rel="self" type="application/rss+xml"/>',
    );
  });
});
