import { describe, expect, test } from 'vitest';
import { bodyRepeatsSummary, buildBoard, isOpen, paginate, similarJobs } from '@/lib/board';
import { companies, makeJob, skills } from './helpers';

const board = (jobs: ReturnType<typeof makeJob>[], today = '2026-11-25', includeDrafts = false) =>
  buildBoard({ jobs, companies, skills, articles: [], today, includeDrafts });

describe('isOpen', () => {
  test('keeps a job open through its validThrough day', () => {
    expect(isOpen({ validThrough: '2026-11-25' }, '2026-11-25')).toBe(true);
  });
  test('closes a job the day after validThrough', () => {
    expect(isOpen({ validThrough: '2026-11-24' }, '2026-11-25')).toBe(false);
  });
  test('keeps a job without validThrough open', () => {
    expect(isOpen({}, '2030-01-01')).toBe(true);
  });
  test('compares calendar days, whatever the time zone of the machine', () => {
    // Days are text, so a build at 23:59 in UTC-12 and one at 00:00 in UTC+14 agree.
    expect(isOpen({ validThrough: '2026-12-31' }, '2027-01-01')).toBe(false);
    expect(isOpen({ validThrough: '2026-12-31' }, '2026-12-31')).toBe(true);
  });
});

describe('buildBoard', () => {
  test('lists open jobs newest first and leaves closed ones out of every listing', () => {
    const b = board([
      makeJob('old', { datePosted: '2026-10-01' }),
      makeJob('closed', { datePosted: '2026-11-20', validThrough: '2026-11-24' }),
      makeJob('new', { datePosted: '2026-11-20' }),
    ]);
    expect(b.openJobs.map((j) => j.id)).toEqual(['new', 'old']);
    expect(b.openBySkill.get('go')!.map((j) => j.id)).toEqual(['new', 'old']);
    expect(b.jobsByCompany.get('acme')!.closed.map((j) => j.id)).toEqual(['closed']);
    // The closed job keeps its page.
    expect(b.jobById.get('closed')?.open).toBe(false);
  });

  test('leaves drafts out of a build and shows them under astro dev', () => {
    const jobs = [makeJob('draft', { draft: true }), makeJob('live')];
    expect(board(jobs).jobs.map((j) => j.id)).toEqual(['live']);
    expect(
      board(jobs, '2026-11-25', true)
        .jobs.map((j) => j.id)
        .sort(),
    ).toEqual(['draft', 'live']);
  });

  test('orders jobs posted on the same day by title, so every build agrees', () => {
    const b = board([makeJob('b', { title: 'Beta' }), makeJob('a', { title: 'Alpha' })]);
    expect(b.openJobs.map((j) => j.data.title)).toEqual(['Alpha', 'Beta']);
  });

  test('refuses a job whose company does not exist', () => {
    expect(() => board([makeJob('x', { company: 'nope' })])).toThrow(/company "nope" does not exist/);
  });
});

describe('similarJobs', () => {
  test('ranks by shared skills, then recency, and never returns the job itself', () => {
    const b = board([
      makeJob('me', { skills: ['go', 'python', 'sql'] }),
      makeJob('two-shared-old', { skills: ['go', 'python'], datePosted: '2026-09-01' }),
      makeJob('one-shared-new', { skills: ['go'], datePosted: '2026-11-20' }),
      makeJob('three-shared', { skills: ['go', 'python', 'sql'], datePosted: '2026-08-01' }),
      makeJob('none-shared', { skills: ['rust'] }),
      makeJob('closed', { skills: ['go', 'python', 'sql'], validThrough: '2026-11-01' }),
    ]);
    const me = b.jobById.get('me')!;
    expect(similarJobs(b, me, 4).map((j) => j.id)).toEqual([
      'three-shared',
      'two-shared-old',
      'one-shared-new',
    ]);
  });

  test('returns at most the limit', () => {
    const jobs = Array.from({ length: 10 }, (_, i) => makeJob(`j${i}`));
    const b = board(jobs);
    expect(similarJobs(b, b.jobById.get('j0')!, 4)).toHaveLength(4);
  });
});

describe('paginate', () => {
  test('splits a listing into pages of the given size', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2);
    expect(pages.map((p) => p.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages.map((p) => [p.number, p.total, p.count])).toEqual([
      [1, 3, 5],
      [2, 3, 5],
      [3, 3, 5],
    ]);
  });
  test('gives an empty listing one empty page', () => {
    expect(paginate([], 20)).toEqual([{ number: 1, total: 1, items: [], count: 0 }]);
  });
  test('makes exactly full pages when the count divides evenly', () => {
    expect(
      paginate(
        Array.from({ length: 40 }, (_, i) => i),
        20,
      ),
    ).toHaveLength(2);
  });
  test('rejects a page size that is not a positive integer', () => {
    expect(() => paginate([1], 0)).toThrow(/positive integer/);
  });
});

describe('bodyRepeatsSummary', () => {
  const summary = 'Acme needs a senior Go developer.';
  test('sees the card sentence anywhere in the description, Markdown aside', () => {
    expect(
      bodyRepeatsSummary('## The role\n\nAcme needs a **senior** Go developer.\n\n- Build', summary),
    ).toBe(true);
    expect(bodyRepeatsSummary(summary, summary)).toBe(true);
  });
  test('prints the sentence when the description does not say it', () => {
    expect(bodyRepeatsSummary('## The role\n\nBuild payment terminals.', summary)).toBe(false);
    expect(bodyRepeatsSummary('anything', '')).toBe(false);
  });
});
