import { describe, expect, test } from 'vitest';
import { factsLine, moneyShort, placeText, salaryLabel, salaryShort } from '@/lib/format';

describe('factsLine', () => {
  test('names the city, country and workplace', () => {
    expect(factsLine({ workplace: 'hybrid', locations: [{ city: 'Madrid', country: 'ES' }] })).toBe(
      'Madrid, Spain · Hybrid',
    );
  });
  test('lists the countries a remote job accepts, once saying Remote', () => {
    expect(factsLine({ workplace: 'remote', locations: [{ country: 'DE' }, { country: 'AT' }] })).toBe(
      'Remote (Germany; Austria)',
    );
  });
  test('ends with the salary, as a card shows it', () => {
    expect(
      factsLine({
        workplace: 'onsite',
        locations: [{ city: 'Lisbon', country: 'PT' }],
        salary: { min: 70_000, max: 90_000, currency: 'EUR', per: 'year' },
      }),
    ).toBe('Lisbon, Portugal · On-site · €70k–90k a year');
  });
  test('says so when the job says nothing of where it is: never nothing', () => {
    expect(factsLine({})).toBe('Location not stated');
  });
});

describe('placeText', () => {
  test('names the city and country of an office job', () => {
    expect(placeText({ workplace: 'hybrid', locations: [{ city: 'Madrid', country: 'ES' }] })).toBe(
      'Madrid, Spain',
    );
  });
  test('says where a remote job hires from, or just Remote', () => {
    expect(placeText({ workplace: 'remote', locations: [{ country: 'DE' }] })).toBe('Remote (Germany)');
    expect(placeText({ workplace: 'remote' })).toBe('Remote');
  });
  test('says so when the job names no place', () => {
    expect(placeText({})).toBe('Location not stated');
    expect(placeText({ workplace: 'onsite', locations: [] })).toBe('Location not stated');
  });
});

describe('moneyShort', () => {
  test('rounds to three significant digits with a lowercase k', () => {
    expect(moneyShort(123_500, 'EUR')).toBe('€124k');
    expect(moneyShort(72_500, 'USD')).toBe('$72.5k');
    expect(moneyShort(1_250_000, 'GBP')).toBe('£1.25M');
    expect(moneyShort(45, 'EUR')).toBe('€45');
  });
  test('writes currencies without a symbol by their code, joined by a no-break space', () => {
    expect(moneyShort(90_000, 'CHF')).toBe('CHF\u00a090k');
  });
});

describe('salaryShort', () => {
  test('shows a yearly range as a card does', () => {
    expect(salaryShort({ min: 70_000, max: 90_000, currency: 'EUR', per: 'year' })).toBe('€70k–90k a year');
  });
  test('names the period in plain English', () => {
    expect(salaryShort({ min: 45, max: 60, currency: 'USD', per: 'hour' })).toBe('$45–60 an hour');
    expect(salaryShort({ min: 5000, max: 5000, currency: 'CHF', per: 'month' })).toBe('CHF\u00a05k a month');
  });
});

describe('salaryLabel', () => {
  test('formats a range with its currency and period', () => {
    expect(salaryLabel({ min: 70000, max: 90000, currency: 'EUR', per: 'year' })).toBe(
      '€70,000–€90,000 a year',
    );
  });
  test('says "an hour", not "a hour"', () => {
    expect(salaryLabel({ min: 45, max: 60, currency: 'USD', per: 'hour' })).toBe('$45–$60 an hour');
  });
});
