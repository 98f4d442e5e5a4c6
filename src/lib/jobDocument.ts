/**
 * One job as a JSON document (`/jobs/<id>.json`), for aggregators and agents: the facts its
 * page shows, with the values its JobPosting markup carries (`src/lib/structuredData.ts`).
 * Every job with a page has one; a closed job's says `open: false`, so a program that
 * copied it can take it down.
 *
 * The zod schema below is the contract: the build validates every document against it
 * (`jobDocuments`), and `/schemas/job.json` publishes it as a JSON Schema (draft 2020-12).
 * Its field documentation is written with `.describe()`, so the published schema carries it.
 *
 * How they are written: `src/pages/[jobDocuments].json.ts` builds and checks them all and
 * hands them to `src/integrations/jobDocuments.ts` before the pages render, which writes one
 * file per job beside the rendering (without a listener, the route's file `JOB_DOCUMENTS_FILE`
 * carries them, and the integration splits it at the end of the build). An Astro route per job
 * took 10-11 s at 10,000 jobs (Astro awaits mkdir, open, write and close for every path);
 * the split writes the same files in 0.6-2.4 s.
 */
import { z } from 'astro/zod';
import { applyLink } from './apply';
import { handOver } from './handOver';
import { countryName } from './format';
import {
  EMPLOYMENT_TYPES,
  ID_PATTERN,
  SALARY_PERIODS,
  SENIORITIES,
  WORKPLACES,
  type JobData,
} from './schemas';
import { SITE } from './site';
import { urlTemplate, type Urls } from './urls';

const id = z.string().regex(ID_PATTERN);
const day = z.iso.date();

export const jobDocumentSchema = z
  .strictObject({
    $schema: z.url().describe('The JSON Schema of this document.'),
    id: id.describe("The job's id, a kebab-case name; its page is /jobs/<id>/."),
    url: z.url().describe('The job page, absolute.'),
    open: z
      .boolean()
      .describe(
        'True while the job accepts applications. False once it closed: the page stays, marked closed, and the job is in no listing, feed or search result.',
      ),
    title: z.string().min(1).describe('The job title as the employer writes it. Plain text.'),
    summary: z.string().min(1).describe('One sentence about the job (the text of its card). Plain text.'),
    company: z
      .strictObject({
        id: id.describe("The company's id; its page is /companies/<id>/."),
        name: z.string().min(1).describe("The company's name. Plain text."),
        website: z.url().nullable().describe("The company's website, or null."),
        url: z.url().describe("The company's page on this site, absolute."),
      })
      .describe('The hiring company.'),
    places: z
      .array(
        z.strictObject({
          city: z.string().min(1).nullable().describe('The city, or null for a whole country.'),
          country: z.strictObject({
            code: z
              .string()
              .regex(/^[A-Z]{2}$/)
              .describe('ISO 3166-1 alpha-2 code, e.g. DE.'),
            name: z.string().min(1).describe('Its English name, e.g. Germany.'),
          }),
        }),
      )
      .describe(
        'Where the work is done; for a remote job, the countries applicants may live in. Empty when the job names none.',
      ),
    workplace: z
      .enum(WORKPLACES)
      .nullable()
      .describe('On-site, hybrid or remote work, or null when not stated.'),
    employmentType: z
      .enum(EMPLOYMENT_TYPES)
      .nullable()
      .describe('The kind of contract, or null when not stated.'),
    seniority: z.enum(SENIORITIES).nullable().describe('The level of the role, or null when not stated.'),
    salary: z
      .strictObject({
        min: z.number().positive().describe('The lowest amount of the range.'),
        max: z.number().positive().describe('The highest amount (equal to min for a single figure).'),
        currency: z
          .string()
          .regex(/^[A-Z]{3}$/)
          .describe('ISO 4217 currency code, e.g. EUR.'),
        period: z.enum(SALARY_PERIODS).describe('What the amounts are paid for.'),
      })
      .nullable()
      .describe('The pay range before tax, or null when the job states none.'),
    skills: z
      .array(
        z.strictObject({
          id: id.describe("The skill's id; its page is /skills/<id>/."),
          name: z.string().min(1).describe("The skill's display name."),
        }),
      )
      .min(1)
      .describe('The skills the job needs, as the employer lists them.'),
    dates: z
      .strictObject({
        posted: day.describe('The day the job was published (YYYY-MM-DD).'),
        validThrough: day
          .nullable()
          .describe(
            'The last day applications are accepted (YYYY-MM-DD), through the end of that day in UTC; null when the job is open until removed. A closed job closed after this day.',
          ),
      })
      .describe('Calendar days, without a time zone.'),
    apply: z
      .strictObject({
        url: z.url().describe('An https URL, or a mailto: URL for an e-mail application.'),
        kind: z.enum(['web', 'e-mail']).describe('Whether the URL is a web page or an e-mail address.'),
      })
      .nullable()
      .describe("Where to apply (the job page's Apply button); null once the job is closed."),
  })
  .refine((doc) => doc.open || (doc.dates.validThrough !== null && doc.apply === null), {
    error: 'a closed job needs its validThrough day and no apply link',
  });

export type JobDocument = z.output<typeof jobDocumentSchema>;

/** What a document needs of a job: a board job has it all. */
export interface JobDocumentInput {
  id: string;
  open: boolean;
  data: JobData;
  company: {
    id: string;
    data: { name: string; website?: string | undefined; careers?: string | undefined };
  };
  skills: readonly { id: string; name: string }[];
}

/** The document of one job, from the same data its page and JobPosting read. */
export function jobDocument(job: JobDocumentInput, urls: Urls): JobDocument {
  const { data, company } = job;
  const apply = job.open ? applyLink({ job: data, company: company.data }) : undefined;
  return {
    $schema: urls.absolute(urls.jobSchema()),
    id: job.id,
    url: urls.absolute(urls.job(job.id)),
    open: job.open,
    title: data.title,
    summary: data.summary,
    company: {
      id: company.id,
      name: company.data.name,
      website: company.data.website ?? null,
      url: urls.absolute(urls.company(company.id)),
    },
    places: (data.locations ?? []).map((l) => ({
      city: l.city ?? null,
      country: { code: l.country, name: countryName(l.country) },
    })),
    workplace: data.workplace ?? null,
    employmentType: data.employmentType ?? null,
    seniority: data.seniority ?? null,
    salary:
      data.salary === undefined
        ? null
        : {
            min: data.salary.min,
            max: data.salary.max,
            currency: data.salary.currency,
            period: data.salary.per,
          },
    skills: job.skills.map((s) => ({ id: s.id, name: s.name })),
    dates: { posted: data.datePosted, validThrough: data.validThrough ?? null },
    apply: apply === undefined ? null : { url: apply.href, kind: apply.kind },
  };
}

/** Every problem of a document against the schema, as `jobs/<id>.json: path: message` lines. */
export function jobDocumentProblems(doc: unknown, id: string): string[] {
  const result = jobDocumentSchema.safeParse(doc);
  if (result.success) return [];
  return result.error.issues.map(
    (issue) =>
      `jobs/${id}.json: ${issue.path.length > 0 ? issue.path.join('.') : '(document)'}: ${issue.message}`,
  );
}

/**
 * The documents of `jobs`, each validated against the schema. Throws with every problem
 * of every document, so a build never publishes a document its own schema refuses.
 */
export function jobDocuments(jobs: readonly JobDocumentInput[], urls: Urls): JobDocument[] {
  const problems: string[] = [];
  const docs = jobs.map((job) => {
    const doc = jobDocument(job, urls);
    problems.push(...jobDocumentProblems(doc, job.id));
    return doc;
  });
  if (problems.length > 0) {
    throw new Error(
      `Job documents that do not match their schema (src/lib/jobDocument.ts):\n${problems.map((p) => `  ${p}`).join('\n')}`,
    );
  }
  return docs;
}

/** The file that carries every document from the route to the integration; never published. */
export const JOB_DOCUMENTS_FILE = 'job-documents.json';

const documents = handOver<readonly JobDocument[]>('job-documents');

/** The integration listens for the documents during a build (and stops with `undefined`). */
export const receiveJobDocuments = documents.receive;

/**
 * The route offers the documents as soon as it has them (in `getStaticPaths`, before the
 * pages render), so their files are written beside the rendering; `false` when nothing
 * listens (`astro dev`, tests): then the route's file carries them.
 */
export const offerJobDocuments = documents.offer;

/** Reads that file back (written by this very build and checked there): a list of documents. */
export function parseJobDocumentsFile(text: string): JobDocument[] {
  const value = JSON.parse(text) as unknown;
  if (!Array.isArray(value)) throw new Error(`${JOB_DOCUMENTS_FILE} holds no list of documents`);
  for (const doc of value as { id?: unknown }[]) {
    // The id becomes a file name: it must be one (the schema says so; this says it again).
    if (typeof doc.id !== 'string' || !ID_PATTERN.test(doc.id))
      throw new Error(`${JOB_DOCUMENTS_FILE}: ${JSON.stringify(doc.id)} is not a job id`);
  }
  return value as JobDocument[];
}

/** Each document's file below the output folder (`jobs/<id>.json`, from `urls.jobJson`) and its text. */
export function jobDocumentFiles(docs: readonly JobDocument[], urls: Urls): { file: string; text: string }[] {
  return docs.map((doc) => ({
    file: decodeURIComponent(urls.withoutBase(urls.jobJson(doc.id))).replace(/^\//, ''),
    text: JSON.stringify(doc),
  }));
}

/** The published JSON Schema (draft 2020-12) of a job document. */
export function jobDocumentJsonSchema(urls: Urls): Record<string, unknown> {
  const schema = z.toJSONSchema(jobDocumentSchema, { target: 'draft-2020-12' });
  return {
    $schema: schema.$schema,
    $id: urls.absolute(urls.jobSchema()),
    title: `A job on ${SITE.title}`,
    description: `One job as published at ${urlTemplate((id) => urls.absolute(urls.jobJson(id)), 'id')}, linked from its page as <link rel="alternate" type="application/json">.`,
    ...schema,
  };
}
