/** How job facts read on a page: one place for every label. */
import type { EmploymentType, JobData, Location, Salary, Seniority, Workplace } from './schemas';

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

// Cards repeat the same few countries and currencies on thousands of pages: ICU lookups and
// formatter construction are memoised (measured with `npm run bench`).
const countryNames = new Map<string, string>();

/** `HU` -> `Hungary`. */
export function countryName(code: string): string {
  let name = countryNames.get(code);
  if (name === undefined) {
    name = regionNames.of(code) ?? code;
    countryNames.set(code, name);
  }
  return name;
}

export const WORKPLACE_LABEL: Record<Workplace, string> = {
  onsite: 'On-site',
  hybrid: 'Hybrid',
  remote: 'Remote',
};

export const EMPLOYMENT_LABEL: Record<EmploymentType, string> = {
  'full-time': 'Full-time',
  'part-time': 'Part-time',
  contract: 'Contract',
  temporary: 'Temporary',
  internship: 'Internship',
};

export const SENIORITY_LABEL: Record<Seniority, string> = {
  intern: 'Intern',
  junior: 'Junior',
  mid: 'Mid-level',
  senior: 'Senior',
  lead: 'Lead',
  principal: 'Principal',
};

/** `Madrid, Spain`; `Spain` when there is no city. */
export function placeLabel(location: Location): string {
  const country = countryName(location.country);
  return location.city !== undefined ? `${location.city}, ${country}` : country;
}

/**
 * Where a job is, for a card: `Madrid, Spain`, `Remote (Germany; Austria)`, `Remote`, or
 * `Location not stated`: never nothing, so a reader can tell "anywhere" from "unknown".
 */
export function placeText(job: Pick<JobData, 'locations' | 'workplace'>): string {
  const places = (job.locations ?? []).map(placeLabel);
  if (job.workplace === 'remote') return places.length > 0 ? `Remote (${places.join('; ')})` : 'Remote';
  return places.length > 0 ? places.join('; ') : 'Location not stated';
}

/**
 * One line for a compact list, a card's facts in a card's order: `Madrid, Spain · Hybrid ·
 * €70k–90k a year`, `Remote (Germany; Austria)`, `Location not stated`: never nothing.
 */
export function factsLine(job: Pick<JobData, 'locations' | 'workplace' | 'salary'>): string {
  return [
    placeText(job),
    job.workplace !== undefined && job.workplace !== 'remote' ? WORKPLACE_LABEL[job.workplace] : '',
    job.salary !== undefined ? salaryShort(job.salary) : '',
  ]
    .filter((part) => part !== '')
    .join(' · ');
}

const currencyFormats = new Map<string, Intl.NumberFormat>();
const compactFormats = new Map<string, Intl.NumberFormat>();

function cached(
  cache: Map<string, Intl.NumberFormat>,
  currency: string,
  options: Intl.NumberFormatOptions,
): Intl.NumberFormat {
  let format = cache.get(currency);
  if (format === undefined) {
    format = new Intl.NumberFormat('en', { style: 'currency', currency, ...options });
    cache.set(currency, format);
  }
  return format;
}

/** `€123,500`: a whole amount in the currency's own format. */
export function money(n: number, currency: string): string {
  return cached(currencyFormats, currency, { maximumFractionDigits: 0 }).format(n);
}

/** `€124k`, `€1.25M`, `CHF 90k`, `€45`: an amount to three significant digits. */
export function moneyShort(n: number, currency: string, symbol = true): string {
  const parts = cached(compactFormats, currency, {
    notation: 'compact',
    maximumSignificantDigits: 3,
  }).formatToParts(n);
  return parts
    .filter((p) => symbol || (p.type !== 'currency' && p.type !== 'literal'))
    .map((p) => (p.type === 'compact' && p.value === 'K' ? 'k' : p.value))
    .join('')
    .trim();
}

const PER: Record<Salary['per'], string> = {
  hour: 'an hour',
  day: 'a day',
  month: 'a month',
  year: 'a year',
};

/** `€60,000–€80,000 a year`. */
export function salaryLabel(salary: Salary): string {
  const range =
    salary.min === salary.max
      ? money(salary.min, salary.currency)
      : `${money(salary.min, salary.currency)}–${money(salary.max, salary.currency)}`;
  return `${range} ${PER[salary.per]}`;
}

const shortSalaries = new WeakMap<Salary, string>();

/**
 * `€70k–90k a year`: the salary as a card shows it. A job's card, search record and feed
 * item all print it (formatToParts is slow: 0.6 s at 10,000 jobs), so each is made once.
 */
export function salaryShort(salary: Salary): string {
  let label = shortSalaries.get(salary);
  if (label === undefined) {
    const low = moneyShort(salary.min, salary.currency);
    const range =
      salary.min === salary.max ? low : `${low}–${moneyShort(salary.max, salary.currency, false)}`;
    label = `${range} ${PER[salary.per]}`;
    shortSalaries.set(salary, label);
  }
  return label;
}
