/**
 * Calendar days as `YYYY-MM-DD` text. Jobs open and close on whole days, so the site
 * compares days as text (which sorts correctly) and never converts them through a
 * time zone.
 */

/** A day written `YYYY-MM-DD`. */
export type Day = string;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `text` is `YYYY-MM-DD` and that day exists on the calendar. */
export function isRealDate(text: string): boolean {
  const m = DAY.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Today's date in UTC as `YYYY-MM-DD`, or `BUILD_DATE` when set (reproducible builds). */
export function buildDate(env: Record<string, string | undefined> = process.env): Day {
  const fixed = env['BUILD_DATE'];
  if (fixed !== undefined && fixed !== '') {
    if (!isRealDate(fixed)) {
      throw new Error(`BUILD_DATE="${fixed}" is not a real date; write YYYY-MM-DD`);
    }
    return fixed;
  }
  return new Date().toISOString().slice(0, 10);
}

// Every card converts its day; thousands of pages share a few hundred days.
const utcByDay = new Map<Day, number>();

function toUtc(day: Day): number {
  let utc = utcByDay.get(day);
  if (utc === undefined) {
    const [y, m, d] = day.split('-').map(Number) as [number, number, number];
    utc = Date.UTC(y, m - 1, d);
    utcByDay.set(day, utc);
  }
  return utc;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Day, to: Day): number {
  return Math.round((toUtc(to) - toUtc(from)) / 86_400_000);
}

/** The day `n` days after `day` (before, for negative `n`). */
export function addDays(day: Day, n: number): Day {
  return new Date(toUtc(day) + n * 86_400_000).toISOString().slice(0, 10);
}

// One format for every date on the site (cards, job pages, guides, search results): the
// search index stores the same text (src/lib/searchRecord.ts), so they always agree.
const shortDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

const formattedDays = new Map<Day, string>();

/** "23 Nov 2026". */
export function formatDay(day: Day): string {
  let text = formattedDays.get(day);
  if (text === undefined) {
    text = shortDate.format(new Date(toUtc(day)));
    formattedDays.set(day, text);
  }
  return text;
}

/** Days a job counts as new: posted on the build day or the two days before it. */
export const NEW_FOR_DAYS = 3;

/** True when `posted` is within the last `NEW_FOR_DAYS` days of `today` (a "New" badge). */
export function isNew(posted: Day, today: Day): boolean {
  const age = daysBetween(posted, today);
  return age >= 0 && age < NEW_FOR_DAYS;
}
