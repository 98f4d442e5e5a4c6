import { describe, expect, test } from 'vitest';
import { createUrls, normaliseBase, urlTemplate } from '@/lib/urls';

describe('createUrls', () => {
  test('builds every page URL with a trailing slash at the root', () => {
    const u = createUrls('/');
    expect(u.home()).toBe('/');
    expect(u.jobs()).toBe('/jobs/');
    expect(u.jobs(1)).toBe('/jobs/');
    expect(u.jobs(2)).toBe('/jobs/2/');
    expect(u.job('sap-senior-full-stack-developer')).toBe('/jobs/sap-senior-full-stack-developer/');
    expect(u.skill('go')).toBe('/skills/go/');
    expect(u.skill('go', 3)).toBe('/skills/go/3/');
    expect(u.company('sap')).toBe('/companies/sap/');
    expect(u.search('go lang')).toBe('/search/?q=go%20lang');
    expect(u.path('jobs/rss.xml')).toBe('/jobs/rss.xml');
  });

  test('puts the base path in front of every URL', () => {
    const u = createUrls('/careers');
    expect(u.home()).toBe('/careers/');
    expect(u.jobs(2)).toBe('/careers/jobs/2/');
    expect(u.job('a')).toBe('/careers/jobs/a/');
    expect(u.skills()).toBe('/careers/skills/');
    expect(u.companies()).toBe('/careers/companies/');
    expect(u.path('/pagefind/')).toBe('/careers/pagefind/');
  });

  test('normalises any spelling of the base', () => {
    expect(['careers', '/careers', 'careers/', '//careers//'].map(normaliseBase)).toEqual(
      Array(4).fill('/careers/'),
    );
    expect(normaliseBase('')).toBe('/');
  });

  test('escapes ids so a URL cannot be broken by one', () => {
    expect(createUrls('/').job('a b?c')).toBe('/jobs/a%20b%3Fc/');
  });
});

describe('absolute URLs', () => {
  const u = createUrls('/careers/', 'https://example.org');

  test('carry the origin and the base', () => {
    expect(u.absolute(u.job('a'))).toBe('https://example.org/careers/jobs/a/');
    expect(u.absolute(u.jobsRss())).toBe('https://example.org/careers/jobs/rss.xml');
    expect(u.absolute(u.jobsJsonFeed())).toBe('https://example.org/careers/jobs/feed.json');
    expect(u.absolute(u.skillRss('go'))).toBe('https://example.org/careers/skills/go/rss.xml');
  });

  test('every listing’s feed, a job’s JSON, its schema and llms.txt carry the origin and the base', () => {
    expect(
      [
        u.companyRss('acme'),
        u.remoteRss(),
        u.countryRss('DE'),
        u.jobJson('a'),
        u.jobSchema(),
        u.llmsTxt(),
      ].map((p) => u.absolute(p)),
    ).toEqual([
      'https://example.org/careers/companies/acme/rss.xml',
      'https://example.org/careers/jobs/remote/rss.xml',
      'https://example.org/careers/jobs/country/de/rss.xml',
      'https://example.org/careers/jobs/a.json',
      'https://example.org/careers/schemas/job.json',
      'https://example.org/careers/llms.txt',
    ]);
  });

  test('a URL template keeps its braces and the base', () => {
    expect(urlTemplate(u.jobJson, 'id')).toBe('/careers/jobs/{id}.json');
    expect(urlTemplate(u.skillRss, 'skill')).toBe('/careers/skills/{skill}/rss.xml');
    expect(urlTemplate((v) => u.absolute(u.job(v)), 'id')).toBe('https://example.org/careers/jobs/{id}/');
  });

  test('the search template keeps its braces', () => {
    expect(u.searchTemplate()).toBe('https://example.org/careers/search/?q={search_term_string}');
  });
});
