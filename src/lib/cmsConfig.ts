/**
 * The Sveltia CMS configuration served as `/admin/config.yml`, generated from the content
 * schemas so the editor's forms cannot drift from what `src/lib/schemas.ts` accepts: every
 * field of every schema becomes a form field, and its widget, required-ness, default,
 * allowed values and limits are read from the zod definition.
 *
 * What zod cannot say is written here, and nowhere else: OVERRIDES (relations to other
 * collections, the currency list, the logo upload) and each collection's files, slug and
 * body. A zod type without a widget, an override that names no field and a template that
 * names a missing field all throw, so a schema change cannot leave the editor silently
 * behind: `tests/cmsConfig.test.ts` builds the configuration from the real schemas.
 */
import yaml from 'js-yaml';
import { z } from 'astro/zod';
import { isRealDate } from './dates';
import { countryName } from './format';
import {
  ID_PATTERN,
  SKILLS_FILE,
  articleSchema,
  companySchema,
  httpsUrl,
  isCountryCode,
  jobSchema,
  skillSchema,
} from './schemas';
import { createUrls, urlTemplate } from './urls';

/** A zod schema of any kind, as the walker sees it. */
type Schema = z.core.$ZodType;
/** A zod object schema: a collection's front matter, a list item or a nested record. */
export type ObjectSchema = z.core.$ZodObject;

/** Options every form field has. */
export interface BaseField {
  /** The key in the file. */
  name: string;
  /** What the form calls it. */
  label: string;
  /** False when the key may be left out (zod: optional, or has a default). */
  required: boolean;
  /** Help under the input, from the zod `.describe()` / `.meta()` description. */
  hint?: string;
}

/** A one-line text input. */
export interface StringField extends BaseField {
  /** The widget. */
  widget: 'string';
  /** `url` or `email` for the browser's own validation. */
  type?: 'url' | 'email';
  /** Value of a new entry. */
  default?: string;
  /** Fewest characters. */
  minlength?: number;
  /** Most characters. */
  maxlength?: number;
  /** `[regex as /source/flags, message]`. */
  pattern?: [string, string];
}

/** A number input. */
export interface NumberField extends BaseField {
  /** The widget. */
  widget: 'number';
  /** Whole numbers (`int`) or any (`float`); both are stored as numbers. */
  value_type: 'int' | 'float';
  /** Value of a new entry. */
  default?: number;
  /** Smallest value. */
  min?: number;
  /** Largest value. */
  max?: number;
}

/** A true/false switch. */
export interface BooleanField extends BaseField {
  /** The widget. */
  widget: 'boolean';
  /** Value of a new entry. */
  default?: boolean;
}

/** A choice offered to the editor: a plain value or a value with a label. */
export type SelectOption = string | number | boolean | { label: string; value: string };

/** A choice among fixed values, one or (`multiple`) several. */
export interface SelectField extends BaseField {
  /** The widget. */
  widget: 'select';
  /** The allowed values. */
  options: SelectOption[];
  /** True for a list of choices. */
  multiple?: boolean;
  /** Fewest choices (multiple only). */
  min?: number;
  /** Most choices (multiple only). */
  max?: number;
  /** Value of a new entry. */
  default?: string | number | boolean | (string | number | boolean)[];
}

/** A calendar day, stored as `YYYY-MM-DD` text. */
export interface DateField extends BaseField {
  /** The widget. */
  widget: 'datetime';
  /** A date picker without a time. */
  type: 'date';
  /** Storage format (Day.js tokens). */
  format: 'YYYY-MM-DD';
  /** No time part (Netlify/Decap spelling of the same). */
  time_format: false;
  /** Value of a new entry. */
  default?: string;
}

/** A reference to entries of another collection, or to the items of a list in a file. */
export interface RelationField extends BaseField {
  /** The widget. */
  widget: 'relation';
  /** The referenced collection. */
  collection: string;
  /** The referenced file, for a file collection. */
  file?: string;
  /** What is stored: `{{slug}}` or a key path such as `skills.*.id`. */
  value_field: string;
  /** What the editor sees. */
  display_fields: string[];
  /** What the editor can search. */
  search_fields: string[];
  /** True for a list of references. */
  multiple?: boolean;
  /** Fewest references (multiple only). */
  min?: number;
  /** Most references (multiple only). */
  max?: number;
}

/** An image upload; the file name is stored. */
export interface ImageField extends BaseField {
  /** The widget. */
  widget: 'image';
  /** Where uploads go; `''` is the entry's own folder. */
  media_folder?: string;
  /** How the stored value points at them; `''` stores the bare file name. */
  public_folder?: string;
  /** Accepted file types, as for an HTML file input. */
  accept?: string;
}

/** Markdown text with an editor. */
export interface MarkdownField extends BaseField {
  /** The widget. */
  widget: 'markdown';
  /** Editor modes, the first one the default. */
  modes?: ('raw' | 'rich_text')[];
}

/** A list of values (`field`) or of records (`fields`). */
export interface ListField extends BaseField {
  /** The widget. */
  widget: 'list';
  /** The field of each item, for a list of values. */
  field?: CmsField;
  /** The fields of each item, for a list of records. */
  fields?: CmsField[];
  /** True when the list is the whole file (a top-level YAML list). */
  root?: boolean;
  /** Fewest items. */
  min?: number;
  /** Most items. */
  max?: number;
  /** Value of a new entry. */
  default?: unknown[];
  /** What the Add button says. */
  label_singular?: string;
  /** How a collapsed item reads. */
  summary?: string;
}

/** A nested record. */
export interface ObjectField extends BaseField {
  /** The widget. */
  widget: 'object';
  /** The record's fields. */
  fields: CmsField[];
}

/** Any form field this generator writes. */
export type CmsField =
  | StringField
  | NumberField
  | BooleanField
  | SelectField
  | DateField
  | RelationField
  | ImageField
  | MarkdownField
  | ListField
  | ObjectField;

/** How a new entry's file name is made and checked. */
export interface SlugOptions {
  /** Template filled from the entry's fields. */
  template: string;
  /** When the editor may change it: on creation only, since the file name is the page's URL. */
  editable: ('create' | 'update')[] | boolean;
  /** `[regex, message]` the file name must match. */
  pattern: [string, string];
}

/** A folder of Markdown files with front matter, one entry each. */
export interface FolderCollection {
  /** Internal name, used by relations. */
  name: string;
  /** What the sidebar calls it. */
  label: string;
  /** What one entry is called. */
  label_singular: string;
  /** The folder, relative to the repository root. */
  folder: string;
  /** The entries' file extension. */
  extension: 'md' | 'mdx';
  /** YAML front matter, then the body. */
  format: 'yaml-frontmatter';
  /** Whether editors may add entries. */
  create: boolean;
  /** The field an entry is listed by. */
  identifier_field: string;
  /** The file name of a new entry. */
  slug: SlugOptions;
  /** The entry's page, relative to `site_url`. */
  preview_path: string;
  /** Uploads go beside the entry (`''`). */
  media_folder: string;
  /** Stored image paths are relative to the entry. */
  public_folder: string;
  /** The front matter fields, then `body`. */
  fields: CmsField[];
}

/** One data file edited as a form. */
export interface CollectionFile {
  /** Internal name, used by relations (`file:`). */
  name: string;
  /** What the sidebar calls it. */
  label: string;
  /** The file, relative to the repository root. */
  file: string;
  /** The file's format. */
  format: 'yaml';
  /** Its fields. */
  fields: CmsField[];
}

/** A collection of single files. */
export interface FileCollection {
  /** Internal name, used by relations. */
  name: string;
  /** What the sidebar calls it. */
  label: string;
  /** The files. */
  files: CollectionFile[];
}

/** Either kind of collection. */
export type CmsCollection = FolderCollection | FileCollection;

/** The whole `config.yml`. */
export interface CmsConfig {
  /** Where the content lives; the same repository also works as a local folder on localhost. */
  backend: { name: 'github'; repo: string; branch: string };
  /** Saving commits straight to the branch. */
  publish_mode: 'simple';
  /** The live site, for preview links. */
  site_url: string;
  /** Uploads that belong to no entry (the entry collections keep theirs beside the entry). */
  media_folder: string;
  /** How such uploads are addressed on the site. */
  public_folder: string;
  /** New file names: ASCII, lowercase, hyphens (the content's kebab-case ids). */
  slug: { encoding: 'ascii'; clean_accents: boolean; sanitize_replacement: string };
  /** Empty optional fields are left out of the file, as the strict schemas require. */
  output: { omit_empty_optional_fields: boolean };
  /** Jobs, companies, articles and skills. */
  collections: CmsCollection[];
}

/** The schemas the collections are built from. */
export interface CmsSchemas {
  /** `content/jobs/<id>.md` front matter. */
  jobs: ObjectSchema;
  /** `content/companies/<id>.md` front matter. */
  companies: ObjectSchema;
  /** `content/articles/<id>.mdx` front matter. */
  articles: ObjectSchema;
  /** One item of `content/skills.yaml`. */
  skills: ObjectSchema;
}

/** What `cmsConfig` needs to know about the site. */
export interface CmsConfigOptions {
  /** GitHub repository, `owner/name`. */
  repo: string;
  /** Branch the CMS commits to. */
  branch: string;
  /** Content folder relative to the repository root. Default `content`. */
  contentRoot?: string;
  /** The site's URL including its base path, e.g. `https://example.org/careers/`. */
  siteUrl: string;
  /** Replacement schemas (tests prove that a schema change reaches the form). */
  schemas?: Partial<CmsSchemas>;
}

/** Replaces the widget inferred for one field; gets that field and the field's own zod schema. */
export type FieldOverride = (inferred: CmsField, schema: Schema) => CmsField;
/** Overrides by key path below the collection's root: `salary.currency`, `locations.*.city`. */
export type FieldOverrides = Readonly<Record<string, FieldOverride>>;

/** A zod schema reduced to what the file must contain, and what its wrappers said. */
interface Unwrapped {
  schema: Schema;
  optional: boolean;
  hasDefault: boolean;
  defaultValue: unknown;
  label: string | undefined;
  hint: string | undefined;
}

/** The walk's state: overrides are checked off as they are used. */
interface Walk {
  overrides: FieldOverrides;
  used: Set<string>;
}

const defOf = (s: Schema) => (s as z.core.$ZodTypes)._zod.def;

/** Peels optional, default, readonly and pipes down to the type the file must hold. */
function unwrap(start: Schema): Unwrapped {
  const u: Unwrapped = {
    schema: start,
    optional: false,
    hasDefault: false,
    defaultValue: undefined,
    label: undefined,
    hint: undefined,
  };
  for (;;) {
    const meta = z.globalRegistry.get(u.schema);
    u.label ??= meta?.title;
    u.hint ??= meta?.description;
    const def = defOf(u.schema);
    switch (def.type) {
      case 'optional':
      case 'nullable':
        u.optional = true;
        u.schema = def.innerType;
        break;
      case 'default':
      case 'prefault':
        u.hasDefault = true;
        u.defaultValue = structuredClone(def.defaultValue);
        u.schema = def.innerType;
        break;
      case 'readonly':
        u.schema = def.innerType;
        break;
      case 'pipe':
        // z.preprocess(fn, s) is pipe(transform, s): the file holds what `s` accepts.
        // s.transform(fn) is pipe(s, transform): the file holds what `s` accepts.
        u.schema = defOf(def.in).type === 'transform' ? def.out : def.in;
        break;
      default:
        return u;
    }
  }
}

/** `datePosted` -> `Date posted`. */
function humanise(name: string): string {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The refinement functions (`.refine(fn)`) among a schema's checks. */
function refinements(checks: readonly z.core.$ZodCheck<never>[]): unknown[] {
  return checks.map((c) => (c._zod.def as { fn?: unknown }).fn).filter((f) => f !== undefined);
}

/** What a check says about a value it refuses, for the CMS to show beside the input. */
function checkMessage(check: z.core.$ZodCheck<string>, fallback: string): string {
  // A NUL character matches none of the patterns a text field asks for.
  return z.safeParse(z.string().check(check), '\u0000').error?.issues[0]?.message ?? fallback;
}

const accepts = (s: Schema) => (v: unknown) => z.safeParse(s, v).success;

/** Every two-letter code `AA`..`ZZ`: a country field offers those its schema accepts. */
function twoLetterCodes(): string[] {
  const letters = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
  return letters.flatMap((a) => letters.map((b) => a + b));
}

const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, 'en');

const httpsUrlChecks = new Set<unknown>(httpsUrl._zod.def.checks ?? []);

/** A string field, or the select/date it stands for when a known refinement says so. */
function stringField(
  base: BaseField,
  u: Unwrapped,
  checks: readonly z.core.$ZodCheck<string>[],
  path: string,
): CmsField {
  const s = u.schema;
  const refs = refinements(checks);
  const def = defaultOf(u, (v): v is string => typeof v === 'string', path);
  if (refs.includes(isRealDate)) {
    return { ...base, widget: 'datetime', type: 'date', format: 'YYYY-MM-DD', time_format: false, ...def };
  }
  if (refs.includes(isCountryCode)) {
    const options = twoLetterCodes()
      .filter(accepts(s))
      .map((value) => ({ label: `${countryName(value)} (${value})`, value }))
      .sort(byLabel);
    return { ...base, widget: 'select', options, ...def };
  }
  const field: StringField = { ...base, widget: 'string', ...def };
  for (const check of checks) {
    const c = (check as z.core.$ZodChecks)._zod.def;
    if (httpsUrlChecks.has(check)) {
      field.type = 'url';
      field.pattern = [String(/^https:\/\//), checkMessage(check, 'write an https:// address')];
    } else if (c.check === 'min_length') field.minlength = c.minimum;
    else if (c.check === 'max_length') field.maxlength = c.maximum;
    else if (c.check === 'length_equals') field.minlength = field.maxlength = c.length;
    else if (c.check === 'string_format' && c.format === 'email') field.type = 'email';
    else if (c.check === 'string_format' && c.format === 'url') field.type = 'url';
    // The CMS takes one pattern; the content checker still applies any further ones.
    else if (c.check === 'string_format' && c.pattern !== undefined && field.pattern === undefined) {
      field.pattern = [String(c.pattern), checkMessage(check, `must match ${String(c.pattern)}`)];
    }
  }
  return field;
}

function numberField(base: BaseField, u: Unwrapped, path: string): NumberField {
  const checks = (u.schema._zod.def.checks ?? []) as z.core.$ZodChecks[];
  const int = checks.some((c) => c._zod.def.check === 'number_format' && /int/.test(c._zod.def.format));
  const field: NumberField = {
    ...base,
    widget: 'number',
    value_type: int ? 'int' : 'float',
    ...defaultOf(u, (v): v is number => typeof v === 'number', path),
  };
  for (const check of checks) {
    const c = check._zod.def;
    if (c.check !== 'greater_than' && c.check !== 'less_than') continue;
    const value = Number(c.value);
    // An exclusive bound is one step inside for whole numbers; for others the form lets the
    // bound itself through, and the content checker refuses it.
    const bound = c.inclusive || !int ? value : value + (c.check === 'greater_than' ? 1 : -1);
    if (c.check === 'greater_than') field.min = bound;
    else field.max = bound;
  }
  return field;
}

/** Fewest/most items from an array's length checks. */
function lengthBounds(s: Schema): { min?: number; max?: number } {
  const bounds: { min?: number; max?: number } = {};
  for (const check of (s._zod.def.checks ?? []) as z.core.$ZodChecks[]) {
    const c = check._zod.def;
    if (c.check === 'min_length') bounds.min = c.minimum;
    else if (c.check === 'max_length') bounds.max = c.maximum;
    else if (c.check === 'length_equals') bounds.min = bounds.max = c.length;
  }
  return bounds;
}

function defaultOf<T>(u: Unwrapped, is: (v: unknown) => v is T, path: string): { default?: T } {
  if (!u.hasDefault) return {};
  if (!is(u.defaultValue)) {
    throw new Error(`${path}: the default ${JSON.stringify(u.defaultValue)} does not fit its CMS field`);
  }
  return { default: u.defaultValue };
}

const isSelectValue = (v: unknown): v is string | number | boolean =>
  typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

/** The CMS field for one zod field: inferred from its type, then overridden if listed. */
function fieldFor(name: string, schema: Schema, path: string, walk: Walk): CmsField {
  const u = unwrap(schema);
  const base: BaseField = {
    name,
    label: u.label ?? humanise(name),
    required: !u.optional && !u.hasDefault,
    ...(u.hint === undefined ? {} : { hint: u.hint }),
  };
  const inferred = inferField(base, u, path, walk);
  const override = walk.overrides[path];
  if (override === undefined) return inferred;
  walk.used.add(path);
  return override(inferred, u.schema);
}

function inferField(base: BaseField, u: Unwrapped, path: string, walk: Walk): CmsField {
  const def = defOf(u.schema);
  switch (def.type) {
    case 'string':
      return stringField(base, u, def.checks ?? [], path);
    case 'number':
      return numberField(base, u, path);
    case 'boolean':
      return {
        ...base,
        widget: 'boolean',
        ...defaultOf(u, (v): v is boolean => typeof v === 'boolean', path),
      };
    case 'enum':
    case 'literal': {
      const options = def.type === 'enum' ? Object.values(def.entries) : def.values;
      if (!options.every(isSelectValue))
        throw new Error(`${path}: a choice is not text, a number or true/false`);
      return { ...base, widget: 'select', options, ...defaultOf(u, isSelectValue, path) };
    }
    case 'object':
      return { ...base, widget: 'object', fields: walkShape(def.shape, path, walk) };
    case 'array': {
      const bounds = lengthBounds(u.schema);
      const listDefault = defaultOf(u, (v): v is unknown[] => Array.isArray(v), path);
      const item = unwrap(def.element);
      const itemDef = defOf(item.schema);
      if (itemDef.type === 'enum') {
        const options = Object.values(itemDef.entries);
        const selectDefault = defaultOf(
          u,
          (v): v is (string | number | boolean)[] => Array.isArray(v) && v.every(isSelectValue),
          path,
        );
        return { ...base, widget: 'select', multiple: true, options, ...bounds, ...selectDefault };
      }
      if (itemDef.type === 'object') {
        const fields = walkShape(itemDef.shape, `${path}.*`, walk);
        return { ...base, widget: 'list', fields, ...bounds, ...listDefault };
      }
      const field = fieldFor('item', def.element, `${path}.*`, walk);
      return { ...base, widget: 'list', field, ...bounds, ...listDefault };
    }
    default:
      throw new Error(
        `${path}: zod type "${def.type}" has no CMS widget; teach src/lib/cmsConfig.ts to edit it`,
      );
  }
}

function walkShape(shape: z.core.$ZodShape, prefix: string, walk: Walk): CmsField[] {
  return Object.entries(shape).map(([name, s]) =>
    fieldFor(name, s, prefix ? `${prefix}.${name}` : name, walk),
  );
}

/**
 * The CMS fields for a zod object schema: one per key, in the schema's order. `overrides`
 * replace the inferred widget of the fields they name (key paths such as `salary.currency`);
 * one that names no field throws, as does a zod type the CMS cannot edit.
 */
export function cmsFields(schema: ObjectSchema, overrides: FieldOverrides = {}): CmsField[] {
  const walk: Walk = { overrides, used: new Set() };
  const fields = walkShape(schema._zod.def.shape, '', walk);
  const unused = Object.keys(overrides).filter((p) => !walk.used.has(p));
  if (unused.length > 0) throw new Error(`CMS override for ${unused.join(', ')} matches no schema field`);
  return fields;
}

/** The options every field keeps when an override swaps its widget. */
function baseOf(f: CmsField): BaseField {
  return {
    name: f.name,
    label: f.label,
    required: f.required,
    ...(f.hint === undefined ? {} : { hint: f.hint }),
  };
}

/** A list inferred from an array becomes a multiple choice with the same bounds. */
function multiplicity(f: CmsField): { multiple?: true; min?: number; max?: number } {
  if (f.widget !== 'list') return {};
  return {
    multiple: true,
    ...(f.min === undefined ? {} : { min: f.min }),
    ...(f.max === undefined ? {} : { max: f.max }),
  };
}

/** The skills file's collection, file and list field: relations read their items. */
const SKILLS = { collection: 'skills', file: 'skills', list: 'skills' } as const;

/** A company id is the company file's name: the entry's slug. */
const companyRelation: FieldOverride = (f) => ({
  ...baseOf(f),
  widget: 'relation',
  collection: 'companies',
  value_field: '{{slug}}',
  display_fields: ['name'],
  search_fields: ['name'],
  ...multiplicity(f),
});

/** Skill ids are items of the one list in skills.yaml. */
const skillRelation: FieldOverride = (f) => ({
  ...baseOf(f),
  widget: 'relation',
  collection: SKILLS.collection,
  file: SKILLS.file,
  value_field: `${SKILLS.list}.*.id`,
  display_fields: [`${SKILLS.list}.*.name`],
  search_fields: [`${SKILLS.list}.*.name`, `${SKILLS.list}.*.id`],
  ...multiplicity(f),
});

/** The schema checks currency codes by shape; ICU's list is what the site can format. */
const currencySelect: FieldOverride = (f, schema) => {
  const names = new Intl.DisplayNames(['en'], { type: 'currency' });
  const options = Intl.supportedValuesOf('currency')
    .filter(accepts(schema))
    .map((value) => ({ label: `${names.of(value) ?? value} (${value})`, value }))
    .sort(byLabel);
  return { ...baseOf(f), widget: 'select', options };
};

/** Image types a browser shows; the logo field offers those its schema accepts. */
const IMAGE_EXTENSIONS = ['avif', 'bmp', 'gif', 'ico', 'jpeg', 'jpg', 'png', 'svg', 'tif', 'tiff', 'webp'];

/** The logo is a file name beside the company file: uploads go there, the bare name is stored. */
const logoImage: FieldOverride = (f, schema) => ({
  ...baseOf(f),
  widget: 'image',
  media_folder: '',
  public_folder: '',
  accept: IMAGE_EXTENSIONS.filter((ext) => accepts(schema)(`image.${ext}`))
    .map((ext) => `.${ext}`)
    .join(','),
});

/** Everything zod cannot say about a field, by collection. */
const OVERRIDES: Record<keyof CmsSchemas, FieldOverrides> = {
  jobs: { company: companyRelation, skills: skillRelation, 'salary.currency': currencySelect },
  companies: { logo: logoImage },
  articles: { skill: skillRelation },
  skills: {},
};

const SLUG_PATTERN: [string, string] = [String(ID_PATTERN), 'write lowercase words joined by hyphens'];

/** The key paths a relation or template may name in a list of fields (`skills.*.id`, `salary.per`). */
function keyPaths(fields: readonly CmsField[], prefix = ''): string[] {
  return fields.flatMap((f) => {
    const p = prefix + f.name;
    if (f.widget === 'object') return [p, ...keyPaths(f.fields, `${p}.`)];
    if (f.widget === 'list' && f.fields !== undefined) return [p, ...keyPaths(f.fields, `${p}.*.`)];
    return [p];
  });
}

/** Throws when a template or relation names a field the collection no longer has. */
function assertNamed(where: string, names: readonly string[], fields: readonly CmsField[]): void {
  const known = new Set(keyPaths(fields));
  const missing = names.filter((n) => !known.has(n));
  if (missing.length > 0) throw new Error(`${where} names ${missing.join(', ')}, which is no field of it`);
}

const templateFields = (template: string) =>
  [...template.matchAll(/\{\{fields\.([^}]+)\}\}/g)].map((m) => m[1]!);

/** The fields of the entries or file a relation points at. */
function relationTarget(collections: readonly CmsCollection[], r: RelationField): CmsField[] {
  const target = collections.find((c) => c.name === r.collection);
  if (target === undefined) throw new Error(`relation ${r.name} points at no collection "${r.collection}"`);
  if ('folder' in target) return target.fields;
  const file = target.files.find((f) => f.name === r.file);
  if (file === undefined)
    throw new Error(`relation ${r.name} points at no file "${r.file}" of ${r.collection}`);
  return file.fields;
}

function assertRelations(collections: readonly CmsCollection[], fields: readonly CmsField[]): void {
  for (const f of fields) {
    if (f.widget === 'relation') {
      const names = [f.value_field, ...f.display_fields, ...f.search_fields].filter((n) => n !== '{{slug}}');
      assertNamed(`relation ${f.name}`, names, relationTarget(collections, f));
    } else if (f.widget === 'object' || (f.widget === 'list' && f.fields !== undefined)) {
      assertRelations(collections, f.fields ?? []);
    }
  }
}

/** The Sveltia CMS configuration for this repository's content. */
export function cmsConfig(options: CmsConfigOptions): CmsConfig {
  const root = (options.contentRoot ?? 'content').replace(/\/+$/, '');
  const schemas: CmsSchemas = {
    jobs: jobSchema,
    companies: companySchema,
    articles: articleSchema,
    skills: skillSchema,
    ...options.schemas,
  };
  // Preview links are relative to site_url, which already carries the base path.
  const urls = createUrls('/');
  const body = (label: string, required: boolean, extra: Partial<MarkdownField> = {}): MarkdownField => ({
    name: 'body',
    label,
    required,
    widget: 'markdown',
    ...extra,
  });
  const folder = (
    c: Omit<FolderCollection, 'format' | 'create' | 'media_folder' | 'public_folder' | 'fields'>,
    fields: CmsField[],
  ): FolderCollection => {
    const collection: FolderCollection = {
      ...c,
      format: 'yaml-frontmatter',
      create: true,
      // Images in a body sit beside the entry, where Astro resolves relative paths.
      media_folder: '',
      public_folder: '',
      fields,
    };
    const named = [c.identifier_field, ...templateFields(c.slug.template), ...templateFields(c.preview_path)];
    assertNamed(`collection ${c.name}`, named, fields);
    return collection;
  };

  const collections: CmsCollection[] = [
    folder(
      {
        name: 'jobs',
        label: 'Jobs',
        label_singular: 'Job',
        folder: `${root}/jobs`,
        extension: 'md',
        identifier_field: 'title',
        slug: {
          template: '{{fields.company}}-{{fields.title}}',
          editable: ['create'],
          pattern: SLUG_PATTERN,
        },
        preview_path: urlTemplate(urls.job, '{slug}'),
      },
      [...cmsFields(schemas.jobs, OVERRIDES.jobs), body('Description', true)],
    ),
    folder(
      {
        name: 'companies',
        label: 'Companies',
        label_singular: 'Company',
        folder: `${root}/companies`,
        extension: 'md',
        identifier_field: 'name',
        slug: { template: '{{fields.name}}', editable: ['create'], pattern: SLUG_PATTERN },
        preview_path: urlTemplate(urls.company, '{slug}'),
      },
      [...cmsFields(schemas.companies, OVERRIDES.companies), body('About', false)],
    ),
    folder(
      {
        name: 'articles',
        label: 'Guides',
        label_singular: 'Guide',
        folder: `${root}/articles`,
        extension: 'mdx',
        identifier_field: 'title',
        // One guide per skill, named after it; it is shown on the skill's page.
        slug: { template: '{{fields.skill}}', editable: ['create'], pattern: SLUG_PATTERN },
        preview_path: urlTemplate(urls.skill, '{fields.skill}'),
      },
      // MDX: the rich-text editor could rewrite JSX, so raw Markdown comes first.
      [
        ...cmsFields(schemas.articles, OVERRIDES.articles),
        body('Guide', true, { modes: ['raw', 'rich_text'] }),
      ],
    ),
    {
      name: SKILLS.collection,
      label: 'Skills',
      files: [
        {
          name: SKILLS.file,
          label: 'Skills',
          file: `${root}/${SKILLS_FILE}`,
          format: 'yaml',
          fields: [
            {
              name: SKILLS.list,
              label: 'Skills',
              required: true,
              widget: 'list',
              // skills.yaml is a top-level YAML list, not a key holding one.
              root: true,
              label_singular: 'Skill',
              summary: '{{fields.name}} ({{fields.id}})',
              fields: cmsFields(schemas.skills, OVERRIDES.skills),
            },
          ],
        },
      ],
    },
  ];
  for (const c of collections) {
    const fieldLists = 'folder' in c ? [c.fields] : c.files.map((f) => f.fields);
    for (const fields of fieldLists) assertRelations(collections, fields);
  }

  return {
    backend: { name: 'github', repo: options.repo, branch: options.branch },
    publish_mode: 'simple',
    site_url: options.siteUrl,
    media_folder: 'public',
    public_folder: '/',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    output: { omit_empty_optional_fields: true },
    collections,
  };
}

/** The configuration as `config.yml` text. */
export function cmsConfigYaml(config: CmsConfig): string {
  const header =
    '# Generated from src/lib/schemas.ts by src/lib/cmsConfig.ts at build time: edit those, not this.\n';
  return header + yaml.safeDump(config, { noRefs: true, lineWidth: -1 });
}
