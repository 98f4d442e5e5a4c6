import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { jobIdClash } from '@/lib/routes';
import { createUrls } from '@/lib/urls';

describe('jobIdClash', () => {
  test('refuses ids that are page numbers of the job list', () => {
    expect(jobIdClash('2')).toBe('/jobs/2/ is page 2 of the job list');
    expect(jobIdClash('2026')).toMatch(/page 2026/);
  });
  test('refuses ids whose pages or JSON documents other routes use', () => {
    const urls = createUrls('/');
    // A job "feed" would have its JSON document at the JSON Feed's address.
    expect(urls.jobJson('feed')).toBe(urls.jobsJsonFeed());
    expect(jobIdClash('feed')).toMatch(/JSON Feed/);
    expect(urls.remoteRss().startsWith(urls.job('remote'))).toBe(true);
    expect(urls.countryRss('DE').startsWith(urls.job('country'))).toBe(true);
  });
  test('refuses the name of every route file and folder under src/pages/jobs/', () => {
    // `feed.json.ts` serves /jobs/feed.json, `remote/` serves /jobs/remote/…: a job named so would collide.
    const taken = readdirSync('src/pages/jobs')
      .filter((name) => !/^[[_]/.test(name))
      .map((name) => name.split('.')[0]!);
    expect(taken).toEqual(expect.arrayContaining(['country', 'feed', 'remote', 'rss']));
    expect(taken.filter((id) => jobIdClash(id) === undefined)).toEqual([]);
  });
  test('accepts ordinary ids, digits included', () => {
    expect(jobIdClash('acme-go-developer-2')).toBeUndefined();
    expect(jobIdClash('2nd-line-support')).toBeUndefined();
  });
});
