import { describe, expect, test } from 'vitest';
import { sentences } from '@/lib/excerpt';
import {
  guideRecord,
  htmlToText,
  jobRecord,
  markdownToText,
  recordRootAttributes,
  recordText,
  toPagefindRecord,
} from '@/lib/searchRecord';

const sap = {
  data: {
    title: 'Senior Full Stack Developer',
    datePosted: '2026-11-23',
    workplace: 'hybrid' as const,
    seniority: 'senior' as const,
    employmentType: 'full-time' as const,
    locations: [{ city: 'Budapest', country: 'HU' }, { city: 'Budapest', country: 'HU' }, { country: 'AT' }],
  },
  company: { data: { name: 'SAP' } },
  skills: [{ name: 'APIs' }, { name: 'TypeScript' }],
};

describe('jobRecord', () => {
  test('gives a job every filter, one per skill, by display name', () => {
    const { filters } = jobRecord(sap);
    expect(filters).toEqual([
      { name: 'type', value: 'Job' },
      { name: 'skill', value: 'APIs' },
      { name: 'skill', value: 'TypeScript' },
      { name: 'company', value: 'SAP' },
      { name: 'city', value: 'Budapest' },
      { name: 'country', value: 'Hungary' },
      { name: 'country', value: 'Austria' },
      { name: 'workplace', value: 'Hybrid' },
      { name: 'seniority', value: 'Senior' },
      { name: 'employment', value: 'Full-time' },
    ]);
  });

  test('a job with a salary carries the "Salary listed" filter and the salary as a card shows it', () => {
    const record = jobRecord({
      ...sap,
      data: { ...sap.data, salary: { min: 70_000, max: 90_000, currency: 'EUR', per: 'year' } },
    });
    expect(record.filters.at(-1)).toEqual({ name: 'salary', value: 'Salary listed' });
    expect(record.meta['salary']).toBe('€70k–90k a year');
    expect(jobRecord(sap).filters.map((f) => f.name)).not.toContain('salary');
  });

  test('carries what a result shows and the date to sort by', () => {
    const record = jobRecord(sap);
    expect(record.meta).toMatchObject({
      title: 'Senior Full Stack Developer',
      company: 'SAP',
      initials: 'SAP',
      location: 'Budapest, Hungary; Budapest, Hungary; Austria',
      workplace: 'Hybrid',
      posted: 'Posted 23 Nov 2026',
    });
    expect(record.date).toBe('2026-11-23');
  });

  test('leaves out the facts a job does not state', () => {
    const record = jobRecord({ ...sap, data: { title: 'T', datePosted: '2026-01-02' } });
    expect(record.filters.map((f) => f.name)).toEqual(['type', 'skill', 'skill', 'company']);
    expect(record.meta['location']).toBe('Location not stated');
    expect(record.meta).not.toHaveProperty('workplace');
    expect(record.meta).not.toHaveProperty('salary');
  });
});

describe('guideRecord', () => {
  test('types a guide as Guide and sorts it by its publication day', () => {
    const record = guideRecord({
      data: { title: 'Mastering Go', datePublished: '2026-10-01' },
      skill: { name: 'Go' },
    });
    expect(record.filters).toEqual([
      { name: 'type', value: 'Guide' },
      { name: 'skill', value: 'Go' },
    ]);
    expect(record.date).toBe('2026-10-01');
    expect(record.meta['title']).toBe('Mastering Go');
    expect(record.meta['posted']).toBe('Published 1 Oct 2026');
  });
});

describe('recordRootAttributes', () => {
  test('marks only indexed pages as a Pagefind body', () => {
    expect(recordRootAttributes(true)).toEqual({ 'data-pagefind-body': '' });
    expect(recordRootAttributes(false)).toEqual({});
  });
});

describe('record text', () => {
  test('htmlToText keeps the words of rendered Markdown and drops the markup', () => {
    expect(htmlToText('<h2>The role</h2>\n<ul><li>Build <strong>Go</strong> &amp; SQL</li></ul>')).toBe(
      'The role. Build Go & SQL.',
    );
  });
  test('htmlToText ends each heading, item and paragraph once, never with ".."', () => {
    expect(
      htmlToText(
        '<p>Join us in Sofia.</p><h3>What you do</h3><ul><li>Ship code</li><li>Review it!</li></ul>',
      ),
    ).toBe('Join us in Sofia. What you do. Ship code. Review it!');
  });
  test('markdownToText reads MDX source as text', () => {
    expect(
      markdownToText("import X from './x';\n## Why Go\n\n- **Fast:** [tour](https://go.dev)\n<X />"),
    ).toBe('Why Go. Fast: tour.');
  });
  test('sentences joins parts with one full stop each', () => {
    expect(sentences(['Go Engineer', 'Join us in Sofia.', '', 'Build  services'])).toBe(
      'Go Engineer. Join us in Sofia. Build services.',
    );
  });
  test('recordText puts the keywords after the readable words and counts those', () => {
    expect(recordText('Go Engineer. Build services.', ['SumUp', 'Go', 'golang'])).toEqual({
      content: 'Go Engineer. Build services. SumUp Go golang',
      words: 4,
    });
  });
  test('toPagefindRecord groups repeated filters and carries the sort key', () => {
    const record = toPagefindRecord(
      {
        filters: [
          { name: 'skill', value: 'Go' },
          { name: 'skill', value: 'SQL' },
        ],
        meta: { title: 'T' },
        date: '2026-11-01',
      },
      { url: '/jobs/t/', content: 'text', words: 1, language: 'en' },
    );
    expect(record).toEqual({
      url: '/jobs/t/',
      content: 'text',
      language: 'en',
      meta: { title: 'T', words: '1' },
      filters: { skill: ['Go', 'SQL'] },
      sort: { date: '2026-11-01' },
    });
  });
});
