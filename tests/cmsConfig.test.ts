import { existsSync, readFileSync, readdirSync } from 'node:fs';
import type { CmsConfig as SveltiaCmsConfig } from '@sveltia/cms';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { z } from 'astro/zod';
import yaml from 'js-yaml';
import { describe, expect, test, vi } from 'vitest';
import {
  cmsConfig,
  cmsConfigYaml,
  cmsFields,
  type CmsCollection,
  type CmsConfig,
  type CmsField,
  type FolderCollection,
} from '@/lib/cmsConfig';
import {
  EMPLOYMENT_TYPES,
  ID_PATTERN,
  SALARY_PERIODS,
  SENIORITIES,
  WORKPLACES,
  articleSchema,
  companySchema,
  isCountryCode,
  jobSchema,
  locationSchema,
  salarySchema,
  skillSchema,
} from '@/lib/schemas';

const options = { repo: 'example/skillboard', branch: 'main', siteUrl: 'https://example.org/careers/' };
const config = cmsConfig(options);

// A compile-time check as well: the generated object fits Sveltia's own TypeScript types.
const typed: SveltiaCmsConfig = config;

const collection = (c: CmsConfig, name: string): CmsCollection => {
  const found = c.collections.find((x) => x.name === name);
  if (found === undefined) throw new Error(`no collection ${name}`);
  return found;
};
const folder = (c: CmsConfig, name: string): FolderCollection => {
  const found = collection(c, name);
  if (!('folder' in found)) throw new Error(`${name} is not a folder collection`);
  return found;
};
/** The fields of one skill: the items of the list that is the whole skills.yaml. */
const skillFields = (c: CmsConfig): CmsField[] => {
  const found = collection(c, 'skills');
  if ('folder' in found) throw new Error('skills is not a file collection');
  const list = found.files[0]?.fields[0];
  if (list?.widget !== 'list' || list.fields === undefined)
    throw new Error('skills.yaml has no list of records');
  return list.fields;
};
const field = (fields: readonly CmsField[], name: string): CmsField => {
  const found = fields.find((f) => f.name === name);
  if (found === undefined) throw new Error(`no CMS field ${name}`);
  return found;
};
const subFields = (f: CmsField): CmsField[] => {
  if ((f.widget === 'object' || f.widget === 'list') && f.fields !== undefined) return f.fields;
  throw new Error(`${f.name} has no sub-fields`);
};
const optionValues = (f: CmsField): unknown[] => {
  if (f.widget !== 'select') throw new Error(`${f.name} is a ${f.widget} field, not a select`);
  return f.options.map((o) => (typeof o === 'object' ? o.value : o));
};

const jobFields = folder(config, 'jobs').fields;

/** Each zod object the CMS edits, with the CMS fields that stand for it. */
const forms: [string, z.ZodObject, CmsField[]][] = [
  ['job', jobSchema, jobFields],
  ['location', locationSchema, subFields(field(jobFields, 'locations'))],
  ['salary', salarySchema, subFields(field(jobFields, 'salary'))],
  ['company', companySchema, folder(config, 'companies').fields],
  ['article', articleSchema, folder(config, 'articles').fields],
  ['skill', skillSchema, skillFields(config)],
];

describe('fields follow the schemas', () => {
  test.each(forms)('every %s schema field has a CMS field', (_, schema, fields) => {
    const names = fields.map((f) => f.name).filter((n) => n !== 'body');
    expect(names).toEqual(Object.keys(schema.shape));
  });

  // Required in the form exactly when the schema refuses a missing key (neither optional nor defaulted).
  test.each(forms)('%s fields are required iff the schema needs them', (_, schema, fields) => {
    for (const [name, s] of Object.entries(schema.shape)) {
      const needed = !s.safeParse(undefined).success;
      expect({ name, required: field(fields, name).required }).toEqual({ name, required: needed });
    }
  });

  test('enum fields offer exactly the schema values', () => {
    expect(optionValues(field(jobFields, 'workplace'))).toEqual([...WORKPLACES]);
    expect(optionValues(field(jobFields, 'employmentType'))).toEqual([...EMPLOYMENT_TYPES]);
    expect(optionValues(field(jobFields, 'seniority'))).toEqual([...SENIORITIES]);
    expect(optionValues(field(subFields(field(jobFields, 'salary')), 'per'))).toEqual([...SALARY_PERIODS]);
  });

  test('a location offers every country code the schema accepts, by English name', () => {
    const country = field(subFields(field(jobFields, 'locations')), 'country');
    const letters = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
    const accepted = letters.flatMap((a) => letters.map((b) => a + b)).filter(isCountryCode);
    expect([...optionValues(country)].sort()).toEqual(accepted);
    expect(country.widget === 'select' && country.options).toContainEqual({
      label: 'Hungary (HU)',
      value: 'HU',
    });
  });

  test('a salary offers the ISO 4217 currencies the schema accepts', () => {
    const currency = field(subFields(field(jobFields, 'salary')), 'currency');
    const values = optionValues(currency);
    expect(values).toEqual(expect.arrayContaining(['EUR', 'USD', 'GBP', 'HUF']));
    expect(values.length).toBeGreaterThan(100);
    for (const v of values) expect(salarySchema.shape.currency.safeParse(v).success).toBe(true);
    expect(currency.widget === 'select' && currency.options).toContainEqual({
      label: 'Euro (EUR)',
      value: 'EUR',
    });
  });

  test('dates are date-only pickers stored as YYYY-MM-DD', () => {
    const dates = ['datePosted', 'validThrough'].map((n) => field(jobFields, n));
    dates.push(...['datePublished', 'dateModified'].map((n) => field(folder(config, 'articles').fields, n)));
    for (const d of dates) {
      expect(d).toMatchObject({ widget: 'datetime', type: 'date', format: 'YYYY-MM-DD', time_format: false });
    }
  });

  test('limits, patterns and defaults come from the zod definitions', () => {
    expect(field(jobFields, 'summary')).toMatchObject({ widget: 'string', minlength: 1, maxlength: 200 });
    expect(field(skillFields(config), 'id')).toMatchObject({
      pattern: [String(ID_PATTERN), expect.any(String)],
    });
    expect(field(jobFields, 'draft')).toEqual({
      name: 'draft',
      label: 'Draft',
      required: false,
      widget: 'boolean',
      default: false,
    });
    expect(field(skillFields(config), 'aliases')).toMatchObject({
      widget: 'list',
      default: [],
      field: { widget: 'string' },
    });
    expect(field(folder(config, 'companies').fields, 'website')).toMatchObject({
      widget: 'string',
      type: 'url',
    });
  });

  test('a company logo is an image stored by file name beside the company file', () => {
    expect(field(folder(config, 'companies').fields, 'logo')).toMatchObject({
      widget: 'image',
      required: false,
      media_folder: '',
      public_folder: '',
      accept: '.avif,.jpeg,.jpg,.png,.svg,.webp',
    });
  });

  test('bodies are Markdown: required for jobs and guides, optional for companies', () => {
    expect(field(jobFields, 'body')).toMatchObject({ widget: 'markdown', required: true });
    expect(field(folder(config, 'articles').fields, 'body')).toMatchObject({
      widget: 'markdown',
      required: true,
    });
    expect(field(folder(config, 'companies').fields, 'body')).toMatchObject({
      widget: 'markdown',
      required: false,
    });
  });
});

describe('relations', () => {
  const skillRelation = {
    widget: 'relation',
    collection: 'skills',
    file: 'skills',
    value_field: 'skills.*.id',
    display_fields: ['skills.*.name'],
  };

  test("a job's company is chosen among the companies by name and stored as the file name", () => {
    expect(field(jobFields, 'company')).toMatchObject({
      widget: 'relation',
      required: true,
      collection: 'companies',
      value_field: '{{slug}}',
      display_fields: ['name'],
      search_fields: ['name'],
    });
    expect(field(jobFields, 'company')).not.toHaveProperty('multiple');
  });

  test("a job's skills are one or more items of skills.yaml", () => {
    expect(field(jobFields, 'skills')).toMatchObject({
      ...skillRelation,
      required: true,
      multiple: true,
      min: 1,
    });
  });

  test("a guide's skill is one item of skills.yaml", () => {
    const skill = field(folder(config, 'articles').fields, 'skill');
    expect(skill).toMatchObject({ ...skillRelation, required: true });
    expect(skill).not.toHaveProperty('multiple');
  });
});

describe('collections', () => {
  test('each collection reads the content files it edits', () => {
    for (const name of ['jobs', 'companies', 'articles']) {
      const c = folder(config, name);
      const files = readdirSync(c.folder).filter((f) => f.endsWith(`.${c.extension}`));
      expect(files.length, name).toBeGreaterThan(0);
      for (const f of files) expect(f.slice(0, -c.extension.length - 1)).toMatch(ID_PATTERN);
    }
    const skills = collection(config, 'skills');
    const file = 'files' in skills ? skills.files[0]!.file : '';
    expect(existsSync(file)).toBe(true);
    expect(Array.isArray(yaml.safeLoad(readFileSync(file, 'utf8')))).toBe(true);
  });

  test('skills.yaml is edited as a top-level list', () => {
    const skills = collection(config, 'skills');
    expect(skills).toMatchObject({
      files: [{ format: 'yaml', fields: [{ name: 'skills', widget: 'list', root: true }] }],
    });
    expect('files' in skills && skills.files[0]!.fields).toHaveLength(1);
  });

  test('the content root moves every path', () => {
    const moved = cmsConfig({ ...options, contentRoot: 'tests/fixtures/site/' });
    expect(folder(moved, 'jobs').folder).toBe('tests/fixtures/site/jobs');
    expect(collection(moved, 'skills')).toMatchObject({
      files: [{ file: 'tests/fixtures/site/skills.yaml' }],
    });
  });

  test('new files are named like the content: jobs after company and title', () => {
    expect(folder(config, 'jobs').slug).toEqual({
      template: '{{fields.company}}-{{fields.title}}',
      editable: ['create'],
      pattern: [String(ID_PATTERN), expect.any(String)],
    });
    expect(folder(config, 'jobs').preview_path).toBe('/jobs/{{slug}}/');
  });
});

describe('config.yml', () => {
  const sveltiaSchema = JSON.parse(
    readFileSync(new URL('../node_modules/@sveltia/cms/schema/sveltia-cms.json', import.meta.url), 'utf8'),
  ) as Record<string, unknown>;
  // Strict, but for two things the published schema does on purpose: union types such as
  // `type: [string, boolean]`, and `anyOf: [{ required: [collections] }, …]` naming
  // properties declared one level up.
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, strictRequired: false });
  addFormats(ajv);
  // Editor hints in the published schema (VS Code's), not validation keywords.
  ajv.addVocabulary(['markdownDescription', 'deprecationMessage']);
  const validate = ajv.compile(sveltiaSchema);
  const errors = (doc: unknown) =>
    validate(doc) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);

  test("is valid against Sveltia's published JSON Schema", () => {
    expect(sveltiaSchema['$schema']).toBe('http://json-schema.org/draft-07/schema#');
    expect(errors(config)).toEqual([]);
  });

  test('the schema check does refuse a wrong config', () => {
    const wrong = structuredClone(config) as unknown as {
      collections: { fields?: Record<string, unknown>[] }[];
    };
    wrong.collections[0]!.fields![0]!['maxLength'] = 3;
    expect(errors(wrong)).not.toEqual([]);
  });

  test('round-trips through YAML', () => {
    const text = cmsConfigYaml(config);
    expect(text.startsWith('# Generated')).toBe(true);
    expect(yaml.safeLoad(text)).toEqual(config);
  });

  test('is the same on every build: nothing in it depends on the day it is made', () => {
    const today = cmsConfigYaml(cmsConfig(options));
    vi.useFakeTimers({ now: new Date('2031-07-15T12:00:00Z'), toFake: ['Date'] });
    try {
      expect(cmsConfigYaml(cmsConfig(options))).toBe(today);
    } finally {
      vi.useRealTimers();
    }
    expect(typed.backend).toEqual({ name: 'github', repo: 'example/skillboard', branch: 'main' });
  });
});

describe('drift is caught', () => {
  test('a new schema field appears in the form', () => {
    const fields = cmsFields(
      companySchema.extend({
        newField: z.string(),
        rating: z.number().int().min(1).max(5).optional(),
        perks: z.array(z.enum(['gym', 'lunch'])).min(1),
      }),
    );
    expect(field(fields, 'newField')).toEqual({
      name: 'newField',
      label: 'New field',
      required: true,
      widget: 'string',
    });
    expect(field(fields, 'rating')).toMatchObject({
      widget: 'number',
      value_type: 'int',
      min: 1,
      max: 5,
      required: false,
    });
    expect(field(fields, 'perks')).toMatchObject({
      widget: 'select',
      multiple: true,
      options: ['gym', 'lunch'],
      min: 1,
      required: true,
    });
  });

  test('a new job field reaches the jobs collection', () => {
    const jobs = z.strictObject({ ...jobSchema.shape, remoteAllowance: z.boolean().default(true) });
    const f = field(folder(cmsConfig({ ...options, schemas: { jobs } }), 'jobs').fields, 'remoteAllowance');
    expect(f).toEqual({
      name: 'remoteAllowance',
      label: 'Remote allowance',
      required: false,
      widget: 'boolean',
      default: true,
    });
  });

  test('a description becomes the hint', () => {
    const fields = cmsFields(z.object({ team: z.string().describe('The team the hire joins.').optional() }));
    expect(field(fields, 'team')).toMatchObject({ hint: 'The team the hire joins.', required: false });
  });

  test('an unsupported zod type throws with the field name', () => {
    expect(() => cmsFields(z.object({ closes: z.date() }))).toThrow(/closes: zod type "date"/);
    expect(() =>
      cmsFields(z.object({ pay: z.object({ range: z.tuple([z.number(), z.number()]) }) })),
    ).toThrow(/pay\.range: zod type "tuple"/);
  });

  test('renaming a field that has an override throws', () => {
    const { company, ...rest } = jobSchema.shape;
    const jobs = z.strictObject({ ...rest, employer: company });
    expect(() => cmsConfig({ ...options, schemas: { jobs } })).toThrow(
      /override for company matches no schema field/,
    );
  });

  test('renaming a field a relation or template reads throws', () => {
    const { name, ...rest } = skillSchema.shape;
    const skills = z.strictObject({ ...rest, label: name });
    expect(() => cmsConfig({ ...options, schemas: { skills } })).toThrow(/skills\.\*\.name/);
    const { title, ...jobRest } = jobSchema.shape;
    const jobs = z.strictObject({ ...jobRest, headline: title });
    expect(() => cmsConfig({ ...options, schemas: { jobs } })).toThrow(/collection jobs names title/);
  });
});
