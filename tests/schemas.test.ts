import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import {
  COLLECTION_NAMES,
  companySchema,
  isSafeApply,
  jobSchema,
  LOGO_EXTENSIONS,
  LOGO_FILE_PATTERN,
  MARKDOWN_COLLECTIONS,
  SALARY_RANGE_RULE,
  salarySchema,
} from '@/lib/schemas';
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

describe('companySchema', () => {
  test('takes a logo with each of LOGO_EXTENSIONS, in any case, and no other image type', () => {
    for (const ext of LOGO_EXTENSIONS) {
      for (const logo of [`logo.${ext}`, `Logo.${ext.toUpperCase()}`]) {
        expect(LOGO_FILE_PATTERN.test(logo)).toBe(true);
        expect(companySchema.safeParse({ name: 'Acme', logo }).success).toBe(true);
      }
    }
    for (const logo of ['logo.gif', 'logo.jpe', 'logos/logo.png', 'logo.png.md']) {
      expect(LOGO_FILE_PATTERN.test(logo)).toBe(false);
      expect(companySchema.safeParse({ name: 'Acme', logo }).success).toBe(false);
    }
  });
});

/** Where a schema (and each object inside it) has `.refine`s: one path per refinement, `''` for the top. */
function refinedObjects(schema: z.core.$ZodType, at: readonly string[] = []): string[] {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault) {
    return refinedObjects(schema.unwrap(), at);
  }
  if (schema instanceof z.ZodArray) return refinedObjects(schema.element, [...at, '*']);
  if (!(schema instanceof z.ZodObject)) return [];
  const own = (schema._zod.def.checks ?? []).map(() => at.join('.'));
  const shape: Record<string, z.core.$ZodType> = schema.shape;
  return [...own, ...Object.entries(shape).flatMap(([key, field]) => refinedObjects(field, [...at, key]))];
}

describe('MARKDOWN_COLLECTIONS', () => {
  test('names one entry per collection folder', () => {
    expect(Object.keys(MARKDOWN_COLLECTIONS).sort()).toEqual([...COLLECTION_NAMES].sort());
  });

  test('lists every rule between fields of a schema, for the checker to run when zod skips it', () => {
    for (const { schema, rules } of Object.values(MARKDOWN_COLLECTIONS)) {
      expect(rules.map((r) => r.within.join('.'))).toEqual(refinedObjects(schema));
    }
  });

  test('a listed rule is the refinement its schema reports', () => {
    const r = salarySchema.safeParse({ min: 2, max: 1, currency: 'EUR', per: 'year' });
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      [SALARY_RANGE_RULE.path, SALARY_RANGE_RULE.error],
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
