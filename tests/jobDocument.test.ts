import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import {
  jobDocument,
  jobDocumentFiles,
  jobDocumentJsonSchema,
  jobDocumentProblems,
  jobDocuments,
  parseJobDocumentsFile,
  type JobDocumentInput,
} from '@/lib/jobDocument';
import type { JobData } from '@/lib/schemas';
import { GOOGLE_EMPLOYMENT_TYPE, endOfDay, jobPosting } from '@/lib/structuredData';
import { createUrls } from '@/lib/urls';

const urls = createUrls('/careers/', 'https://example.org');

/** The schema as a reader downloads it from /schemas/job.json, compiled by a real JSON Schema validator. */
const published = JSON.parse(JSON.stringify(jobDocumentJsonSchema(urls))) as Record<string, unknown>;
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(published);
const errors = (doc: unknown) =>
  validate(doc) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);

const job = (id: string, data: Partial<JobData> = {}, open = true): JobDocumentInput => ({
  id,
  open,
  data: {
    title: 'Senior Go Developer',
    company: 'acme',
    skills: ['go', 'rust'],
    summary: 'Builds payment terminals.',
    datePosted: '2026-11-24',
    draft: false,
    ...data,
  },
  company: { id: 'acme', data: { name: 'Acme Systems', website: 'https://acme.example.com' } },
  skills: [
    { id: 'go', name: 'Go' },
    { id: 'rust', name: 'Rust' },
  ],
});

const full = job('acme-senior-go-developer', {
  validThrough: '2026-12-31',
  workplace: 'hybrid',
  locations: [{ city: 'Lisbon', country: 'PT' }],
  employmentType: 'full-time',
  seniority: 'senior',
  apply: 'https://jobs.acme.example.com/apply/42',
  salary: { min: 70000, max: 90000, currency: 'EUR', per: 'year' },
});
const remoteByMail = job('initech-remote-python-developer', {
  workplace: 'remote',
  locations: [{ country: 'DE' }, { country: 'AT' }],
  employmentType: 'contract',
  apply: 'jobs@initech.example.com',
});
const closed = job('acme-closed-rust-engineer', { validThrough: '2026-11-24' }, false);
const bare = job('acme-bare');

describe('the published JSON Schema', () => {
  test('is draft 2020-12 with its own absolute address under the base path', () => {
    expect(published['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(published['$id']).toBe('https://example.org/careers/schemas/job.json');
    expect(published['description']).toContain('https://example.org/careers/jobs/{id}.json');
  });

  test('accepts the document of an open, a remote e-mail, a closed and a bare job', () => {
    for (const input of [full, remoteByMail, closed, bare]) {
      expect(errors(jobDocument(input, urls)), input.id).toEqual([]);
    }
  });

  test('refuses a document with a missing field, an unknown one, a bad date or a bad enum', () => {
    const doc = jobDocument(full, urls) as unknown as Record<string, unknown>;
    const untitled = Object.fromEntries(Object.entries(doc).filter(([key]) => key !== 'title'));
    expect(errors(untitled)).toContain(" must have required property 'title'");
    expect(errors({ ...doc, extra: 1 })).toContain(' must NOT have additional properties');
    expect(errors({ ...doc, dates: { posted: '24.11.2026', validThrough: null } })).toContain(
      '/dates/posted must match format "date"',
    );
    expect(errors({ ...doc, workplace: 'office' })).toContain(
      '/workplace must be equal to one of the allowed values',
    );
  });
});

describe('jobDocument', () => {
  test('says what the page says: title, company, place, facts, salary, skills, dates, apply and page URL', () => {
    expect(jobDocument(full, urls)).toEqual({
      $schema: 'https://example.org/careers/schemas/job.json',
      id: 'acme-senior-go-developer',
      url: 'https://example.org/careers/jobs/acme-senior-go-developer/',
      open: true,
      title: 'Senior Go Developer',
      summary: 'Builds payment terminals.',
      company: {
        id: 'acme',
        name: 'Acme Systems',
        website: 'https://acme.example.com',
        url: 'https://example.org/careers/companies/acme/',
      },
      places: [{ city: 'Lisbon', country: { code: 'PT', name: 'Portugal' } }],
      workplace: 'hybrid',
      employmentType: 'full-time',
      seniority: 'senior',
      salary: { min: 70000, max: 90000, currency: 'EUR', period: 'year' },
      skills: [
        { id: 'go', name: 'Go' },
        { id: 'rust', name: 'Rust' },
      ],
      dates: { posted: '2026-11-24', validThrough: '2026-12-31' },
      apply: { url: 'https://jobs.acme.example.com/apply/42', kind: 'web' },
    });
  });

  test('agrees with the JobPosting markup of the same job', () => {
    for (const input of [full, remoteByMail]) {
      const doc = jobDocument(input, urls);
      const posting = jobPosting({
        id: input.id,
        data: input.data,
        company: input.company.data,
        descriptionHtml: '',
        url: urls.absolute(urls.job(input.id)),
      }) as Record<string, unknown> & {
        hiringOrganization: { name: string; sameAs?: string };
        baseSalary?: { currency: string; value: { minValue: number; maxValue: number } };
        jobLocation?: { address: { addressLocality?: string; addressCountry: string } }[];
        applicantLocationRequirements?: { name: string }[];
      };
      expect(posting['title']).toBe(doc.title);
      expect(posting['url']).toBe(doc.url);
      expect(posting.hiringOrganization.name).toBe(doc.company.name);
      expect(posting.hiringOrganization.sameAs).toBe(doc.company.website);
      expect(posting['datePosted']).toBe(doc.dates.posted);
      expect(posting['validThrough']).toBe(
        doc.dates.validThrough === null ? undefined : endOfDay(doc.dates.validThrough),
      );
      expect(posting['employmentType']).toBe(GOOGLE_EMPLOYMENT_TYPE[doc.employmentType!]);
      if (doc.salary !== null) {
        expect(posting.baseSalary?.currency).toBe(doc.salary.currency);
        expect(posting.baseSalary?.value).toMatchObject({
          minValue: doc.salary.min,
          maxValue: doc.salary.max,
        });
      }
      if (doc.workplace === 'remote') {
        expect(posting.applicantLocationRequirements?.map((c) => c.name)).toEqual(
          doc.places.map((p) => p.country.name),
        );
      } else {
        expect(
          posting.jobLocation?.map((l) => [l.address.addressLocality, l.address.addressCountry]),
        ).toEqual(doc.places.map((p) => [p.city, p.country.code]));
      }
    }
  });

  test('applies where the page’s button does: an e-mail address, else the careers page, else the website', () => {
    expect(jobDocument(remoteByMail, urls).apply).toEqual({
      url: 'mailto:jobs@initech.example.com',
      kind: 'e-mail',
    });
    const careers = {
      ...bare,
      company: { id: 'globex', data: { name: 'Globex', careers: 'https://careers.globex.example.com/' } },
    };
    expect(jobDocument(careers, urls).apply).toEqual({
      url: 'https://careers.globex.example.com/',
      kind: 'web',
    });
    expect(jobDocument(bare, urls).apply).toEqual({ url: 'https://acme.example.com', kind: 'web' });
  });

  test('a closed job keeps its document: open false, its last day, no way to apply', () => {
    const doc = jobDocument(
      { ...closed, data: { ...closed.data, apply: 'https://jobs.acme.example.com/7' } },
      urls,
    );
    expect(doc).toMatchObject({ open: false, dates: { validThrough: '2026-11-24' }, apply: null });
  });

  test('states what a job leaves out as null, and no place as an empty list', () => {
    expect(jobDocument(bare, urls)).toMatchObject({
      places: [],
      workplace: null,
      employmentType: null,
      seniority: null,
      salary: null,
      dates: { validThrough: null },
    });
  });
});

describe('jobDocuments', () => {
  test('returns every document when all match the schema', () => {
    expect(jobDocuments([full, closed], urls).map((d) => d.id)).toEqual([full.id, closed.id]);
  });

  test('fails with every problem of every document, naming its file and field', () => {
    const badId = job('Bad_Id');
    const noTitle = job('no-title', { title: '' });
    expect(() => jobDocuments([full, badId, noTitle], urls)).toThrow(
      /jobs\/Bad_Id\.json: id: [^\n]+\n[\s\S]*jobs\/no-title\.json: title: /,
    );
  });

  test('refuses a closed job that offers a way to apply', () => {
    const doc = { ...jobDocument(closed, urls), apply: { url: 'https://x.example.com/', kind: 'web' } };
    expect(jobDocumentProblems(doc, closed.id)).toEqual([
      'jobs/acme-closed-rust-engineer.json: (document): a closed job needs its validThrough day and no apply link',
    ]);
  });
});

describe('the documents file', () => {
  test('gives each document its file below the output folder, without the base path', () => {
    const files = jobDocumentFiles(jobDocuments([full, closed], urls), urls);
    expect(files.map((f) => f.file)).toEqual([
      'jobs/acme-senior-go-developer.json',
      'jobs/acme-closed-rust-engineer.json',
    ]);
    expect(JSON.parse(files[1]!.text)).toEqual(jobDocument(closed, urls));
  });

  test('reads back a list of documents, and refuses anything whose id is no file name', () => {
    const docs = jobDocuments([full], urls);
    expect(parseJobDocumentsFile(JSON.stringify(docs))).toEqual(docs);
    expect(() => parseJobDocumentsFile('{}')).toThrow('holds no list of documents');
    expect(() => parseJobDocumentsFile(JSON.stringify([{ ...docs[0], id: '../../etc/x' }]))).toThrow(
      '"../../etc/x" is not a job id',
    );
  });
});
