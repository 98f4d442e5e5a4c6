import { describe, expect, test } from 'vitest';
import { applyLink, applyText, hostLabel } from '@/lib/apply';

describe('applyLink', () => {
  const company = { careers: 'https://jobs.sap.com/', website: 'https://www.sap.com/' };

  test("prefers the job's own apply URL", () => {
    expect(applyLink({ job: { apply: 'https://boards.greenhouse.io/acme/1' }, company })).toEqual({
      href: 'https://boards.greenhouse.io/acme/1',
      target: 'boards.greenhouse.io',
      kind: 'web',
      source: 'apply',
    });
  });

  test('turns an e-mail address into a mailto link', () => {
    const link = applyLink({ job: { apply: 'jobs@example.com' }, company })!;
    expect(link.href).toBe('mailto:jobs@example.com');
    expect(applyText(link)).toBe('Apply by e-mail');
  });

  test("falls back to the company's careers page, then its website", () => {
    expect(applyLink({ job: {}, company })?.href).toBe('https://jobs.sap.com/');
    expect(applyLink({ job: {}, company: { website: 'https://www.sumup.com/' } })).toMatchObject({
      href: 'https://www.sumup.com/',
      source: 'website',
    });
  });

  test('gives nothing when neither the job nor the company says where to apply', () => {
    expect(applyLink({ job: {}, company: {} })).toBeUndefined();
  });
});

describe('applyText', () => {
  test('names the site the button leads to, without www', () => {
    expect(applyText(applyLink({ job: {}, company: { website: 'https://www.sumup.com/' } })!)).toBe(
      'Apply on sumup.com',
    );
    expect(hostLabel('https://careers.example.co.uk/x')).toBe('careers.example.co.uk');
  });
});
