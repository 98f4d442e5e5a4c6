/**
 * What Pagefind learns about a page: the text, filters, metadata and sort key of each job
 * and guide record. The build hands these to Pagefind straight from the content
 * (`src/pages/[records].json.ts` -> `src/integrations/pagefind.ts`) instead of having
 * it re-read and parse every built page; the index integration and the search UI agree on
 * the names through `SEARCH_FILTERS`.
 */
import { hueFor, initials } from './monogram';
import { formatDay } from './dates';
import {
  EMPLOYMENT_LABEL,
  SENIORITY_LABEL,
  WORKPLACE_LABEL,
  countryName,
  placeText,
  salaryShort,
} from './format';
import type { JobData } from './schemas';

/**
 * The filters every record may carry, in the order the search page shows them. `name` is
 * the Pagefind filter name and the URL parameter (`/search/?workplace=hybrid`).
 */
export const SEARCH_FILTERS = [
  'type',
  'skill',
  'company',
  'city',
  'country',
  'workplace',
  'seniority',
  'employment',
  'salary',
] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/** The one value of the `salary` filter: only jobs with a salary carry it. */
export const SALARY_LISTED = 'Salary listed';

/** The sort key every record carries (its `sort` in Pagefind): the day posted or published. */
export const SORT_KEY = 'date';

/** One record's data, ready to render. Values are display text, never HTML. */
export interface SearchRecord {
  /** Each filter with its values; a filter may repeat (a job's skills). */
  filters: { name: SearchFilter; value: string }[];
  /**
   * Metadata shown in a result: title, company, location, workplace, salary, the posted
   * line, the monogram, and `words` (how many words of the record's text are readable:
   * the rest is keywords, searchable but never quoted in an excerpt).
   */
  meta: Record<string, string>;
  /** `YYYY-MM-DD`, for newest-first sorting. */
  date: string;
}

/** What a job record needs of the board's job. */
export interface JobRecordInput {
  data: Pick<
    JobData,
    'title' | 'datePosted' | 'workplace' | 'locations' | 'seniority' | 'employmentType' | 'salary'
  >;
  company: { data: { name: string } };
  skills: readonly { name: string }[];
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** The record of an open job: filters by skill, company, place and kind of work. */
export function jobRecord(job: JobRecordInput): SearchRecord {
  const { data } = job;
  const company = job.company.data.name;
  const locations = data.locations ?? [];
  const filters: SearchRecord['filters'] = [
    { name: 'type', value: 'Job' },
    ...job.skills.map((s) => ({ name: 'skill' as const, value: s.name })),
    { name: 'company', value: company },
    ...unique(locations.flatMap((l) => (l.city !== undefined ? [l.city] : []))).map((value) => ({
      name: 'city' as const,
      value,
    })),
    ...unique(locations.map((l) => countryName(l.country))).map((value) => ({
      name: 'country' as const,
      value,
    })),
  ];
  if (data.workplace) filters.push({ name: 'workplace', value: WORKPLACE_LABEL[data.workplace] });
  if (data.seniority) filters.push({ name: 'seniority', value: SENIORITY_LABEL[data.seniority] });
  if (data.employmentType) {
    filters.push({ name: 'employment', value: EMPLOYMENT_LABEL[data.employmentType] });
  }
  if (data.salary) filters.push({ name: 'salary', value: SALARY_LISTED });
  // The same words, in the same order, as the job's card (src/components/JobCard.astro).
  const meta: Record<string, string> = {
    title: data.title,
    type: 'Job',
    company,
    initials: initials(company),
    hue: String(hueFor(company)),
    location: placeText({ locations, workplace: data.workplace }),
    posted: `Posted ${formatDay(data.datePosted)}`,
  };
  if (data.workplace) meta['workplace'] = WORKPLACE_LABEL[data.workplace];
  if (data.salary) meta['salary'] = salaryShort(data.salary);
  return { filters, meta, date: data.datePosted };
}

/** What a guide record needs. */
export interface GuideRecordInput {
  data: { title: string; datePublished: string };
  skill: { name: string };
}

/** The record of a published guide: type Guide, its skill, dated by publication. */
export function guideRecord(guide: GuideRecordInput): SearchRecord {
  return {
    filters: [
      { name: 'type', value: 'Guide' },
      { name: 'skill', value: guide.skill.name },
    ],
    meta: {
      title: guide.data.title,
      type: 'Guide',
      posted: `Published ${formatDay(guide.data.datePublished)}`,
    },
    date: guide.data.datePublished,
  };
}

/** Marks the end of a heading, list item or paragraph while markup is stripped. */
const BLOCK_END = '\u0001';

/** Each block end becomes a sentence end: "Build services" + "Review code" read as two sentences. */
function endBlocks(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(new RegExp(`([.!?:;…])?\\s*(?:${BLOCK_END}\\s*)+`, 'g'), (_, stop: string | undefined) =>
      stop !== undefined ? `${stop} ` : '. ',
    )
    .trim();
}

/** The text of rendered HTML: tags dropped, the few entities Markdown writes decoded. */
export function htmlToText(html: string): string {
  const text = html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<\/(?:h[1-6]|li|p|dt|dd|td|th|blockquote)>/gi, BLOCK_END)
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, e: string) =>
      e === 'amp' ? '&' : e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : e === '#39' ? "'" : ' ',
    );
  return endBlocks(text);
}

/** The readable text of Markdown or MDX source: no import/export lines, tags or markers. */
export function markdownToText(markdown: string): string {
  const text = markdown
    .replace(/^(?:import|export)\s.*$/gm, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    // A heading or list item is a sentence of its own; so is each paragraph.
    .replace(/^\s{0,3}(?:#{1,6}|[-*+]|\d+\.)\s+(.*)$/gm, `$1${BLOCK_END}`)
    .replace(/\n\s*\n/g, BLOCK_END)
    .replace(/[*_`~]+/g, '');
  return endBlocks(text);
}

/**
 * A record's whole text: the readable part, which excerpts quote, then keywords that make
 * it findable (the company, place, skills and their aliases such as "golang") but are never
 * quoted. `words` is the readable part's length in words, for `meta.words`.
 */
export function recordText(
  readable: string,
  keywords: readonly string[],
): { content: string; words: number } {
  const tail = keywords.map((k) => k.replace(/\s+/g, ' ').trim()).filter((k) => k !== '');
  const content = [readable, ...tail].filter((t) => t !== '').join(' ');
  return { content, words: readable === '' ? 0 : readable.split(' ').length };
}

/** A record as Pagefind's `addCustomRecord` takes it. */
export interface PagefindRecord {
  /** The page's path without the base (Pagefind's UI adds the bundle's base). */
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** Turns a record and its page's text (`recordText`) into what Pagefind indexes. */
export function toPagefindRecord(
  record: SearchRecord,
  page: { url: string; content: string; words: number; language: string },
): PagefindRecord {
  const filters: Record<string, string[]> = {};
  for (const { name, value } of record.filters) (filters[name] ??= []).push(value);
  const { words, ...rest } = page;
  return {
    ...rest,
    meta: { ...record.meta, words: String(words) },
    filters,
    sort: { [SORT_KEY]: record.date },
  };
}

/** Attributes of a record's root element: the region Pagefind's highlighter marks. */
export function recordRootAttributes(indexed: boolean): Record<string, string> {
  return indexed ? { 'data-pagefind-body': '' } : {};
}
