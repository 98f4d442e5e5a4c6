/**
 * How the market figures read: the labels of the market panels and the accessible names of
 * their charts, which state the same figures the charts draw (issue 12).
 */
import { countryName, money, moneyShort, WORKPLACE_LABEL } from './format';
import { ANYWHERE, type MonthCount, type PayStats, type WorkplaceKey, type WorkplaceShare } from './market';

const monthFormat = new Intl.DateTimeFormat('en', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const monthLabels = new Map<string, string>();

/** `2026-12` -> `Dec 2026`. */
export function monthLabel(month: string): string {
  let label = monthLabels.get(month);
  if (label === undefined) {
    label = monthFormat.format(new Date(`${month}-01T00:00:00Z`));
    monthLabels.set(month, label);
  }
  return label;
}

/** `Remote`, `Hybrid`, `On-site`, `Not stated`. */
export function workplaceLabel(key: WorkplaceKey): string {
  return key === 'unstated' ? 'Not stated' : WORKPLACE_LABEL[key];
}

/** `Germany`, or `Anywhere` for a remote job that names no country. */
export function countryLabel(country: string): string {
  return country === ANYWHERE ? 'Anywhere' : countryName(country);
}

/** `1 job`, `3 jobs`; `salary`/`salaries` and other nouns with a plural of their own. */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

/** The shares that have jobs, in the mix's order. */
export function presentShares(mix: readonly WorkplaceShare[]): WorkplaceShare[] {
  return mix.filter((s) => s.count > 0);
}

/** `Workplace of 12 open jobs: remote 50%, hybrid 25%, on-site 25%`. */
export function mixLabel(mix: readonly WorkplaceShare[]): string {
  const total = mix.reduce((a, s) => a + s.count, 0);
  const parts = presentShares(mix).map((s) => `${workplaceLabel(s.workplace).toLowerCase()} ${s.percent}%`);
  return `Workplace of ${count(total, 'open job')}: ${parts.join(', ')}`;
}

/** `Pay in EUR: median €72k, middle half €60k–€85k, from 23 salaries`. */
export function payLabel(stats: PayStats): string {
  const short = (n: number) => moneyShort(n, stats.currency);
  return (
    `Pay in ${stats.currency}: median ${short(stats.median)}, ` +
    `middle half ${short(stats.p25)}–${short(stats.p75)}, from ${count(stats.count, 'salary', 'salaries')}`
  );
}

/** `€60,000–€85,000`, or one amount when both ends are equal. */
export function moneyRange(min: number, max: number, currency: string): string {
  return min === max ? money(min, currency) : `${money(min, currency)}–${money(max, currency)}`;
}

/** Jobs posted over the whole series. */
export function demandTotal(demand: readonly MonthCount[]): number {
  return demand.reduce((a, m) => a + m.count, 0);
}

/**
 * `Jobs posted per month, Dec 2025 to Nov 2026: 42 in all, most in Oct 2026 (9), 5 in Nov 2026`;
 * the busiest month is the latest of equals.
 */
export function demandLabel(demand: readonly MonthCount[], subject = 'Jobs'): string {
  const first = demand[0];
  const last = demand[demand.length - 1];
  if (first === undefined || last === undefined) return `${subject} posted per month: none`;
  const total = demandTotal(demand);
  const span = `${subject} posted per month, ${monthLabel(first.month)} to ${monthLabel(last.month)}`;
  if (total === 0) return `${span}: none`;
  const peak = demand.reduce((best, m) => (m.count >= best.count ? m : best));
  return `${span}: ${total.toLocaleString('en')} in all, most in ${monthLabel(peak.month)} (${peak.count}), ${last.count} in ${monthLabel(last.month)}`;
}
