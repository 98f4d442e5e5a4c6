/**
 * The market statistics (issue 12): hand-computed examples on small boards, then every
 * skill and company of a generated 10,000-job board against plain brute-force versions.
 */
import { describe, expect, test } from 'vitest';
import { buildBoard, type JobInput } from '@/lib/board';
import {
  ANYWHERE,
  buildMarket,
  largestRemainder,
  median,
  months,
  nearestRank,
  yearlyMidpoint,
  type Market,
  type WorkplaceShare,
} from '@/lib/market';
import { SENIORITIES, type JobData, type Salary, type SalaryPeriod } from '@/lib/schemas';
import {
  BENCH_BUILD_DATE,
  generateCompanies,
  generateJobs,
  generateSkills,
  mulberry32,
} from '../scripts/bench/generate';
import { companies, makeJob, skills } from './helpers';

const TODAY = '2026-11-25';

const market = (jobs: JobInput[], includeDrafts = false): Market =>
  buildMarket(buildBoard({ jobs, companies, skills, articles: [], today: TODAY, includeDrafts }));

const eur = (min: number, max: number, per: SalaryPeriod = 'year'): Salary => ({
  min,
  max,
  currency: 'EUR',
  per,
});
const usd = (min: number, max: number): Salary => ({ min, max, currency: 'USD', per: 'year' });

const percents = (mix: WorkplaceShare[]) => Object.fromEntries(mix.map((s) => [s.workplace, s.percent]));

describe('largestRemainder', () => {
  test('gives the leftover point to the earliest of equal remainders: 1/1/1 is 34/33/33', () => {
    expect(largestRemainder([1, 1, 1])).toEqual([34, 33, 33]);
  });

  test('gives leftover points to the largest remainders first', () => {
    // 1/3 = 33.33, 2/3 = 66.67: the second's remainder is larger.
    expect(largestRemainder([1, 2])).toEqual([33, 67]);
    // 1/7 = 14.29 each: 98 after rounding down, two points for the first two.
    expect(largestRemainder([1, 1, 1, 1, 1, 1, 1])).toEqual([15, 15, 14, 14, 14, 14, 14]);
    // 1/8 = 12.5, 3/8 = 37.5, 4/8 = 50: equal remainders, the earlier one wins.
    expect(largestRemainder([1, 3, 4])).toEqual([13, 37, 50]);
  });

  test('adds up to 100 for any counts, and gives nothing to nothing', () => {
    const rng = mulberry32(5);
    for (let i = 0; i < 500; i++) {
      const counts = Array.from({ length: 4 }, () => Math.floor(rng() * rng() * 50));
      const result = largestRemainder(counts);
      if (counts.every((c) => c === 0)) expect(result).toEqual([0, 0, 0, 0]);
      else expect(result.reduce((a, b) => a + b, 0)).toBe(100);
      counts.forEach((c, k) => c === 0 && expect(result[k]).toBe(0));
    }
  });
});

describe('nearestRank', () => {
  const values = [15, 20, 35, 40, 50];
  test('takes the value at rank ⌈p/100 × n⌉ of the sorted values', () => {
    expect(nearestRank(values, 30)).toBe(20); // rank ⌈1.5⌉ = 2
    expect(nearestRank(values, 40)).toBe(20); // rank 2 exactly
    expect(nearestRank(values, 50)).toBe(35); // rank ⌈2.5⌉ = 3
    expect(nearestRank(values, 75)).toBe(40); // rank ⌈3.75⌉ = 4
    expect(nearestRank(values, 100)).toBe(50);
  });
  test('takes the first value for the 0th percentile', () => {
    expect(nearestRank(values, 0)).toBe(15);
  });
  test('lands on an exact rank without floating-point drift', () => {
    // 10/100 × 30 is 3.0000000000000004 in floating point: the rank is still 3.
    const thirty = Array.from({ length: 30 }, (_, i) => i + 1);
    expect(nearestRank(thirty, 10)).toBe(3);
  });
});

describe('median', () => {
  test('takes the middle value of an odd count', () => {
    expect(median([1, 2, 9])).toBe(2);
  });
  test('takes the mean of the two middle values of an even count', () => {
    expect(median([10, 20, 30, 45])).toBe(25);
  });
});

describe('yearlyMidpoint', () => {
  test('makes hourly pay yearly at 2,080 hours', () => {
    expect(yearlyMidpoint({ min: 40, max: 50, per: 'hour' })).toBe(93_600);
  });
  test('makes daily pay yearly at 260 days and monthly pay at 12 months', () => {
    expect(yearlyMidpoint({ min: 300, max: 400, per: 'day' })).toBe(91_000);
    expect(yearlyMidpoint({ min: 4000, max: 5000, per: 'month' })).toBe(54_000);
  });
  test('takes a yearly range as it is', () => {
    expect(yearlyMidpoint({ min: 60_000, max: 80_000, per: 'year' })).toBe(70_000);
  });
});

describe('months', () => {
  test('lists the 12 months up to the build date, oldest first', () => {
    expect(months('2026-11-25')).toEqual([
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
    ]);
  });
  test('crosses a year boundary', () => {
    expect(months('2026-01-31', 3)).toEqual(['2025-11', '2025-12', '2026-01']);
  });
});

describe('buildMarket: a skill', () => {
  test('counts open jobs and their workplace mix, with jobs that state none', () => {
    const m = market([
      makeJob('r', { workplace: 'remote' }),
      makeJob('h', { workplace: 'hybrid' }),
      makeJob('o', { workplace: 'onsite' }),
    ]);
    const go = m.skills.get('go')!;
    expect(go.open).toBe(3);
    expect(percents(go.workplace)).toEqual({ remote: 34, hybrid: 33, onsite: 33, unstated: 0 });

    const withUnstated = market([
      makeJob('r', { workplace: 'remote' }),
      makeJob('r2', { workplace: 'remote' }),
      makeJob('u'),
    ]).skills.get('go')!;
    expect(withUnstated.workplace).toEqual([
      { workplace: 'remote', count: 2, percent: 67 },
      { workplace: 'hybrid', count: 0, percent: 0 },
      { workplace: 'onsite', count: 0, percent: 0 },
      { workplace: 'unstated', count: 1, percent: 33 },
    ]);
  });

  test('counts closed jobs in demand but in no open figure', () => {
    const m = market([
      makeJob('open', { workplace: 'remote', salary: eur(50_000, 60_000) }),
      makeJob('closed', {
        workplace: 'onsite',
        skills: ['go', 'python'],
        locations: [{ country: 'FR' }],
        datePosted: '2026-10-01',
        validThrough: '2026-11-24',
        salary: eur(90_000, 100_000),
      }),
    ]);
    const go = m.skills.get('go')!;
    expect(go.open).toBe(1);
    expect(go.workplace.find((s) => s.workplace === 'onsite')!.count).toBe(0);
    expect(go.where.top).toEqual([{ country: ANYWHERE, count: 1 }]);
    expect(go.pay.salaries).toBe(1);
    expect(go.together).toEqual([]);
    expect(go.demand.find((d) => d.month === '2026-10')!.count).toBe(1);
    expect(go.demand.find((d) => d.month === '2026-11')!.count).toBe(1);
    expect(m.skills.get('python')!.open).toBe(0);
  });

  test('counts a job once per distinct country, a remote job without one as anywhere', () => {
    const m = market([
      makeJob('two-offices', {
        workplace: 'hybrid',
        locations: [
          { city: 'Berlin', country: 'DE' },
          { city: 'Munich', country: 'DE' },
          { city: 'Vienna', country: 'AT' },
        ],
      }),
      makeJob('remote-de-at', { workplace: 'remote', locations: [{ country: 'DE' }, { country: 'AT' }] }),
      makeJob('remote-de', { workplace: 'remote', locations: [{ country: 'DE' }] }),
      makeJob('remote-anywhere', { workplace: 'remote' }),
      makeJob('office-nowhere', { workplace: 'onsite' }),
      makeJob('unstated-nowhere'),
    ]);
    const { where } = m.skills.get('go')!;
    expect(where.top).toEqual([
      { country: 'DE', count: 3 },
      { country: 'AT', count: 2 },
      { country: ANYWHERE, count: 1 },
    ]);
    expect(where.unplaced).toBe(2);
  });

  test('keeps the top 5 countries, most jobs first, then by code', () => {
    const codes = ['PT', 'ES', 'FR', 'IT', 'NL', 'BE'];
    const m = market([
      ...codes.map((country) => makeJob(`one-${country}`, { locations: [{ country }] })),
      makeJob('two-PT', { locations: [{ country: 'PT' }] }),
    ]);
    expect(m.skills.get('go')!.where.top.map((c) => `${c.country}:${c.count}`)).toEqual([
      'PT:2',
      'BE:1',
      'ES:1',
      'FR:1',
      'IT:1',
    ]);
  });

  test('gives pay per currency from yearly midpoints: nearest-rank quartiles, mean-of-two median', () => {
    const m = market([
      makeJob('hourly', { salary: eur(40, 50, 'hour') }), // 93,600
      makeJob('monthly', { salary: eur(4000, 5000, 'month') }), // 54,000
      makeJob('a', { salary: eur(60_000, 80_000) }), // 70,000
      makeJob('b', { salary: eur(50_000, 50_000) }), // 50,000
      makeJob('c', { salary: eur(80_000, 100_000) }), // 90,000
      makeJob('d', { salary: eur(100_000, 120_000) }), // 110,000
      makeJob('usd-1', { salary: usd(100_000, 120_000) }),
      makeJob('usd-2', { salary: usd(110_000, 130_000) }),
      makeJob('closed', { salary: eur(1, 1), validThrough: '2026-11-01' }),
    ]);
    // Sorted: 50,000 54,000 70,000 90,000 93,600 110,000 (n = 6).
    expect(m.skills.get('go')!.pay).toEqual({
      currencies: [
        {
          currency: 'EUR',
          count: 6,
          min: 50_000,
          p25: 54_000, // rank ⌈1.5⌉ = 2
          median: 80_000, // (70,000 + 90,000) / 2
          p75: 93_600, // rank ⌈4.5⌉ = 5
          max: 110_000,
        },
      ],
      salaries: 8,
      tooFew: false,
    });
  });

  test('orders currencies by their number of salaries, then by code', () => {
    const jobs = [
      ...Array.from({ length: 5 }, (_, i) => makeJob(`usd-${i}`, { salary: usd(90_000, 90_000) })),
      ...Array.from({ length: 5 }, (_, i) =>
        makeJob(`chf-${i}`, { salary: { ...usd(1, 1), currency: 'CHF' } }),
      ),
      ...Array.from({ length: 6 }, (_, i) => makeJob(`eur-${i}`, { salary: eur(1, 1) })),
    ];
    expect(
      market(jobs)
        .skills.get('go')!
        .pay.currencies.map((c) => c.currency),
    ).toEqual(['EUR', 'CHF', 'USD']);
  });

  test('shows no figure with fewer than 5 salaries in every currency, and says how many there are', () => {
    const jobs = [
      ...Array.from({ length: 4 }, (_, i) => makeJob(`eur-${i}`, { salary: eur(50_000, 60_000) })),
      ...Array.from({ length: 3 }, (_, i) => makeJob(`usd-${i}`, { salary: usd(50_000, 60_000) })),
    ];
    expect(market(jobs).skills.get('go')!.pay).toEqual({ currencies: [], salaries: 7, tooFew: true });
  });

  test('has no pay for a skill without salaries', () => {
    const m = market([makeJob('rusty', { skills: ['rust'] })]);
    expect(m.skills.get('rust')!.pay).toEqual({ currencies: [], salaries: 0, tooFew: true });
    expect(m.skills.get('rust')!.bySeniority).toEqual([]);
  });

  test('counts jobs posted per month over 12 months, zero for months without postings', () => {
    const m = market([
      makeJob('this-month', { datePosted: '2026-11-02' }),
      makeJob('this-month-too', { datePosted: '2026-11-25' }),
      makeJob('first-month', { datePosted: '2025-12-01' }),
      makeJob('too-old', { datePosted: '2025-11-30' }),
      makeJob('closed-in-march', { datePosted: '2026-03-15', validThrough: '2026-04-01' }),
    ]);
    expect(m.skills.get('go')!.demand.map((d) => d.count)).toEqual([1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 2]);
    expect(m.skills.get('go')!.demand[0]).toEqual({ month: '2025-12', count: 1 });
    expect(m.skills.get('sql')!.demand.every((d) => d.count === 0)).toBe(true);
  });

  test('leaves drafts out of every figure, even on a board that lists them', () => {
    const m = market(
      [
        makeJob('live', { workplace: 'remote' }),
        makeJob('draft', { draft: true, workplace: 'onsite', skills: ['go', 'sql'], salary: eur(1, 2) }),
      ],
      true,
    );
    const go = m.skills.get('go')!;
    expect(go.open).toBe(1);
    expect(go.demand.at(-1)!.count).toBe(1);
    expect(go.together).toEqual([]);
    expect(go.pay.salaries).toBe(0);
    expect(m.companies.get('acme')!.open).toBe(1);
    expect(m.top.map((t) => t.skill.id)).toEqual(['go']);
  });

  test('counts the skills asked together on open jobs, most first, then by name', () => {
    const m = market([
      makeJob('a', { skills: ['go', 'sql'] }),
      makeJob('b', { skills: ['go', 'python', 'sql'] }),
      makeJob('c', { skills: ['go', 'python'] }),
      makeJob('d', { skills: ['go', 'rust'] }),
      makeJob('e', { skills: ['go', 'rust', 'rust'] }), // a skill listed twice counts once
      makeJob('closed', { skills: ['go', 'rust'], validThrough: '2026-01-01' }),
    ]);
    const together = m.skills.get('go')!.together.map((t) => `${t.skill.name}:${t.count}`);
    expect(together).toEqual(['PYTHON:2', 'RUST:2', 'SQL:2']);
    expect(m.skills.get('rust')!.together.map((t) => `${t.skill.id}:${t.count}`)).toEqual(['go:2']);
  });

  test('gives the median per seniority in the main currency when two levels have 5 salaries', () => {
    const level = (seniority: JobData['seniority'], n: number, salary: (i: number) => Salary) =>
      Array.from({ length: n }, (_, i) =>
        makeJob(`${seniority}-${salary(i).currency}-${i}`, { seniority, salary: salary(i) }),
      );
    const jobs = [
      // Junior: midpoints 40k, 42k, 44k, 46k, 48k -> median 44k.
      ...level('junior', 5, (i) => eur(40_000 + i * 2000, 40_000 + i * 2000)),
      // Senior: 70k … 80k in 6 steps of 2k -> median (74k + 76k) / 2 = 75k.
      ...level('senior', 6, (i) => eur(70_000 + i * 2000, 70_000 + i * 2000)),
      // Mid: only 4 salaries in EUR, so no row, however many in another currency.
      ...level('mid', 4, () => eur(60_000, 60_000)),
      ...level('lead', 5, () => usd(150_000, 150_000)),
    ];
    expect(market(jobs).skills.get('go')!.bySeniority).toEqual([
      { seniority: 'junior', currency: 'EUR', count: 5, median: 44_000 },
      { seniority: 'senior', currency: 'EUR', count: 6, median: 75_000 },
    ]);
    // One level with 5 salaries is not a comparison.
    const oneLevel = jobs.filter((j) => j.data.seniority !== 'junior');
    expect(market(oneLevel).skills.get('go')!.bySeniority).toEqual([]);
  });
});

describe('buildMarket: a company', () => {
  test('gives open jobs, workplace mix, yearly pay range per currency and top skills', () => {
    const m = market([
      makeJob('a', { workplace: 'remote', skills: ['go', 'sql'], salary: eur(60_000, 80_000) }),
      makeJob('b', { workplace: 'hybrid', skills: ['go'], salary: eur(40, 50, 'hour') }),
      makeJob('c', { workplace: 'hybrid', skills: ['python', 'go'], salary: usd(100_000, 120_000) }),
      makeJob('closed', { skills: ['rust'], salary: eur(1, 1_000_000), validThrough: '2026-11-01' }),
      makeJob('elsewhere', { company: 'globex', skills: ['rust'] }),
    ]);
    expect(m.companies.get('acme')).toEqual({
      open: 3,
      workplace: [
        { workplace: 'remote', count: 1, percent: 33 },
        { workplace: 'hybrid', count: 2, percent: 67 },
        { workplace: 'onsite', count: 0, percent: 0 },
        { workplace: 'unstated', count: 0, percent: 0 },
      ],
      pay: [
        // 40 × 2,080 = 83,200 is above 60,000; 50 × 2,080 = 104,000 is the highest.
        { currency: 'EUR', count: 2, min: 60_000, max: 104_000 },
        { currency: 'USD', count: 1, min: 100_000, max: 120_000 },
      ],
      skills: [
        { skill: expect.objectContaining({ id: 'go' }), count: 3 },
        { skill: expect.objectContaining({ id: 'python' }), count: 1 },
        { skill: expect.objectContaining({ id: 'sql' }), count: 1 },
      ],
    });
    expect(m.companies.get('globex')!.open).toBe(1);
  });
});

describe('buildMarket: the home page', () => {
  test('ranks skills by open jobs, ties by name, and leaves out skills without any', () => {
    const m = market([
      makeJob('a', { skills: ['sql', 'rust'] }),
      makeJob('b', { skills: ['sql', 'python'], datePosted: '2026-10-10' }),
      makeJob('c', { skills: ['rust'] }),
      makeJob('closed', { skills: ['go'], validThrough: '2026-11-01' }),
    ]);
    expect(m.top.map((t) => `${t.skill.id}:${t.open}`)).toEqual(['rust:2', 'sql:2', 'python:1']);
    expect(m.top[1]!.demand.slice(-2)).toEqual([
      { month: '2026-10', count: 1 },
      { month: '2026-11', count: 1 },
    ]);
  });
});

/*
 * The generated board, with a quarter of its salaries moved to other currencies and periods
 * (the generator writes EUR a year only), and some jobs without workplace or place, so every
 * branch runs at scale. Everything below recomputes the figures the plain way: per skill,
 * filter all jobs, sort, index.
 */
describe('buildMarket over 10,000 generated jobs', () => {
  const rng = mulberry32(12);
  const jobs = generateJobs(10_000, 7).map((job) => {
    const data: JobData = { ...job.data };
    const r = rng();
    if (data.salary !== undefined) {
      const { min, max } = data.salary;
      if (r < 0.1) data.salary = { min, max, currency: 'USD', per: 'year' };
      else if (r < 0.18)
        data.salary = { min: Math.round(min / 12), max: Math.round(max / 12), currency: 'GBP', per: 'month' };
      else if (r < 0.24)
        data.salary = {
          min: Math.round(min / 2080),
          max: Math.round(max / 2080),
          currency: 'EUR',
          per: 'hour',
        };
      else if (r < 0.27)
        data.salary = { min: Math.round(min / 260), max: Math.round(max / 260), currency: 'CHF', per: 'day' };
      else if (r < 0.272) data.salary = { min, max, currency: 'SEK', per: 'year' };
    }
    const s = rng();
    if (s < 0.04) {
      delete data.workplace;
      delete data.locations;
    } else if (s < 0.08 && data.workplace === 'remote') delete data.locations;
    else if (s < 0.12)
      data.locations = [...(data.locations ?? []), { country: 'DE' }, { city: 'Paris', country: 'FR' }];
    return { id: job.id, data };
  });
  const skillList = generateSkills();
  const companyList = generateCompanies(7).map((c) => ({ id: c.id, data: { name: c.name } }));
  const board = buildBoard({
    jobs,
    companies: companyList,
    skills: skillList,
    articles: [],
    today: BENCH_BUILD_DATE,
  });
  const built = buildMarket(board);

  const published = jobs.filter((j) => !j.data.draft);
  const open = published.filter(
    (j) => j.data.validThrough === undefined || j.data.validThrough >= BENCH_BUILD_DATE,
  );
  const nameOf = new Map(skillList.map((s) => [s.id, s.name]));
  const byName = (a: string, b: string) =>
    nameOf.get(a)!.localeCompare(nameOf.get(b)!, 'en', { sensitivity: 'base' });
  const PER_YEAR = { hour: 2080, day: 260, month: 12, year: 1 };
  const yearlyMid = (s: Salary) => ((s.min + s.max) / 2) * PER_YEAR[s.per];
  const kinds = ['remote', 'hybrid', 'onsite', 'unstated'] as const;
  const kindOf = (j: (typeof jobs)[number]) => j.data.workplace ?? 'unstated';

  /** Whole percentages adding up to 100: each share's exact value rounded down, or up for the larger remainders. */
  function expectFairPercents(mix: WorkplaceShare[]) {
    const total = mix.reduce((a, s) => a + s.count, 0);
    if (total === 0) return expect(mix.every((s) => s.percent === 0)).toBe(true);
    expect(mix.reduce((a, s) => a + s.percent, 0)).toBe(100);
    const exact = mix.map((s) => (s.count * 100) / total);
    const roundedUp = mix.map((s, i) => s.percent - Math.floor(exact[i]!));
    for (const d of roundedUp) expect([0, 1]).toContain(d);
    const remainder = (i: number) => exact[i]! - Math.floor(exact[i]!);
    for (let i = 0; i < mix.length; i++)
      for (let k = 0; k < mix.length; k++)
        if (roundedUp[i] === 1 && roundedUp[k] === 0)
          expect(remainder(i)).toBeGreaterThanOrEqual(remainder(k) - 1e-9);
  }

  const plainTop = (counts: Map<string, number>, tie: (a: string, b: string) => number) =>
    [...counts].sort((a, b) => b[1] - a[1] || tie(a[0], b[0])).slice(0, 5);

  test('the varied tree exercises every currency, period and place rule', () => {
    const salaries = open.flatMap((j) => (j.data.salary ? [j.data.salary] : []));
    expect(new Set(salaries.map((s) => s.per))).toEqual(new Set(['hour', 'day', 'month', 'year']));
    expect(new Set(salaries.map((s) => s.currency))).toEqual(new Set(['EUR', 'USD', 'GBP', 'CHF', 'SEK']));
    expect(open.some((j) => j.data.workplace === 'remote' && j.data.locations === undefined)).toBe(true);
    expect(open.some((j) => j.data.workplace === undefined)).toBe(true);
  });

  test('gives every skill the figures a brute-force count gives', () => {
    const monthKeys = months(BENCH_BUILD_DATE);
    for (const skill of skillList) {
      const has = (j: (typeof jobs)[number]) => j.data.skills.includes(skill.id);
      const mine = open.filter(has);
      const got = built.skills.get(skill.id)!;

      expect(got.open).toBe(mine.length);
      expect(got.workplace.map((s) => [s.workplace, s.count])).toEqual(
        kinds.map((k) => [k, mine.filter((j) => kindOf(j) === k).length]),
      );
      expectFairPercents(got.workplace);

      const countries = new Map<string, number>();
      let unplaced = 0;
      for (const j of mine) {
        const codes = new Set((j.data.locations ?? []).map((l) => l.country));
        if (codes.size === 0 && j.data.workplace === 'remote') codes.add(ANYWHERE);
        if (codes.size === 0) unplaced++;
        for (const c of codes) countries.set(c, (countries.get(c) ?? 0) + 1);
      }
      const byCode = (a: string, b: string) => (a < b ? -1 : 1);
      expect(got.where.top.map((c) => [c.country, c.count])).toEqual(plainTop(countries, byCode));
      expect(got.where.unplaced).toBe(unplaced);

      const paid = mine.filter((j) => j.data.salary !== undefined);
      const currencies = [...new Set(paid.map((j) => j.data.salary!.currency))]
        .map((code) => ({ code, jobs: paid.filter((j) => j.data.salary!.currency === code) }))
        .filter((c) => c.jobs.length >= 5)
        .sort((a, b) => b.jobs.length - a.jobs.length || (a.code < b.code ? -1 : 1));
      const stats = (values: number[]) => {
        const v = [...values].sort((a, b) => a - b);
        const n = v.length;
        return {
          count: n,
          min: v[0],
          p25: v[Math.ceil(n / 4) - 1],
          median: n % 2 ? v[(n - 1) / 2] : (v[n / 2 - 1]! + v[n / 2]!) / 2,
          p75: v[Math.ceil((3 * n) / 4) - 1],
          max: v[n - 1],
        };
      };
      expect(got.pay.currencies).toEqual(
        currencies.map((c) => ({ currency: c.code, ...stats(c.jobs.map((j) => yearlyMid(j.data.salary!))) })),
      );
      expect(got.pay.salaries).toBe(paid.length);
      expect(got.pay.tooFew).toBe(currencies.length === 0);

      const main = currencies[0];
      const levels = main
        ? SENIORITIES.map((seniority) => ({
            seniority,
            mids: main.jobs
              .filter((j) => j.data.seniority === seniority)
              .map((j) => yearlyMid(j.data.salary!)),
          })).filter((l) => l.mids.length >= 5)
        : [];
      expect(got.bySeniority).toEqual(
        levels.length >= 2
          ? levels.map((l) => ({
              seniority: l.seniority,
              currency: main!.code,
              count: l.mids.length,
              median: stats(l.mids).median,
            }))
          : [],
      );

      expect(got.demand).toEqual(
        monthKeys.map((month) => ({
          month,
          count: published.filter((j) => has(j) && j.data.datePosted.startsWith(month)).length,
        })),
      );

      const together = new Map<string, number>();
      for (const other of skillList) {
        if (other.id === skill.id) continue;
        const n = mine.filter((j) => j.data.skills.includes(other.id)).length;
        if (n > 0) together.set(other.id, n);
      }
      expect(got.together.map((t) => [t.skill.id, t.count])).toEqual(plainTop(together, byName));
    }
  });

  test('gives every company the figures a brute-force count gives', () => {
    for (const company of companyList) {
      const mine = open.filter((j) => j.data.company === company.id);
      const got = built.companies.get(company.id)!;
      expect(got.open).toBe(mine.length);
      expect(got.workplace.map((s) => s.count)).toEqual(
        kinds.map((k) => mine.filter((j) => kindOf(j) === k).length),
      );
      expectFairPercents(got.workplace);

      const paid = mine.flatMap((j) => (j.data.salary ? [j.data.salary] : []));
      const codes = [...new Set(paid.map((s) => s.currency))];
      const pay = codes
        .map((currency) => {
          const list = paid.filter((s) => s.currency === currency);
          return {
            currency,
            count: list.length,
            min: Math.min(...list.map((s) => s.min * PER_YEAR[s.per])),
            max: Math.max(...list.map((s) => s.max * PER_YEAR[s.per])),
          };
        })
        .sort((a, b) => b.count - a.count || (a.currency < b.currency ? -1 : 1));
      expect(got.pay).toEqual(pay);

      const skillCounts = new Map<string, number>();
      for (const j of mine)
        for (const s of new Set(j.data.skills)) skillCounts.set(s, (skillCounts.get(s) ?? 0) + 1);
      expect(got.skills.map((s) => [s.skill.id, s.count])).toEqual(plainTop(skillCounts, byName));
    }
  });

  test('puts the 10 skills with the most open jobs on the home page, with their demand', () => {
    const counts = skillList
      .map((s) => ({ id: s.id, open: open.filter((j) => j.data.skills.includes(s.id)).length }))
      .filter((s) => s.open > 0)
      .sort((a, b) => b.open - a.open || byName(a.id, b.id))
      .slice(0, 10);
    expect(built.top.map((t) => [t.skill.id, t.open])).toEqual(counts.map((c) => [c.id, c.open]));
    // Each with its demand, counted the plain way.
    for (const { skill, demand } of built.top) {
      expect(demand, skill.id).toEqual(
        months(BENCH_BUILD_DATE).map((month) => ({
          month,
          count: published.filter(
            (j) => j.data.skills.includes(skill.id) && j.data.datePosted.startsWith(month),
          ).length,
        })),
      );
    }
  });
});
