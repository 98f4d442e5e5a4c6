import { describe, expect, test } from 'vitest';
import type { JobData } from '@/lib/schemas';
import {
  article,
  breadcrumbList,
  endOfDay,
  jobPosting,
  jobPostingFor,
  jsonLdScript,
  webSite,
  type JobPostingInput,
} from '@/lib/structuredData';

const job = (data: Partial<JobData> = {}, extra: Partial<JobPostingInput> = {}): JobPostingInput => ({
  id: 'acme-go',
  data: {
    title: 'Go Developer',
    company: 'acme',
    skills: ['go'],
    summary: 'Build services in Go.',
    datePosted: '2026-11-01',
    draft: false,
    ...data,
  },
  company: { name: 'Acme', website: 'https://acme.example.com' },
  descriptionHtml: '<p>Build services in Go.</p>',
  url: 'https://example.org/careers/jobs/acme-go/',
  ...extra,
});

/** Google's required JobPosting properties, and the location rule. */
function expectGoogleRequired(p: Record<string, unknown>) {
  expect(p['@context']).toBe('https://schema.org');
  expect(p['@type']).toBe('JobPosting');
  for (const key of ['title', 'description', 'datePosted', 'hiringOrganization']) {
    expect(p[key], key).toBeTruthy();
  }
  const remote = p['jobLocationType'] === 'TELECOMMUTE';
  if (remote) expect(p['applicantLocationRequirements']).toBeTruthy();
  else expect(p['jobLocation']).toBeTruthy();
}

describe('jobPosting', () => {
  test('has the required properties and every recommended one the content gives', () => {
    const p = jobPosting(
      job(
        {
          validThrough: '2026-12-31',
          workplace: 'onsite',
          locations: [{ city: 'Lisbon', country: 'PT' }],
          employmentType: 'full-time',
          salary: { min: 70000, max: 90000, currency: 'EUR', per: 'year' },
        },
        { logoUrl: 'https://example.org/careers/_astro/acme.svg' },
      ),
    );
    expectGoogleRequired(p);
    expect(p).toMatchObject({
      title: 'Go Developer',
      description: '<p>Build services in Go.</p>',
      datePosted: '2026-11-01',
      validThrough: '2026-12-31T23:59:59+00:00',
      employmentType: 'FULL_TIME',
      hiringOrganization: {
        '@type': 'Organization',
        name: 'Acme',
        sameAs: 'https://acme.example.com',
        logo: 'https://example.org/careers/_astro/acme.svg',
      },
      jobLocation: [
        {
          '@type': 'Place',
          address: { '@type': 'PostalAddress', addressLocality: 'Lisbon', addressCountry: 'PT' },
        },
      ],
      baseSalary: {
        '@type': 'MonetaryAmount',
        currency: 'EUR',
        value: { '@type': 'QuantitativeValue', minValue: 70000, maxValue: 90000, unitText: 'YEAR' },
      },
      identifier: { '@type': 'PropertyValue', name: 'Acme', value: 'acme-go' },
      directApply: false,
      url: 'https://example.org/careers/jobs/acme-go/',
    });
    expect(p).not.toHaveProperty('jobLocationType');
  });

  test('a hybrid job has a jobLocation and is never TELECOMMUTE', () => {
    const p = jobPosting(job({ workplace: 'hybrid', locations: [{ city: 'Berlin', country: 'DE' }] }));
    expectGoogleRequired(p);
    expect(p).not.toHaveProperty('jobLocationType');
    expect(p).not.toHaveProperty('applicantLocationRequirements');
  });

  test('a job without a workplace but with places has a jobLocation', () => {
    const p = jobPosting(job({ locations: [{ country: 'HU' }] }));
    expectGoogleRequired(p);
    expect(p['jobLocation']).toEqual([
      { '@type': 'Place', address: { '@type': 'PostalAddress', addressCountry: 'HU' } },
    ]);
  });

  test('a fully remote job is TELECOMMUTE with the countries applicants may live in', () => {
    const p = jobPosting(job({ workplace: 'remote', locations: [{ country: 'DE' }, { country: 'AT' }] }));
    expectGoogleRequired(p);
    expect(p['jobLocationType']).toBe('TELECOMMUTE');
    expect(p['applicantLocationRequirements']).toEqual([
      { '@type': 'Country', name: 'Germany' },
      { '@type': 'Country', name: 'Austria' },
    ]);
    expect(p).not.toHaveProperty('jobLocation');
  });

  test.each([
    ['full-time', 'FULL_TIME'],
    ['part-time', 'PART_TIME'],
    ['contract', 'CONTRACTOR'],
    ['temporary', 'TEMPORARY'],
    ['internship', 'INTERN'],
  ] as const)('maps employment type %s to Google’s %s', (ours, google) => {
    expect(jobPosting(job({ employmentType: ours }))['employmentType']).toBe(google);
  });

  test('leaves out what the content does not say (no logo, salary, validThrough, website)', () => {
    const p = jobPosting({ ...job(), company: { name: 'Acme' } });
    expect(p).not.toHaveProperty('baseSalary');
    expect(p).not.toHaveProperty('validThrough');
    expect(p).not.toHaveProperty('employmentType');
    expect(p['hiringOrganization']).toEqual({ '@type': 'Organization', name: 'Acme' });
  });

  test('a single salary figure is one value per period', () => {
    const p = jobPosting(job({ salary: { min: 30, max: 30, currency: 'USD', per: 'hour' } }));
    expect(p['baseSalary']).toMatchObject({ value: { value: 30, unitText: 'HOUR' } });
  });
});

describe('jobPostingFor', () => {
  test('a closed job has no JobPosting', () => {
    expect(jobPostingFor({ ...job({ validThrough: '2026-01-31' }), open: false })).toEqual([]);
  });

  test('an open job has exactly one', () => {
    expect(jobPostingFor({ ...job(), open: true })).toHaveLength(1);
  });
});

describe('endOfDay', () => {
  test('is the last second of the day with a UTC offset', () => {
    expect(endOfDay('2026-12-31')).toBe('2026-12-31T23:59:59+00:00');
    expect(Number.isNaN(Date.parse(endOfDay('2026-02-28')))).toBe(false);
  });
});

describe('article', () => {
  const input = {
    headline: 'Back-end development',
    description: 'What back-end developers do.',
    datePublished: '2026-10-01',
    url: 'https://example.org/skills/back-end-development/',
    publisher: { name: 'Skillboard', url: 'https://example.org/' },
  };

  test('falls back to datePublished for dateModified', () => {
    expect(article(input)).toMatchObject({
      '@type': 'Article',
      headline: 'Back-end development',
      datePublished: '2026-10-01',
      dateModified: '2026-10-01',
      publisher: { '@type': 'Organization', name: 'Skillboard', url: 'https://example.org/' },
      mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://example.org/skills/back-end-development/' },
    });
    expect(article({ ...input, dateModified: '2026-11-02' })['dateModified']).toBe('2026-11-02');
  });
});

describe('breadcrumbList and webSite', () => {
  test('numbers the trail from 1 with absolute URLs', () => {
    expect(
      breadcrumbList([
        { name: 'Home', url: 'https://example.org/' },
        { name: 'Jobs', url: 'https://example.org/jobs/' },
      ])['itemListElement'],
    ).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://example.org/' },
      { '@type': 'ListItem', position: 2, name: 'Jobs', item: 'https://example.org/jobs/' },
    ]);
  });

  test('the WebSite search action targets the search page with the query placeholder', () => {
    const ws = webSite({
      name: 'Skillboard',
      url: 'https://example.org/careers/',
      searchTemplate: 'https://example.org/careers/search/?q={search_term_string}',
    });
    expect(ws['potentialAction']).toEqual({
      '@type': 'SearchAction',
      target: {
        '@type': 'EntryPoint',
        urlTemplate: 'https://example.org/careers/search/?q={search_term_string}',
      },
      'query-input': 'required name=search_term_string',
    });
  });
});

describe('jsonLdScript', () => {
  const hostile = 'x</script><script>alert(1)</script><!-- </SCRIPT > & \u2028\u2029';

  test('no value can end the script element or open a comment', () => {
    const out = jsonLdScript({ title: hostile });
    expect(out).not.toMatch(/<|\u2028|\u2029/);
    expect(out).toContain('\\u003c/script>\\u003cscript>');
  });

  test('parses back to the same data', () => {
    const data = { title: hostile, nested: [{ name: '<b>' }] };
    expect(JSON.parse(jsonLdScript(data))).toEqual(data);
  });
});
