import { describe, expect, test } from 'vitest';
import { applyTarget, salaryLabel, whereLabel } from '@/lib/format';

describe('whereLabel', () => {
  test('names the city, country and workplace', () => {
    expect(whereLabel({ workplace: 'hybrid', locations: [{ city: 'Madrid', country: 'ES' }] })).toBe(
      'Madrid, Spain · Hybrid',
    );
  });
  test('lists the countries a remote job accepts', () => {
    expect(whereLabel({ workplace: 'remote', locations: [{ country: 'DE' }, { country: 'AT' }] })).toBe(
      'Remote (Germany; Austria)',
    );
  });
  test('says nothing when the job says nothing', () => {
    expect(whereLabel({})).toBe('');
  });
});

describe('salaryLabel', () => {
  test('formats a range with its currency and period', () => {
    expect(salaryLabel({ min: 70000, max: 90000, currency: 'EUR', per: 'year' })).toBe(
      '€70,000–€90,000 a year',
    );
  });
});

describe('applyTarget', () => {
  test('shows the domain an apply link leads to', () => {
    expect(applyTarget('https://jobs.example.com/apply/1')).toEqual({
      href: 'https://jobs.example.com/apply/1',
      label: 'jobs.example.com',
      external: true,
    });
  });
  test('turns an e-mail address into a mailto link', () => {
    expect(applyTarget('jobs@example.com').href).toBe('mailto:jobs@example.com');
  });
});
