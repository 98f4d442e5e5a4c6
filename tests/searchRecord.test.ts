import { describe, expect, test } from 'vitest';
import {
  guideRecord,
  htmlToText,
  jobRecord,
  markdownToText,
  recordRootAttributes,
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

  test('carries what a result shows and the date to sort by', () => {
    const record = jobRecord(sap);
    expect(record.meta).toMatchObject({
      title: 'Senior Full Stack Developer',
      company: 'SAP',
      initials: 'SAP',
      location: 'Budapest, Hungary; Budapest, Hungary; Austria',
      workplace: 'Hybrid',
      date: '2026-11-23',
    });
    expect(record.date).toBe('2026-11-23');
  });

  test('leaves out the facts a job does not state', () => {
    const record = jobRecord({ ...sap, data: { title: 'T', datePosted: '2026-01-02' } });
    expect(record.filters.map((f) => f.name)).toEqual(['type', 'skill', 'skill', 'company']);
    expect(record.meta).not.toHaveProperty('location');
    expect(record.meta).not.toHaveProperty('workplace');
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
      'The role Build Go & SQL',
    );
  });
  test('markdownToText reads MDX source as text', () => {
    expect(
      markdownToText("import X from './x';\n## Why Go\n\n- **Fast:** [tour](https://go.dev)\n<X />"),
    ).toBe('Why Go Fast: tour');
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
      { url: '/jobs/t/', content: 'text', language: 'en' },
    );
    expect(record).toEqual({
      url: '/jobs/t/',
      content: 'text',
      language: 'en',
      meta: { title: 'T' },
      filters: { skill: ['Go', 'SQL'] },
      sort: { date: '2026-11-01' },
    });
  });
});
