import { describe, expect, test } from 'vitest';
import { addDays, buildDate, daysBetween, formatDay, isNew, isRealDate } from '@/lib/dates';

describe('isRealDate', () => {
  test.each(['2026-11-23', '2024-02-29', '2000-02-29'])('accepts %s', (d) =>
    expect(isRealDate(d)).toBe(true),
  );
  test.each(['2024-02-30', '2023-02-29', '2026-13-01', '2026-1-5', '26-11-23', '2026-11-23T00:00'])(
    'refuses %s',
    (d) => expect(isRealDate(d)).toBe(false),
  );
});

describe('buildDate', () => {
  test('uses BUILD_DATE when set, so builds are reproducible', () => {
    expect(buildDate({ BUILD_DATE: '2026-01-31' })).toBe('2026-01-31');
  });
  test('refuses a BUILD_DATE that is not a real day', () => {
    expect(() => buildDate({ BUILD_DATE: '2026-02-30' })).toThrow(/not a real date/);
  });
  test("falls back to today's UTC date", () => {
    expect(buildDate({})).toBe(new Date().toISOString().slice(0, 10));
  });
});

describe('day arithmetic', () => {
  test('counts whole days across a month and a DST change', () => {
    expect(daysBetween('2026-10-24', '2026-11-02')).toBe(9);
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});

describe('formatDay', () => {
  test('writes a day as "23 Nov 2026", whatever the time zone', () => {
    expect(formatDay('2026-11-23')).toBe('23 Nov 2026');
    expect(formatDay('2027-01-01')).toBe('1 Jan 2027');
  });
});

describe('isNew', () => {
  test('marks jobs posted on the build day and the two days before', () => {
    expect(isNew('2026-11-25', '2026-11-25')).toBe(true);
    expect(isNew('2026-11-23', '2026-11-25')).toBe(true);
    expect(isNew('2026-11-22', '2026-11-25')).toBe(false);
  });
  test('does not mark a job dated after the build day', () => {
    expect(isNew('2026-11-26', '2026-11-25')).toBe(false);
  });
});
