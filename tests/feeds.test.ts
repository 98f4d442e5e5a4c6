import { getRssString } from '@astrojs/rss';
import { parseRssFeed } from 'feedsmith';
import { describe, expect, test } from 'vitest';
import { buildBoard } from '@/lib/board';
import { addDays } from '@/lib/dates';
import {
  buildFeeds,
  feedItems,
  followText,
  jsonFeed,
  rssChannel,
  rssFeed,
  type FeedJob,
  type FeedListing,
} from '@/lib/feeds';
import type { JobData } from '@/lib/schemas';
import { createUrls } from '@/lib/urls';
import { companies, makeJob, skills } from './helpers';

const urls = createUrls('/careers/', 'https://example.org');
const TODAY = '2026-11-20';

const board = (jobs: ReturnType<typeof makeJob>[]) =>
  buildBoard({ jobs, companies, skills, articles: [], today: TODAY });

const ids = (listing: FeedListing<{ id: string }>) => listing.jobs.map((j) => j.id);

/** One of each: on-site in Berlin, remote from Germany or Austria, closed in Lisbon, a draft. */
const mixed = board([
  makeJob('berlin-go', {
    company: 'acme',
    skills: ['go'],
    datePosted: '2026-11-10',
    workplace: 'onsite',
    locations: [{ city: 'Berlin', country: 'DE' }],
  }),
  makeJob('remote-python', {
    company: 'globex',
    skills: ['python', 'go'],
    datePosted: '2026-11-12',
    workplace: 'remote',
    locations: [{ country: 'DE' }, { country: 'AT' }],
  }),
  makeJob('closed-rust', {
    company: 'acme',
    skills: ['rust', 'go'],
    datePosted: '2026-10-01',
    validThrough: '2026-11-19',
    workplace: 'remote',
    locations: [{ city: 'Lisbon', country: 'PT' }],
  }),
  makeJob('draft-go', { skills: ['go'], draft: true, locations: [{ country: 'ES' }] }),
]);

describe('buildFeeds', () => {
  const feeds = buildFeeds(mixed);

  test('the board’s feed lists its open jobs newest first, never a closed job or a draft', () => {
    expect(ids(feeds.all)).toEqual(['remote-python', 'berlin-go']);
  });

  test('a skill’s feed lists its open jobs; a skill with none still has an empty feed', () => {
    const bySkill = Object.fromEntries(feeds.skills.map((l) => [l.key, ids(l)]));
    expect(bySkill).toEqual({
      go: ['remote-python', 'berlin-go'],
      python: ['remote-python'],
      rust: [],
      sql: [],
    });
  });

  test('a company’s feed lists its open jobs only', () => {
    const byCompany = Object.fromEntries(feeds.companies.map((l) => [l.key, ids(l)]));
    expect(byCompany).toEqual({ acme: ['berlin-go'], globex: ['remote-python'] });
  });

  test('the remote feed lists open remote jobs only', () => {
    expect(ids(feeds.remote)).toEqual(['remote-python']);
  });

  test('a country’s feed lists jobs there and remote jobs open to it; countries with no open job have none', () => {
    expect(feeds.countries.map((c) => [c.key, c.name, ids(c)])).toEqual([
      ['AT', 'Austria', ['remote-python']],
      ['DE', 'Germany', ['remote-python', 'berlin-go']],
    ]);
  });

  test('a job that names a country twice is listed once in it; a remote job naming none is in no country', () => {
    const feeds = buildFeeds(
      board([
        makeJob('two-cities', {
          locations: [
            { city: 'Berlin', country: 'DE' },
            { city: 'Munich', country: 'DE' },
          ],
        }),
        makeJob('anywhere', { workplace: 'remote' }),
      ]),
    );
    expect(feeds.countries.map((c) => [c.key, ids(c)])).toEqual([['DE', ['two-cities']]]);
    expect(ids(feeds.remote)).toEqual(['anywhere']);
  });

  test('every feed holds at most the 50 newest jobs of its listing', () => {
    // 60 open remote Go jobs at Acme in Germany, one a day: every listing has more than 50.
    const many = Array.from({ length: 60 }, (_, i) =>
      makeJob(`job-${String(i).padStart(2, '0')}`, {
        datePosted: addDays('2026-09-01', i),
        workplace: 'remote',
        locations: [{ country: 'DE' }],
      }),
    );
    const feeds = buildFeeds(board(many));
    const newest50 = many
      .slice(10)
      .reverse()
      .map((j) => j.id);
    const go = feeds.skills.find((l) => l.key === 'go')!;
    const acme = feeds.companies.find((l) => l.key === 'acme')!;
    for (const listing of [feeds.all, feeds.remote, go, acme, feeds.countries[0]!]) {
      expect(ids(listing), listing.kind).toEqual(newest50);
    }
  });
});

describe('feed items', () => {
  const item = (data: Partial<JobData>) =>
    feedItems(
      board([makeJob('a', { title: 'Go Engineer', summary: 'Builds things.', ...data })]).openJobs,
      urls,
    )[0]!;

  test('an item names the job, its company, place, workplace and salary, and links the job page', () => {
    expect(
      item({
        datePosted: '2026-11-02',
        skills: ['go', 'sql'],
        workplace: 'onsite',
        locations: [{ city: 'Madrid', country: 'ES' }],
        salary: { min: 70000, max: 90000, currency: 'EUR', per: 'year' },
      }),
    ).toEqual({
      id: 'https://example.org/careers/jobs/a/',
      url: 'https://example.org/careers/jobs/a/',
      title: 'Go Engineer at Acme',
      summary: 'Acme · Madrid, Spain · On-site · €70k–90k a year. Builds things.',
      datePublished: '2026-11-02',
      tags: ['GO', 'SQL'],
    });
  });

  test('a remote job says "Remote" once; a job without place or salary says what its card says', () => {
    expect(item({ workplace: 'remote', locations: [{ country: 'DE' }] }).summary).toBe(
      'Acme · Remote (Germany). Builds things.',
    );
    expect(item({}).summary).toBe('Acme · Location not stated. Builds things.');
    expect(item({ workplace: 'hybrid' }).summary).toBe('Acme · Location not stated · Hybrid. Builds things.');
  });
});

describe('rssFeed', () => {
  const feeds = buildFeeds(mixed);

  test('is valid RSS 2.0 that names its own address, its page and its items', async () => {
    const germany = feeds.countries.find((c) => c.key === 'DE')!;
    const xml = await getRssString(rssFeed(germany, urls));
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><rss version="2.0"/);
    const parsed = parseRssFeed(xml);
    expect(parsed.title).toBe('Skillboard: open jobs in Germany');
    expect(parsed.link).toBe('https://example.org/careers/jobs/');
    expect(parsed.atom?.links).toEqual([
      {
        href: 'https://example.org/careers/jobs/country/de/rss.xml',
        rel: 'self',
        type: 'application/rss+xml',
      },
    ]);
    expect(parsed.items?.map((i) => [i.title, i.link])).toEqual([
      ['remote-python at Globex', 'https://example.org/careers/jobs/remote-python/'],
      ['berlin-go at Acme', 'https://example.org/careers/jobs/berlin-go/'],
    ]);
    expect(parsed.items?.[0]?.description).toBe('Globex · Remote (Germany; Austria). A job.');
  });

  test('each kind of listing has its own title, page and address', () => {
    const channel = (l: FeedListing<FeedJob> | undefined) => {
      const f = rssFeed(l!, urls);
      return [f.title, f.site, /href="([^"]+)"/.exec(f.customData)![1]];
    };
    expect(channel(feeds.all)).toEqual([
      'Skillboard: open jobs',
      'https://example.org/careers/jobs/',
      'https://example.org/careers/jobs/rss.xml',
    ]);
    expect(channel(feeds.remote)).toEqual([
      'Skillboard: open remote jobs',
      'https://example.org/careers/jobs/',
      'https://example.org/careers/jobs/remote/rss.xml',
    ]);
    expect(channel(feeds.skills.find((s) => s.key === 'go'))).toEqual([
      'Skillboard: open GO jobs',
      'https://example.org/careers/skills/go/',
      'https://example.org/careers/skills/go/rss.xml',
    ]);
    expect(channel(feeds.companies.find((s) => s.key === 'globex'))).toEqual([
      'Skillboard: open jobs at Globex',
      'https://example.org/careers/companies/globex/',
      'https://example.org/careers/companies/globex/rss.xml',
    ]);
  });

  test('a follow link names its listing', () => {
    expect(followText({ kind: 'skill', name: 'Go' })).toBe('Follow Go jobs (RSS)');
    expect(followText({ kind: 'company', name: 'Acme' })).toBe('Follow jobs at Acme (RSS)');
    expect(followText({ kind: 'country', name: 'Germany' })).toBe('Follow jobs in Germany (RSS)');
  });
});

describe('jsonFeed', () => {
  test('is JSON Feed 1.1 with RFC 3339 dates and the items’ text', () => {
    const feed = jsonFeed({
      title: 'T',
      description: 'D',
      homePageUrl: urls.absolute(urls.jobs()),
      feedUrl: urls.absolute(urls.jobsJsonFeed()),
      language: 'en',
      items: feedItems(buildFeeds(mixed).all.jobs, urls),
    });
    expect(feed).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      home_page_url: 'https://example.org/careers/jobs/',
      feed_url: 'https://example.org/careers/jobs/feed.json',
      items: [
        {
          id: 'https://example.org/careers/jobs/remote-python/',
          content_text: 'Globex · Remote (Germany; Austria). A job.',
          date_published: '2026-11-12T00:00:00.000Z',
        },
        { id: 'https://example.org/careers/jobs/berlin-go/' },
      ],
    });
    expect(feed.items).toHaveLength(2);
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
