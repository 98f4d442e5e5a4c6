/**
 * The job market, computed at build time from the board: for every skill and every company
 * and for the home page, in one pass over the jobs (issue 12). Pure functions over plain
 * data like `board.ts`: the build date comes in as `board.today`, never from a clock.
 *
 * "Open" figures use the board's open jobs as of the build date; demand counts every
 * published job, open or closed. Drafts never count, even on a dev board that lists them.
 */
import type { Board, BoardJob, SkillInfo } from './board';
import type { Day } from './dates';
import { SENIORITIES, type Salary, type SalaryPeriod, type Seniority, type Workplace } from './schemas';

/** The market step's name in the benchmark's timings (`src/lib/timings.ts`). */
export const MARKET_STEP = 'market statistics';

/** A currency needs this many salaries before its figures are shown: fewer say little about a market. */
export const MIN_SALARIES = 5;
/** Months of the demand series, the build date's month last. */
export const DEMAND_MONTHS = 12;
/** Rows of the "where", "asked together with" and company skill lists. */
export const TOP_ROWS = 5;
/** Skills on the home page. */
export const TOP_SKILLS = 10;

/** Paid hours, days and months in a year: what turns a salary into a yearly amount. */
export const PERIODS_PER_YEAR: Record<SalaryPeriod, number> = { hour: 2080, day: 260, month: 12, year: 1 };

/** A job's workplace, or `unstated` when it has none. */
export type WorkplaceKey = Workplace | 'unstated';
/** The order of every workplace mix, in text and in the stacked bar. */
export const WORKPLACE_KEYS: readonly WorkplaceKey[] = ['remote', 'hybrid', 'onsite', 'unstated'];

/** Stands for the country of a remote job that may be done from anywhere. */
export const ANYWHERE = 'anywhere';

export interface WorkplaceShare {
  /** The kind of workplace. */
  workplace: WorkplaceKey;
  /** Open jobs of this kind. */
  count: number;
  /** Whole percentage of the open jobs; the four shares add up to 100 (all 0 without jobs). */
  percent: number;
}

export interface CountryCount {
  /** ISO 3166-1 alpha-2 code, or `ANYWHERE` for remote jobs with no country listed. */
  country: string;
  /** Open jobs in (or, when remote, open to) that country. */
  count: number;
}

export interface Where {
  /** The most common countries, most jobs first, then by code; at most `TOP_ROWS`. */
  top: CountryCount[];
  /** Open jobs that are not remote and list no location, so are placed nowhere. */
  unplaced: number;
}

export interface PayStats {
  /** ISO 4217 code. */
  currency: string;
  /** Salaries in this currency. */
  count: number;
  /** Lowest yearly midpoint. */
  min: number;
  /** 25th percentile of the yearly midpoints (nearest rank). */
  p25: number;
  /** Median of the yearly midpoints (mean of the middle two for an even count). */
  median: number;
  /** 75th percentile of the yearly midpoints (nearest rank). */
  p75: number;
  /** Highest yearly midpoint. */
  max: number;
}

export interface Pay {
  /** Currencies with at least `MIN_SALARIES` salaries, most salaries first, then by code. */
  currencies: PayStats[];
  /** Open jobs with a salary, in any currency. */
  salaries: number;
  /** True when no currency reaches `MIN_SALARIES` (so no figure is shown). */
  tooFew: boolean;
}

export interface MonthCount {
  /** Calendar month, `YYYY-MM`. */
  month: string;
  /** Jobs posted in it. */
  count: number;
}

export interface SkillCount {
  /** The skill. */
  skill: SkillInfo;
  /** Open jobs with that skill (and the skill or company it is counted for). */
  count: number;
}

export interface SeniorityPay {
  /** The level. */
  seniority: Seniority;
  /** The main currency (`pay.currencies[0]`). */
  currency: string;
  /** Salaries of this level in that currency. */
  count: number;
  /** Median yearly midpoint of those salaries. */
  median: number;
}

export interface SkillMarket {
  /** The skill. */
  skill: SkillInfo;
  /** Open jobs that need it. */
  open: number;
  /** Remote, hybrid, on-site and unstated shares of its open jobs. */
  workplace: WorkplaceShare[];
  /** The countries of its open jobs. */
  where: Where;
  /** What its open jobs pay, per currency. */
  pay: Pay;
  /** Jobs posted per month, open or closed, oldest month first (`DEMAND_MONTHS` of them). */
  demand: MonthCount[];
  /** The skills most often on the same open jobs, most first, then by name; at most `TOP_ROWS`. */
  together: SkillCount[];
  /** Median pay per level in the main currency, in `SENIORITIES` order; empty unless two levels have `MIN_SALARIES`. */
  bySeniority: SeniorityPay[];
}

export interface CompanyPay {
  /** ISO 4217 code. */
  currency: string;
  /** Salaries in this currency. */
  count: number;
  /** Lowest yearly amount (a salary's `min`, made yearly). */
  min: number;
  /** Highest yearly amount (a salary's `max`, made yearly). */
  max: number;
}

export interface CompanyMarket {
  /** Open jobs at the company. */
  open: number;
  /** Remote, hybrid, on-site and unstated shares of its open jobs. */
  workplace: WorkplaceShare[];
  /** The pay range of its open jobs per currency, most salaries first, then by code. */
  pay: CompanyPay[];
  /** The skills its open jobs ask for most, most first, then by name; at most `TOP_ROWS`. */
  skills: SkillCount[];
}

export interface TopSkill {
  /** The skill. */
  skill: SkillInfo;
  /** Its open jobs. */
  open: number;
  /** Its jobs posted per month, as in `SkillMarket.demand`. */
  demand: MonthCount[];
}

export interface Market {
  /** The build date the figures are for. */
  today: Day;
  /** The months of every demand series, `YYYY-MM`, oldest first. */
  months: string[];
  /** Every skill of the board, by id, in name order. */
  skills: Map<string, SkillMarket>;
  /** Every company of the board, by id, in name order. */
  companies: Map<string, CompanyMarket>;
  /** The skills with the most open jobs (ties by name), at most `TOP_SKILLS`; none without open jobs. */
  top: TopSkill[];
}

/** What the market needs of a board. */
export type MarketInput = Pick<Board, 'today' | 'jobs' | 'skills' | 'companies'>;

/**
 * Whole percentages of `counts` that add up to exactly 100 (largest-remainder method):
 * each share is rounded down, then the points left over go to the largest remainders;
 * equal remainders go to the earlier position, so 1/1/1 gives 34/33/33. All zeros
 * without any count.
 */
export function largestRemainder(counts: readonly number[], total = 100): number[] {
  const sum = counts.reduce((a, b) => a + b, 0);
  if (sum === 0) return counts.map(() => 0);
  // Integer arithmetic: remainders compare exactly, with no floating-point ties broken by noise.
  const floors = counts.map((c) => Math.floor((c * total) / sum));
  const order = counts
    .map((c, i) => ({ i, remainder: c * total - floors[i]! * sum }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  let left = total - floors.reduce((a, b) => a + b, 0);
  for (const { i } of order) {
    if (left-- <= 0) break;
    floors[i]!++;
  }
  return floors;
}

/** The `p`th percentile of ascending `sorted` values by nearest rank: rank ⌈p/100 × n⌉, at least 1. */
export function nearestRank(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new Error('nearestRank of no values');
  // p × n / 100 rather than p / 100 × n: 10 / 100 × 30 is 3.0000000000000004, whose ceiling is 4.
  const rank = Math.max(1, Math.ceil((p * sorted.length) / 100));
  return sorted[Math.min(rank, sorted.length) - 1]!;
}

/** The median of ascending `sorted` values; the mean of the two middle ones for an even count. */
export function median(sorted: readonly number[]): number {
  const n = sorted.length;
  if (n === 0) throw new Error('median of no values');
  const mid = n >> 1;
  return n % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A salary's yearly amount for `amount`: hourly × 2,080, daily × 260, monthly × 12. */
export function yearly(amount: number, per: SalaryPeriod): number {
  return amount * PERIODS_PER_YEAR[per];
}

/** The middle of a salary range, made yearly: `(min + max) / 2`. */
export function yearlyMidpoint(salary: Pick<Salary, 'min' | 'max' | 'per'>): number {
  return yearly((salary.min + salary.max) / 2, salary.per);
}

/**
 * Months since the start of year 0 of a `YYYY-MM…` text, read from its digits: the pass
 * over the jobs takes no substring per job.
 */
function monthNumber(day: string): number {
  const digit = (i: number) => day.charCodeAt(i) - 48;
  const year = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
  return year * 12 + digit(5) * 10 + digit(6) - 1;
}

/** The `count` calendar months up to and including the month of `today`, oldest first, as `YYYY-MM`. */
export function months(today: Day, count = DEMAND_MONTHS): string[] {
  const last = monthNumber(today);
  return Array.from({ length: count }, (_, i) => {
    const k = last - (count - 1 - i);
    return `${String(Math.floor(k / 12)).padStart(4, '0')}-${String((k % 12) + 1).padStart(2, '0')}`;
  });
}

const WORKPLACE_INDEX: Record<WorkplaceKey, number> = { remote: 0, hybrid: 1, onsite: 2, unstated: 3 };

function workplaceMix(counts: readonly number[]): WorkplaceShare[] {
  const percents = largestRemainder(counts);
  return WORKPLACE_KEYS.map((workplace, i) => ({ workplace, count: counts[i]!, percent: percents[i]! }));
}

/** The countries a job counts for: each listed country once, `ANYWHERE` for a remote job with none. */
function jobCountries(job: BoardJob): string[] {
  const countries: string[] = [];
  for (const l of job.data.locations ?? []) if (!countries.includes(l.country)) countries.push(l.country);
  if (countries.length === 0 && job.data.workplace === 'remote') countries.push(ANYWHERE);
  return countries;
}

interface SalaryPoint {
  midpoint: number;
  seniority: Seniority | undefined;
}

interface SkillTally {
  open: number;
  workplace: number[];
  countries: Map<string, number>;
  unplaced: number;
  salaries: Map<string, SalaryPoint[]>;
  salaryCount: number;
  demand: number[];
  /** Open jobs in common, by the other skill's position in `board.skills`. */
  together: Map<number, number>;
}

interface CompanyTally {
  open: number;
  workplace: number[];
  pay: Map<string, CompanyPay>;
  /** Open jobs per skill, by its position in `board.skills`. */
  skills: Map<number, number>;
}

const increment = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);

/** Most first, then by `tie`. */
function topCounts<K>(map: Map<K, number>, tie: (a: K, b: K) => number, limit: number): [K, number][] {
  return [...map].sort((a, b) => b[1] - a[1] || tie(a[0], b[0])).slice(0, limit);
}

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function payStats(currency: string, sorted: readonly number[]): PayStats {
  return {
    currency,
    count: sorted.length,
    min: sorted[0]!,
    p25: nearestRank(sorted, 25),
    median: median(sorted),
    p75: nearestRank(sorted, 75),
    max: sorted[sorted.length - 1]!,
  };
}

const ascending = (a: number, b: number) => a - b;

function skillPay(tally: SkillTally): { pay: Pay; bySeniority: SeniorityPay[] } {
  const currencies = [...tally.salaries]
    .filter(([, points]) => points.length >= MIN_SALARIES)
    .sort((a, b) => b[1].length - a[1].length || byCode(a[0], b[0]));
  const pay: Pay = {
    currencies: currencies.map(([code, points]) =>
      payStats(code, points.map((p) => p.midpoint).sort(ascending)),
    ),
    salaries: tally.salaryCount,
    tooFew: currencies.length === 0,
  };
  const main = currencies[0];
  if (main === undefined) return { pay, bySeniority: [] };
  const [currency, points] = main;
  const byLevel = new Map<Seniority, number[]>();
  for (const p of points) {
    if (p.seniority === undefined) continue;
    const list = byLevel.get(p.seniority);
    if (list === undefined) byLevel.set(p.seniority, [p.midpoint]);
    else list.push(p.midpoint);
  }
  const bySeniority = SENIORITIES.flatMap((seniority) => {
    const list = byLevel.get(seniority);
    if (list === undefined || list.length < MIN_SALARIES) return [];
    return [{ seniority, currency, count: list.length, median: median(list.sort(ascending)) }];
  });
  return { pay, bySeniority: bySeniority.length >= 2 ? bySeniority : [] };
}

/**
 * The market for every skill, every company and the home page. One pass over
 * `board.jobs` fills a tally per skill and company; only the tallies are sorted
 * afterwards, so the cost grows with the jobs and their skills, never skills × jobs.
 */
export function buildMarket(board: MarketInput): Market {
  const monthKeys = months(board.today);
  const firstMonth = monthNumber(board.today) - (DEMAND_MONTHS - 1);
  // Skills are tallied by their position in board.skills, which is name order: the
  // position also breaks ties by name.
  const position = new Map(board.skills.map((s, i) => [s.id, i]));
  const skillAt = (i: number) => board.skills[i]!;
  const skillTallies: SkillTally[] = board.skills.map(() => ({
    open: 0,
    workplace: [0, 0, 0, 0],
    countries: new Map(),
    unplaced: 0,
    salaries: new Map(),
    salaryCount: 0,
    demand: monthKeys.map(() => 0),
    together: new Map(),
  }));
  const companyTallies = new Map<string, CompanyTally>(
    board.companies.map((c) => [
      c.id,
      { open: 0, workplace: [0, 0, 0, 0], pay: new Map(), skills: new Map() },
    ]),
  );

  const skills: number[] = [];
  for (const job of board.jobs) {
    const data = job.data;
    if (data.draft) continue;
    // Each skill once: a file may list one twice.
    skills.length = 0;
    for (const s of job.skills) {
      const i = position.get(s.id)!;
      if (!skills.includes(i)) skills.push(i);
    }
    const month = monthNumber(data.datePosted) - firstMonth;
    if (month >= 0 && month < DEMAND_MONTHS) for (const i of skills) skillTallies[i]!.demand[month]!++;
    if (!job.open) continue;

    const w = WORKPLACE_INDEX[data.workplace ?? 'unstated'];
    const countries = jobCountries(job);
    const salary = data.salary;
    const point = salary && { midpoint: yearlyMidpoint(salary), seniority: data.seniority };
    for (const i of skills) {
      const t = skillTallies[i]!;
      t.open++;
      t.workplace[w]!++;
      if (countries.length === 0) t.unplaced++;
      for (const c of countries) increment(t.countries, c);
      if (salary !== undefined && point !== undefined) {
        t.salaryCount++;
        const list = t.salaries.get(salary.currency);
        if (list === undefined) t.salaries.set(salary.currency, [point]);
        else list.push(point);
      }
      for (const other of skills) if (other !== i) increment(t.together, other);
    }

    const company = companyTallies.get(job.company.id)!;
    company.open++;
    company.workplace[w]!++;
    for (const i of skills) increment(company.skills, i);
    if (salary !== undefined) {
      const low = yearly(salary.min, salary.per);
      const high = yearly(salary.max, salary.per);
      const range = company.pay.get(salary.currency);
      if (range === undefined)
        company.pay.set(salary.currency, { currency: salary.currency, count: 1, min: low, max: high });
      else {
        range.count++;
        range.min = Math.min(range.min, low);
        range.max = Math.max(range.max, high);
      }
    }
  }

  const markets = new Map<string, SkillMarket>();
  board.skills.forEach((skill, i) => {
    const t = skillTallies[i]!;
    markets.set(skill.id, {
      skill,
      open: t.open,
      workplace: workplaceMix(t.workplace),
      where: {
        top: topCounts(t.countries, byCode, TOP_ROWS).map(([country, count]) => ({ country, count })),
        unplaced: t.unplaced,
      },
      ...skillPay(t),
      demand: monthKeys.map((month, i) => ({ month, count: t.demand[i]! })),
      together: topCounts(t.together, ascending, TOP_ROWS).map(([k, count]) => ({
        skill: skillAt(k),
        count,
      })),
    });
  });

  const companies = new Map<string, CompanyMarket>();
  for (const company of board.companies) {
    const t = companyTallies.get(company.id)!;
    companies.set(company.id, {
      open: t.open,
      workplace: workplaceMix(t.workplace),
      pay: [...t.pay.values()].sort((a, b) => b.count - a.count || byCode(a.currency, b.currency)),
      skills: topCounts(t.skills, ascending, TOP_ROWS).map(([k, count]) => ({ skill: skillAt(k), count })),
    });
  }

  // Sorting is stable and the markets are in name order, so equal counts stay by name.
  const top = [...markets.values()]
    .filter((s) => s.open > 0)
    .sort((a, b) => b.open - a.open)
    .slice(0, TOP_SKILLS)
    .map(({ skill, open, demand }) => ({ skill, open, demand }));

  return { today: board.today, months: monthKeys, skills: markets, companies, top };
}
