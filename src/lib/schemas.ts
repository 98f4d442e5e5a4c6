/**
 * The content schemas: the single source of truth for what a content file may say.
 * `src/content.config.ts` hands them to Astro; `scripts/checkContent.ts` validates raw
 * files against the very same objects, so the two can never disagree.
 *
 * Error messages say what to write, not what zod saw: the checker prints them after
 * `file:line: field: "value"`.
 */
import { z } from 'astro/zod';
import { isRealDate } from './dates';

/** Kebab-case id: lowercase letters and digits joined by single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The image types a company logo may be, as file extensions. */
export const LOGO_EXTENSIONS = ['png', 'jpg', 'jpeg', 'webp', 'avif', 'svg'] as const;
/** A logo's file name: a plain name beside the company file, ending in one of `LOGO_EXTENSIONS`. */
export const LOGO_FILE_PATTERN = new RegExp(`^[\\w.-]+\\.(?:${LOGO_EXTENSIONS.join('|')})$`, 'i');
/** The collections written as a folder of Markdown files, each named after its folder. */
export const COLLECTION_NAMES = ['companies', 'articles', 'jobs'] as const;
/** The skills collection's file, a YAML list at the top of the content root. */
export const SKILLS_FILE = 'skills.yaml';
/** The longest `summary` a card shows. */
export const SUMMARY_MAX = 200;

export const WORKPLACES = ['onsite', 'hybrid', 'remote'] as const;
export const EMPLOYMENT_TYPES = ['full-time', 'part-time', 'contract', 'temporary', 'internship'] as const;
export const SENIORITIES = ['intern', 'junior', 'mid', 'senior', 'lead', 'principal'] as const;
export const SALARY_PERIODS = ['hour', 'day', 'month', 'year'] as const;

export type Workplace = (typeof WORKPLACES)[number];
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];
export type Seniority = (typeof SENIORITIES)[number];
export type SalaryPeriod = (typeof SALARY_PERIODS)[number];

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/** True for an assigned ISO 3166-1 alpha-2 code such as `HU`. */
export function isCountryCode(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code)) return false;
  const name = regionNames.of(code);
  return name !== undefined && name !== code;
}

/** Markup characters that have no business in a plain-text field. */
export const HTML_LIKE = /<\/?[a-z!/?]|&(?:#\d+|#x[\da-f]+|[a-z]+);/i;

/**
 * True when `text` looks like HTML (a tag, comment or entity). The content checker refuses
 * such titles, summaries and names; the Astro schema accepts them, because the pages must
 * be safe on their own (they escape every value) and the hostile fixture proves it.
 */
export function hasMarkup(text: string): boolean {
  return HTML_LIKE.test(text);
}

const requiredText = (what: string) =>
  z
    .string({
      error: (i) =>
        i.input === undefined ? `is required; add ${what}` : `is not text; write ${what} in quotes`,
    })
    .trim()
    .min(1, { error: `is empty; write ${what}` });

/** Plain text of at most `max` characters (markup is refused by the checker: `hasMarkup`). */
const plainText = (what: string, max: number) =>
  requiredText(what).max(max, { error: `is longer than ${max} characters; shorten it` });

const id = (what: string) =>
  requiredText(what).regex(ID_PATTERN, {
    error: `is not an id; write ${what} in kebab-case, e.g. back-end-development`,
  });

/** `true` or `false`, default false. */
const flag = z.boolean({ error: 'is not true or false; write true, or leave the line out' }).default(false);

/** A positive amount of money. */
const amount = z
  .number({
    error: (i) =>
      i.input === undefined
        ? 'is required; write a number'
        : 'is not a number; write digits only, e.g. 60000',
  })
  .positive({ error: 'must be above 0' });

/** A missing enum field says which values exist (a wrong value gets them from the checker). */
const requiredChoice =
  (values: readonly string[]) =>
  (i: { input?: unknown }): string | undefined =>
    i.input === undefined ? `is required; write one of ${values.join(', ')}` : undefined;

/** A nested record written as something else. */
const notAnObject =
  (what: string) =>
  (i: { code?: string; input?: unknown }): string | undefined =>
    i.code === 'invalid_type' ? `is not a record; write ${what}` : undefined;

/**
 * A calendar day written `YYYY-MM-DD`. YAML parsers turn such text into a Date (and turn
 * 2024-02-30 into March 1st without a word); Astro's loader does, so a Date is accepted
 * and written back as text. The content checker reads the raw text, so impossible
 * dates are refused before Astro ever sees them.
 */
export const calendarDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z
    .string({
      error: (i) =>
        i.input === undefined ? 'is required; write a date as YYYY-MM-DD' : 'is not a date; write YYYY-MM-DD',
    })
    .refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s), { error: 'is not a date; write YYYY-MM-DD', abort: true })
    .refine(isRealDate, { error: 'is not a real date; write YYYY-MM-DD' }),
);

const bothReal = (a: string, b: string | undefined) => b !== undefined && isRealDate(a) && isRealDate(b);

/**
 * A rule between fields of one record, checked by the record's `.refine`. zod skips an
 * object's refinements once one of its fields has the wrong type or choice, so the content
 * checker also runs each rule by itself when the fields it reads are valid: an editor then
 * sees every problem of a file in one run.
 */
export interface FieldRule {
  /** The fields the rule reads. */
  readonly fields: readonly string[];
  /** The field a broken rule is reported on. */
  readonly path: string;
  /** What is wrong and what to write (after `field: "value"`). */
  readonly error: string;
  /**
   * True when the record keeps the rule. Method syntax on purpose: a rule may then take the
   * record it was written for (`satisfies FieldRule`), and the checker hands it the values
   * of `fields` parsed by their own schemas.
   */
  holds(record: Record<string, unknown>): boolean;
}

/** An article's dateModified is on or after its datePublished. */
export const DATE_MODIFIED_RULE = {
  fields: ['datePublished', 'dateModified'],
  path: 'dateModified',
  error: 'is before datePublished; write the same day or later',
  holds: (a: { datePublished: string; dateModified?: string | undefined }) =>
    !bothReal(a.datePublished, a.dateModified) || a.dateModified! >= a.datePublished,
} as const satisfies FieldRule;

/** A salary's max is at least its min. */
export const SALARY_RANGE_RULE = {
  fields: ['min', 'max'],
  path: 'max',
  error: 'is below min; write max >= min',
  holds: (s: { min: number; max: number }) => s.min <= s.max,
} as const satisfies FieldRule;

/** A job's validThrough is on or after its datePosted. */
export const VALID_THROUGH_RULE = {
  fields: ['datePosted', 'validThrough'],
  path: 'validThrough',
  error: 'is before datePosted; write the same day or later',
  // Only two real dates can be compared: a bad one already has its own message.
  holds: (j: { datePosted: string; validThrough?: string | undefined }) =>
    !bothReal(j.datePosted, j.validThrough) || j.validThrough! >= j.datePosted,
} as const satisfies FieldRule;

const dangerousScheme = /^(?:javascript|data|vbscript|file|http):/;

/**
 * Normalises a link the way a browser would before it picks the scheme: entities decoded,
 * control characters and white space dropped, lowercased.
 */
export function linkScheme(raw: string): string {
  return (
    raw
      .replace(/&#x([\da-f]+);?/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
      .replace(/&#(\d+);?/g, (_, d: string) => String.fromCodePoint(parseInt(d, 10)))
      .replace(/&(colon|tab|newline);/gi, (_, n: string) => (n.toLowerCase() === 'colon' ? ':' : ''))
      // eslint-disable-next-line no-control-regex -- browsers drop control characters inside a scheme
      .replace(/[\u0000-\u0020\u007f-\u009f]/g, '')
      .toLowerCase()
  );
}

/** An https URL or an e-mail address; nothing else can become a link on the page. */
export function isSafeApply(raw: string): boolean {
  if (raw !== raw.trim() || /[\s<>"'`]/.test(raw)) return false;
  const normalised = linkScheme(raw);
  if (dangerousScheme.test(normalised)) return false;
  if (/^[^@\s/:]+@[^@\s/:]+\.[a-z]{2,}$/i.test(raw)) return true;
  if (!raw.startsWith('https://')) return false;
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' && url.hostname.includes('.');
  } catch {
    return false;
  }
}

/** An https URL (a company's website). */
export const httpsUrl = z.string({ error: 'is not text; write an https:// address' }).refine(
  (s) => {
    try {
      return s.startsWith('https://') && new URL(s).protocol === 'https:';
    } catch {
      return false;
    }
  },
  { error: 'is not an https URL; write https://example.com' },
);

/** `content/skills.yaml`: one entry per skill. */
export const skillSchema = z.strictObject({
  /** Kebab-case id used in job files and in `/skills/<id>/`. */
  id: id('the skill id'),
  /** Display name, e.g. `Node.js`. */
  name: requiredText('the display name'),
  /** Other words readers search for, e.g. `golang` for Go. Default: none. */
  aliases: z
    .array(
      z
        .string({ error: 'is not text; write a word readers search for' })
        .min(1, { error: 'is empty; write a word' }),
      {
        error: 'is not a list; write [word, other word]',
      },
    )
    .default([]),
});

/** `content/companies/<id>.md`: the company's front matter; the body is an optional "about". */
export const companySchema = z.strictObject({
  /** The company's name as readers see it. */
  name: plainText('the company name', 100),
  /** The company's website, an https URL. Optional; a job without `apply` links here when there is no `careers`. */
  website: httpsUrl.optional(),
  /** The company's careers page, an https URL. Optional; a job without `apply` links here. */
  careers: httpsUrl.optional(),
  /** File name of a logo image beside this file (PNG, JPEG, WebP, AVIF or SVG). Optional: a monogram is drawn without it. */
  logo: z
    .string({
      error: 'is not a file name; write the name of an image beside the company file, e.g. logo.svg',
    })
    .regex(LOGO_FILE_PATTERN, {
      error: 'must be a PNG, JPEG, WebP, AVIF or SVG file beside the company file, e.g. logo.svg',
    })
    .optional(),
});

/** `content/articles/<id>.mdx`: a skill guide. */
export const articleSchema = z
  .strictObject({
    /** The headline. */
    title: plainText('the headline', 160),
    /** One or two sentences for search engines and cards. */
    description: plainText('a one-sentence description', 300),
    /** The skill (id from skills.yaml) this guide is about. */
    skill: id('the skill id'),
    /** First publication, YYYY-MM-DD. */
    datePublished: calendarDate,
    /** Last meaningful change, YYYY-MM-DD. Optional. */
    dateModified: calendarDate.optional(),
    /** `true` keeps the guide off the built site. Default false. */
    draft: flag,
  })
  .refine((a) => DATE_MODIFIED_RULE.holds(a), {
    path: [DATE_MODIFIED_RULE.path],
    error: DATE_MODIFIED_RULE.error,
  });

/** A place a job is done in, or for a remote job a country applicants may live in. */
export const locationSchema = z.strictObject(
  {
    /** City name, optional (leave it out for a country-wide remote job). */
    city: requiredText('the city').optional(),
    /** ISO 3166-1 alpha-2 country code in capitals, e.g. HU. */
    country: z
      .string({
        error: (i) =>
          i.input === undefined
            ? 'is required; write a two-letter country code such as HU'
            : 'is not a country code; write ISO 3166-1 alpha-2 in quotes, e.g. HU',
      })
      .refine(isCountryCode, { error: 'is not a country code; write ISO 3166-1 alpha-2, e.g. HU' }),
  },
  { error: notAnObject('a place as "- city: Budapest" and "  country: HU" lines') },
);

/** A salary range. */
export const salarySchema = z
  .strictObject(
    {
      /** Lowest amount of the range. */
      min: amount,
      /** Highest amount of the range. */
      max: amount,
      /** ISO 4217 currency code, e.g. EUR. */
      currency: z
        .string({
          error: (i) =>
            i.input === undefined
              ? 'is required; write a currency code such as EUR'
              : 'is not a currency code; write three capitals, e.g. EUR',
        })
        .regex(/^[A-Z]{3}$/, { error: 'is not a currency code; write three capitals, e.g. EUR' }),
      /** The period the amounts are for. */
      per: z.enum(SALARY_PERIODS, { error: requiredChoice(SALARY_PERIODS) }),
    },
    { error: notAnObject('salary: min, max, currency and per on their own lines') },
  )
  .refine((s) => SALARY_RANGE_RULE.holds(s), {
    path: [SALARY_RANGE_RULE.path],
    error: SALARY_RANGE_RULE.error,
  });

/** `content/jobs/<id>.md`: one job opening; the Markdown body is the description. */
export const jobSchema = z
  .strictObject({
    /** Job title as the employer writes it. Plain text. */
    title: plainText('the job title', 160),
    /** The hiring company: a file name (without .md) in content/companies/. */
    company: id('the company id'),
    /** One or more skill ids from content/skills.yaml. */
    skills: z
      .array(id('a skill id'), {
        error: (i) =>
          i.input === undefined
            ? 'is required; list skill ids, e.g. [go, apis]'
            : 'is not a list; write skill ids as [go, apis]',
      })
      .min(1, { error: 'is empty; list at least one skill id' }),
    /** One sentence, at most 200 characters: the text of the job's card. */
    summary: plainText('one sentence for the card', SUMMARY_MAX),
    /** The day the job was published, YYYY-MM-DD. */
    datePosted: calendarDate,
    /** The last day applications are accepted, YYYY-MM-DD. Optional: open until removed. */
    validThrough: calendarDate.optional(),
    /** Where the work is done. Optional. */
    workplace: z.enum(WORKPLACES).optional(),
    /** Cities and countries; for a remote job, the countries applicants may live in. */
    locations: z
      .array(locationSchema, { error: 'is not a list; write "- city: Budapest" and "  country: HU" lines' })
      .optional(),
    /** Kind of contract. Optional. */
    employmentType: z.enum(EMPLOYMENT_TYPES).optional(),
    /** Level of the role. Optional. */
    seniority: z.enum(SENIORITIES).optional(),
    /** Where to apply: an https URL or an e-mail address. Optional. */
    apply: z
      .string({ error: 'is not text; write an https:// URL or an e-mail address' })
      .refine(isSafeApply, {
        error: 'is not an https URL or an e-mail address; write https://… or name@example.com',
      })
      .optional(),
    /** Salary range. Optional. */
    salary: salarySchema.optional(),
    /** `true` keeps the job off the built site (shown under `astro dev`). Default false. */
    draft: flag,
  })
  .refine((j) => VALID_THROUGH_RULE.holds(j), {
    path: [VALID_THROUGH_RULE.path],
    error: VALID_THROUGH_RULE.error,
  });

export type CollectionName = (typeof COLLECTION_NAMES)[number];

/** A rule between fields and where its record sits in the collection's schema (`[]`: the file's front matter). */
export interface PlacedRule {
  readonly within: readonly string[];
  readonly rule: FieldRule;
}

/** What a folder collection accepts. */
export interface MarkdownCollection {
  /** File extensions the site loads from the folder (lowercase, with the dot). */
  readonly extensions: readonly string[];
  /** The front matter's schema. */
  readonly schema: z.ZodType;
  /** Every `.refine` between fields in `schema`, for the checker to run when zod skips it. */
  readonly rules: readonly PlacedRule[];
}

/** The folder collections, by folder name (`COLLECTION_NAMES`). */
export const MARKDOWN_COLLECTIONS: Readonly<Record<CollectionName, MarkdownCollection>> = {
  companies: { extensions: ['.md'], schema: companySchema, rules: [] },
  articles: {
    extensions: ['.md', '.mdx'],
    schema: articleSchema,
    rules: [{ within: [], rule: DATE_MODIFIED_RULE }],
  },
  jobs: {
    extensions: ['.md'],
    schema: jobSchema,
    rules: [
      { within: [], rule: VALID_THROUGH_RULE },
      { within: ['salary'], rule: SALARY_RANGE_RULE },
    ],
  },
};

export type SkillData = z.output<typeof skillSchema>;
export type CompanyData = z.output<typeof companySchema>;
export type ArticleData = z.output<typeof articleSchema>;
export type JobData = z.output<typeof jobSchema>;
export type Location = z.output<typeof locationSchema>;
export type Salary = z.output<typeof salarySchema>;
