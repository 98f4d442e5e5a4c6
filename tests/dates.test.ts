import { describe, expect, test, vi } from 'vitest';
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
  test("falls back to today's date in UTC, whatever the machine's time zone", () => {
    // 23:30 on 1 March on a machine in New York is already 2 March in UTC.
    vi.stubEnv('TZ', 'America/New_York');
    vi.useFakeTimers({ now: new Date('2026-03-01T23:30:00-05:00'), toFake: ['Date'] });
    try {
      expect(new Date().getDate()).toBe(1);
      expect(buildDate({})).toBe('2026-03-02');
    } finally {
      vi.useRealTimers();
      vi.unstubAllEnvs();
    }
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
