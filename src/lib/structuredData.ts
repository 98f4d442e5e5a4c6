/**
 * schema.org JSON-LD, as pure functions over plain data: pages hand in what they show,
 * these return the objects, and `jsonLdScript` writes them so that no value can end the
 * `<script>` element. Google's guidelines: https://developers.google.com/search/docs/appearance/structured-data/job-posting
 *
 * Every value here is also visible on the page that carries it (job facts, guide header,
 * breadcrumbs), as Google asks.
 */
import type { Day } from './dates';
import { countryName } from './format';
import type { EmploymentType, JobData, SalaryPeriod } from './schemas';

export type JsonLd = Record<string, unknown>;

const CONTEXT = 'https://schema.org';

/** Our contract types in Google's vocabulary. */
export const GOOGLE_EMPLOYMENT_TYPE: Record<EmploymentType, string> = {
  'full-time': 'FULL_TIME',
  'part-time': 'PART_TIME',
  contract: 'CONTRACTOR',
  temporary: 'TEMPORARY',
  internship: 'INTERN',
};

const UNIT_TEXT: Record<SalaryPeriod, string> = {
  hour: 'HOUR',
  day: 'DAY',
  month: 'MONTH',
  year: 'YEAR',
};

/**
 * The last second of a day, with an offset. Jobs close at the end of their `validThrough`
 * day in UTC: the same rule the build uses to drop them (`isOpen` compares UTC days).
 */
export function endOfDay(day: Day): string {
  return `${day}T23:59:59+00:00`;
}

export interface JobPostingInput {
  id: string;
  data: JobData;
  company: { name: string; website?: string | undefined };
  /** The job body rendered as HTML (the same HTML the page shows). */
  descriptionHtml: string;
  /** Absolute URL of the job page. */
  url: string;
  /** Absolute URL of the company's logo file, when it has one. */
  logoUrl?: string | undefined;
}

/**
 * A JobPosting for an open job. Callers must not build one for a closed job: its page
 * stays up for people, but Google must drop it (`jobPostingFor` returns none then).
 */
export function jobPosting(input: JobPostingInput): JsonLd {
  const { data, company } = input;
  const locations = data.locations ?? [];
  const posting: JsonLd = {
    '@context': CONTEXT,
    '@type': 'JobPosting',
    title: data.title,
    description: input.descriptionHtml,
    datePosted: data.datePosted,
    ...(data.validThrough !== undefined ? { validThrough: endOfDay(data.validThrough) } : {}),
    ...(data.employmentType !== undefined
      ? { employmentType: GOOGLE_EMPLOYMENT_TYPE[data.employmentType] }
      : {}),
    hiringOrganization: {
      '@type': 'Organization',
      name: company.name,
      ...(company.website !== undefined ? { sameAs: company.website } : {}),
      ...(input.logoUrl !== undefined ? { logo: input.logoUrl } : {}),
    },
    identifier: { '@type': 'PropertyValue', name: company.name, value: input.id },
    // Google: directApply true means the whole application happens on this page. Ours
    // always leads to the employer's site or mailbox, so it is false.
    directApply: false,
    url: input.url,
  };
  if (data.workplace === 'remote') {
    // Only fully remote work is TELECOMMUTE; hybrid jobs have an office, so a jobLocation.
    posting['jobLocationType'] = 'TELECOMMUTE';
    if (locations.length > 0) {
      posting['applicantLocationRequirements'] = locations.map((l) => ({
        '@type': 'Country',
        name: countryName(l.country),
      }));
    }
  } else if (locations.length > 0) {
    posting['jobLocation'] = locations.map((l) => ({
      '@type': 'Place',
      address: {
        '@type': 'PostalAddress',
        ...(l.city !== undefined ? { addressLocality: l.city } : {}),
        addressCountry: l.country,
      },
    }));
  }
  if (data.salary !== undefined) {
    const { min, max, currency, per } = data.salary;
    posting['baseSalary'] = {
      '@type': 'MonetaryAmount',
      currency,
      value: {
        '@type': 'QuantitativeValue',
        ...(min === max ? { value: min } : { minValue: min, maxValue: max }),
        unitText: UNIT_TEXT[per],
      },
    };
  }
  return posting;
}

/** The JobPosting for a job page, or none when the job is closed. */
export function jobPostingFor(input: JobPostingInput & { open: boolean }): JsonLd[] {
  return input.open ? [jobPosting(input)] : [];
}

export interface ArticleInput {
  headline: string;
  description: string;
  datePublished: Day;
  dateModified?: Day | undefined;
  /** Absolute URL of the page the guide is on. */
  url: string;
  /** The site, as publisher and author: guides carry no personal byline. */
  publisher: { name: string; url: string };
}

/** An Article for a skill guide. */
export function article(input: ArticleInput): JsonLd {
  const publisher = { '@type': 'Organization', name: input.publisher.name, url: input.publisher.url };
  return {
    '@context': CONTEXT,
    '@type': 'Article',
    headline: input.headline,
    description: input.description,
    datePublished: input.datePublished,
    dateModified: input.dateModified ?? input.datePublished,
    author: publisher,
    publisher,
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
  };
}

/** A breadcrumb trail; every item carries an absolute URL (the last is the page itself). */
export function breadcrumbList(items: readonly { name: string; url: string }[]): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: item.name,
      item: item.url,
    })),
  };
}

/** The home page's WebSite with the search box Google may show (`searchTemplate` from urls). */
export function webSite(input: { name: string; url: string; searchTemplate: string }): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'WebSite',
    name: input.name,
    url: input.url,
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: input.searchTemplate },
      'query-input': 'required name=search_term_string',
    },
  };
}

const JSON_LD_ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * JSON for the inside of `<script type="application/ld+json">`. Every `<` becomes `\u003c`,
 * so `</script>` or `<!--` in any value cannot end or confuse the element (inside a script
 * element only `<` starts markup; `>` and `&` are inert, and left alone they keep the
 * description's HTML identical to the page's, which gzip then stores once). U+2028/U+2029
 * are escaped for old JavaScript parsers. JSON.parse gives back the same data.
 */
export function jsonLdScript(data: unknown): string {
  // One pass over the text (it runs on every page).
  return JSON.stringify(data).replace(/[<\u2028\u2029]/g, (c) => JSON_LD_ESCAPES[c]!);
}
