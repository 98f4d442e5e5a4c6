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
 * One line for a card: `Madrid, Spain · Hybrid`, `Remote (Germany, Austria)`, or `''`
 * when the job says nothing about where it is.
 */
export function whereLabel(job: Pick<JobData, 'locations' | 'workplace'>): string {
  const places = (job.locations ?? []).map(placeLabel);
  if (job.workplace === 'remote') {
    return places.length > 0 ? `Remote (${places.join('; ')})` : 'Remote';
  }
  const parts = [places.join('; '), job.workplace ? WORKPLACE_LABEL[job.workplace] : ''];
  return parts.filter((p) => p !== '').join(' · ');
}

const currencyFormats = new Map<string, Intl.NumberFormat>();

function amount(n: number, currency: string): string {
  let format = currencyFormats.get(currency);
  if (format === undefined) {
    format = new Intl.NumberFormat('en', { style: 'currency', currency, maximumFractionDigits: 0 });
    currencyFormats.set(currency, format);
  }
  return format.format(n);
}

/** `€60,000–€80,000 a year`. */
export function salaryLabel(salary: Salary): string {
  const range =
    salary.min === salary.max
      ? amount(salary.min, salary.currency)
      : `${amount(salary.min, salary.currency)}–${amount(salary.max, salary.currency)}`;
  return `${range} a ${salary.per}`;
}

/** The host an apply link leads to (`jobs.example.com`), or the address of an e-mail. */
export function applyTarget(apply: string): { href: string; label: string; external: boolean } {
  if (apply.includes('@') && !apply.startsWith('https://')) {
    return { href: `mailto:${apply}`, label: apply, external: false };
  }
  return { href: apply, label: new URL(apply).hostname, external: true };
}
