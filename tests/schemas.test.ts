import { describe, expect, test } from 'vitest';
import { isSafeApply, jobSchema } from '@/lib/schemas';
import { editDistance, nearest } from '@/lib/suggest';

describe('isSafeApply', () => {
  test.each([
    'https://jobs.example.com/apply/42?ref=board',
    'jobs@example.com',
    'first.last+jobs@mail.example.co.uk',
  ])('accepts %s', (v) => expect(isSafeApply(v)).toBe(true));
  test.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    '\tjavascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'javascript&#58;alert(1)',
    'javascript&colon;alert(1)',
    '&#106;avascript:alert(1)',
    '&#x6A;avascript:alert(1)',
    'javascript&#58;alert(1)@example.com',
    'data:text/html,<script>alert(1)</script>',
    'DATA:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox(1)',
    'VBScript:msgbox(1)',
    'http://jobs.example.com',
    'HTTP://jobs.example.com',
    'HTTPS://jobs.example.com',
    'https://localhost',
    '//jobs.example.com',
    'mailto:jobs@example.com',
    'not a link',
  ])('refuses %j', (v) => expect(isSafeApply(v)).toBe(false));
});

describe('jobSchema', () => {
  const job = { title: 'Go', company: 'acme', skills: ['go'], summary: 'A job.', datePosted: '2026-11-01' };

  test('reports a wrong date once, not also as "before datePosted"', () => {
    const r = jobSchema.safeParse({ ...job, validThrough: '2026-02-30' });
    expect(r.error?.issues.map((i) => i.message)).toEqual(['is not a real date; write YYYY-MM-DD']);
  });

  test('refuses validThrough before datePosted', () => {
    const r = jobSchema.safeParse({ ...job, validThrough: '2026-10-31' });
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['validThrough', 'is before datePosted; write the same day or later'],
    ]);
  });
});

describe('nearest', () => {
  test('counts two swapped letters as one edit, so titel means title', () => {
    expect(editDistance('titel', 'title')).toBe(1);
    expect(nearest('titel', ['title', 'company'])).toBe('title');
  });
  test('ignores punctuation: nodejs means node-js', () => {
    expect(nearest('nodejs', ['node-js', 'go'])).toBe('node-js');
  });
  test('suggests nothing when nothing is close', () => {
    expect(nearest('kubernetes', ['go', 'rust'])).toBeUndefined();
  });
});
