import { describe, expect, test } from 'vitest';
import { columnBars, rangeScale, stackedSpans } from '@/lib/charts';
import type { MonthCount, WorkplaceShare } from '@/lib/market';
import { countryLabel, demandLabel, mixLabel, monthLabel, payLabel } from '@/lib/marketText';

const series = (counts: number[]): MonthCount[] =>
  counts.map((count, i) => ({ month: `2026-${String(i + 1).padStart(2, '0')}`, count }));

describe('market labels', () => {
  test('names months in English, short', () => {
    expect(monthLabel('2026-12')).toBe('Dec 2026');
    expect(monthLabel('2027-01')).toBe('Jan 2027');
  });

  test('calls a remote job without a country Anywhere', () => {
    expect(countryLabel('anywhere')).toBe('Anywhere');
    expect(countryLabel('DE')).toBe('Germany');
  });

  test('states the pay figures the range bar draws', () => {
    expect(
      payLabel({
        currency: 'EUR',
        count: 23,
        min: 40_000,
        p25: 60_000,
        median: 72_000,
        p75: 85_000,
        max: 1e5,
      }),
    ).toBe('Pay in EUR: median €72k, middle half €60k–€85k, from 23 salaries');
  });

  test('states the workplace shares that have jobs', () => {
    const mix: WorkplaceShare[] = [
      { workplace: 'remote', count: 1, percent: 34 },
      { workplace: 'hybrid', count: 1, percent: 33 },
      { workplace: 'onsite', count: 0, percent: 0 },
      { workplace: 'unstated', count: 1, percent: 33 },
    ];
    expect(mixLabel(mix)).toBe('Workplace of 3 open jobs: remote 34%, hybrid 33%, not stated 33%');
  });

  test('states the total, the busiest month (the latest of equals) and the last month of demand', () => {
    expect(demandLabel(series([0, 4, 0, 4, 2]), 'Go jobs')).toBe(
      'Go jobs posted per month, Jan 2026 to May 2026: 10 in all, most in Apr 2026 (4), 2 in May 2026',
    );
    expect(demandLabel(series([0, 0]))).toBe('Jobs posted per month, Jan 2026 to Feb 2026: none');
  });
});

describe('chart geometry', () => {
  test('draws the busiest month full height and an empty month as no bar', () => {
    const bars = columnBars([0, 5, 10], 40);
    expect(bars.map((b) => b.height)).toEqual([0, 20, 40]);
    expect(bars.map((b) => b.y)).toEqual([40, 20, 0]);
    expect(bars[0]!.x).toBe('0%');
    // Three bands with a quarter of a band between them fill the width.
    expect(parseFloat(bars[2]!.x) + parseFloat(bars[2]!.width)).toBeCloseTo(100, 1);
  });

  test('stacks shares left to right across the whole width, skipping empty ones', () => {
    expect(stackedSpans([1, 0, 3])).toEqual([
      { x: '0%', width: '25%' },
      undefined,
      { x: '25%', width: '75%' },
    ]);
  });

  test('places amounts between the inset ends of a range bar, one amount in the middle', () => {
    const x = rangeScale(50_000, 150_000);
    expect([x(50_000), x(100_000), x(150_000)]).toEqual([1, 50, 99]);
    expect(rangeScale(70_000, 70_000)(70_000)).toBe(50);
  });
});
