/**
 * The content checker: every problem of every file of a content tree in one run, each
 * with its file, line, field, what is wrong and what to write. It validates against the
 * very schemas Astro builds with (`src/lib/schemas.ts`) and the same cross-file rules
 * (`src/lib/references.ts`), so what passes here builds, and nothing else does.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { contentDir } from '../../src/lib/contentDir';
import { buildDate, daysBetween, isRealDate, type Day } from '../../src/lib/dates';
import { applyLink } from '../../src/lib/apply';
import { aliasMap, describeBrokenReference, findBrokenReferences } from '../../src/lib/references';
import { jobIdClash } from '../../src/lib/routes';
import {
  articleSchema,
  companySchema,
  hasMarkup,
  ID_PATTERN,
  jobSchema,
  skillSchema,
} from '../../src/lib/schemas';
import { nearest } from '../../src/lib/suggest';
import { placeholderLines } from './jobTemplate';
import { findBodyMarkup, findSvgProblems, hasImageSignature } from './markup';
import {
  ContentReadError,
  decodeContent,
  formatPath,
  lineOf,
  parseFrontMatter,
  parseYaml,
  yamlKeyLines,
} from '../../src/lib/readContent';

export type Severity = 'error' | 'warning';

export interface Problem {
  /** Absolute path of the file. */
  file: string;
  /** 1-based line of the offending key; 1 for a problem with the whole file. */
  line: number;
  /** `field: "value" what is wrong; what to write`. */
  message: string;
  severity: Severity;
}

export interface CheckOptions {
  /** The content root (default: `CONTENT_DIR` or `content`). */
  dir: string;
  /** The day warnings are counted from (default: `BUILD_DATE` or today). */
  today?: Day;
}

/** A job open this many days without `validThrough` gets a warning. */
export const STALE_OPEN_DAYS = 60;
/** A job closed this many days ago gets a warning: time to delete the file. */
export const STALE_CLOSED_DAYS = 180;

const IMAGE_EXTENSIONS = ['.png', '.jpg', '.jpeg', '.webp', '.avif', '.svg'];

/** One line of output: `content/jobs/a.md:7: validThrough: "2026-02-30" is not a real date; write YYYY-MM-DD`. */
export function formatProblem(p: Problem, cwd = process.cwd()): string {
  const rel = path.relative(cwd, p.file).split(path.sep).join('/');
  return `${rel}:${p.line}: ${p.severity === 'warning' ? 'warning: ' : ''}${p.message}`;
}

/** `"2026-02-30"`, `42`, `["a"]`, shortened to one readable line. */
function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…${text.at(-1) === '"' ? '"' : ''}` : text;
}

function valueAt(data: unknown, p: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const seg of p) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[seg];
  }
  return v;
}

interface ZodDefLike {
  type: string;
  shape?: Record<string, { _zod: { def: ZodDefLike } }>;
  innerType?: { _zod: { def: ZodDefLike } };
  element?: { _zod: { def: ZodDefLike } };
  out?: { _zod: { def: ZodDefLike } };
}

/** The field names the schema allows at `p` (an object nested in arrays, optionals, pipes). */
function fieldsAt(schema: z.ZodType, p: readonly PropertyKey[]): string[] {
  let def = (schema as unknown as { _zod: { def: ZodDefLike } })._zod.def;
  const unwrap = () => {
    for (;;) {
      const inner = def.innerType ?? (def.type === 'pipe' ? def.out : undefined);
      if (inner === undefined) return;
      def = inner._zod.def;
    }
  };
  for (const seg of p) {
    unwrap();
    const next = typeof seg === 'number' ? def.element : def.shape?.[String(seg)];
    if (next === undefined) return [];
    def = next._zod.def;
  }
  unwrap();
  return Object.keys(def.shape ?? {});
}

/** Turns zod's issues into the checker's lines, with the line of each key. */
function schemaProblems(
  schema: z.ZodType,
  data: unknown,
  lines: ReadonlyMap<string, number>,
  at: readonly PropertyKey[] = [],
): Array<{ line: number; message: string }> {
  const result = schema.safeParse(data);
  if (result.success) return [];
  const out: Array<{ line: number; message: string }> = [];
  // A misspelt key (`titel`) also leaves its field missing: one mistake, one line.
  const meant = new Set<string>();
  for (const issue of result.error.issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const allowed = fieldsAt(schema, issue.path);
    for (const key of issue.keys) {
      const guess = nearest(key, allowed);
      if (guess !== undefined && valueAt(data, [...issue.path, guess]) === undefined) {
        meant.add([...issue.path, guess].join('.'));
      }
    }
  }
  for (const issue of result.error.issues) {
    if (issue.code === 'invalid_type' && meant.has(issue.path.join('.'))) continue;
    const p = [...at, ...issue.path];
    const field = formatPath(p) || 'front matter';
    if (issue.code === 'unrecognized_keys') {
      const allowed = fieldsAt(schema, issue.path);
      for (const key of issue.keys) {
        const guess = nearest(key, allowed);
        const fix =
          guess !== undefined ? `did you mean "${guess}"?` : `remove it (fields: ${allowed.join(', ')})`;
        out.push({
          line: lineOf(lines, [...p, key]),
          message: `${formatPath([...p, key])}: is not a known field; ${fix}`,
        });
      }
      continue;
    }
    const value = valueAt(data, issue.path);
    if (issue.code === 'invalid_value' && value !== undefined) {
      const allowed = issue.values.map(String);
      const guess = typeof value === 'string' ? nearest(value, allowed) : undefined;
      const fix = guess !== undefined ? `did you mean "${guess}"?` : `write one of ${allowed.join(', ')}`;
      out.push({
        line: lineOf(lines, p),
        message: `${field}: ${show(value)} is not one of ${allowed.join(', ')}; ${fix}`,
      });
      continue;
    }
    const message =
      value === undefined ? `${field}: ${issue.message}` : `${field}: ${show(value)} ${issue.message}`;
    out.push({ line: lineOf(lines, p), message });
  }
  return out;
}

interface ParsedFile {
  file: string;
  /** Collection folder name: `jobs`, `companies`, `articles`. */
  collection: string;
  id: string;
  data: Record<string, unknown>;
  lines: Map<string, number>;
  body: string;
  bodyLine: number;
  /** False once any error was reported for the file. */
  ok: boolean;
  /** The front matter is a record (else the schema has nothing to check). */
  shaped: boolean;
}

function record(data: unknown): Record<string, unknown> {
  return data !== null && typeof data === 'object' && !Array.isArray(data)
    ? (data as Record<string, unknown>)
    : {};
}

/** Lowercase kebab form of a file name, the id Astro's loader would give it. */
function slugOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function listDir(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((n) => !n.startsWith('.') && statSync(path.join(dir, n)).isFile())
      .sort();
  } catch {
    return [];
  }
}

/** Checks the whole tree under `dir`. Never throws for an editor's mistake: every problem is a `Problem`. */
export function checkContent({ dir, today = buildDate() }: CheckOptions): Problem[] {
  const problems: Problem[] = [];
  const report = (file: string, line: number, message: string, severity: Severity = 'error') =>
    problems.push({ file, line, message, severity });

  /** A file that cannot be parsed is reported, never thrown: one bad file must not hide the others. */
  const reportFailure = (file: string, err: unknown) => {
    if (err instanceof ContentReadError) report(file, err.line, err.message);
    else
      report(
        file,
        1,
        `file: cannot be checked (${(err as Error).message}); check it, or report this to the developers`,
      );
  };

  /** Reads and decodes a file, reporting why it cannot be read. */
  const readText = (file: string): string | undefined => {
    try {
      return decodeContent(readFileSync(file));
    } catch (err) {
      if (err instanceof ContentReadError) report(file, err.line, err.message);
      else
        report(file, 1, `file: cannot be read (${(err as Error).message}); check it exists and is readable`);
      return undefined;
    }
  };

  // skills.yaml
  const skillsFile = path.join(dir, 'skills.yaml');
  const skillIds = new Set<string>();
  const skillEntries: Array<{ id: string; line: number; ok: boolean }> = [];
  const skillAliases: Array<{ id: string; aliases: string[] }> = [];
  const skillsText = readText(skillsFile);
  if (skillsText !== undefined) {
    try {
      const list = parseYaml(skillsText);
      const lines = yamlKeyLines(skillsText, 1);
      if (!Array.isArray(list)) {
        report(
          skillsFile,
          1,
          'file: is not a list of skills; write entries such as "- id: go" / "  name: Go"',
        );
      } else {
        list.forEach((entry: unknown, i) => {
          const found = schemaProblems(skillSchema, entry, lines, [i]);
          for (const f of found) report(skillsFile, f.line, f.message);
          const id = record(entry)['id'];
          if (typeof id !== 'string') return;
          const line = lineOf(lines, [i, 'id']);
          if (skillIds.has(id)) {
            report(skillsFile, line, `[${i}].id: "${id}" is listed twice; remove one of the two entries`);
            return;
          }
          skillIds.add(id);
          skillEntries.push({ id, line, ok: found.length === 0 });
          const aliases = record(entry)['aliases'];
          if (Array.isArray(aliases)) {
            skillAliases.push({ id, aliases: aliases.filter((a): a is string => typeof a === 'string') });
          }
        });
      }
    } catch (err) {
      reportFailure(skillsFile, err);
    }
  }

  // Markdown collections
  const collections: Array<{ name: string; allowed: string[] }> = [
    { name: 'companies', allowed: ['.md'] },
    { name: 'articles', allowed: ['.md', '.mdx'] },
    { name: 'jobs', allowed: ['.md'] },
  ];
  const parsed: ParsedFile[] = [];
  const filesIn = new Map<string, string[]>();
  for (const { name, allowed } of collections) {
    const folder = path.join(dir, name);
    // Names that already are ids first, so of `foo.md` and `Foo.md` the odd one is reported.
    const canonical = (n: string) => (ID_PATTERN.test(n.replace(/\.[^.]*$/, '')) ? 0 : 1);
    const names = listDir(folder).sort((a, b) => canonical(a) - canonical(b));
    filesIn.set(name, names);
    const byId = new Map<string, string>();
    for (const fileName of names) {
      const file = path.join(folder, fileName);
      const ext = path.extname(fileName).toLowerCase();
      const base = fileName.slice(0, fileName.length - ext.length);
      if (name === 'companies' && IMAGE_EXTENSIONS.includes(ext)) continue; // logos
      if (name === 'jobs' && ext === '.mdx') {
        report(
          file,
          1,
          `file: a job cannot be MDX (MDX runs code at build time; only guides in articles/ may use it); rename it to ${base}.md`,
        );
        continue;
      }
      if (!allowed.includes(ext)) {
        report(
          file,
          1,
          `file: is not a ${allowed.join(' or ')} file, so the site ignores it; rename or delete it`,
        );
        continue;
      }
      const id = slugOf(base);
      const twin = byId.get(id);
      if (twin !== undefined) {
        report(
          file,
          1,
          `file: has the same id "${id}" as ${name}/${twin}; ids ignore case and extension, keep one of the two files`,
        );
        continue;
      }
      byId.set(id, fileName);
      let ok = true;
      const clash = name === 'jobs' ? jobIdClash(id) : undefined;
      if (clash !== undefined) {
        report(
          file,
          1,
          `file: "${fileName}" takes the address of another page (${clash}); name the file after the company and title, e.g. acme-go-developer${ext}`,
        );
        continue;
      }
      if (!ID_PATTERN.test(base)) {
        report(file, 1, `file: "${fileName}" is not a kebab-case name; rename it to ${id}${ext}`);
        ok = false;
      }
      const text = readText(file);
      if (text === undefined) continue;
      try {
        const fm = parseFrontMatter(text);
        const shaped = fm.data !== null && typeof fm.data === 'object' && !Array.isArray(fm.data);
        parsed.push({
          file,
          collection: name,
          id,
          data: record(fm.data),
          lines: yamlKeyLines(fm.yaml, 1),
          body: fm.body,
          bodyLine: fm.bodyLine,
          ok: ok && shaped,
          shaped,
        });
        if (!shaped) {
          report(
            file,
            2,
            'front matter: is not "key: value" lines; write one field per line, e.g. title: Go Engineer',
          );
        }
      } catch (err) {
        reportFailure(file, err);
      }
    }
  }

  const schemas: Record<string, z.ZodType> = {
    companies: companySchema,
    articles: articleSchema,
    jobs: jobSchema,
  };
  // Pages escape every field, so markup here cannot run; it would only show as literal
  // tags. The refusal lives here, not in the shared schema, so a file that slips past the
  // checker still builds (and is proven safe by the hostile fixture).
  const plainTextFields: Record<string, string[]> = {
    companies: ['name'],
    articles: ['title', 'description'],
    jobs: ['title', 'summary'],
  };
  for (const f of parsed) {
    if (!f.shaped) continue;
    const found = schemaProblems(schemas[f.collection]!, f.data, f.lines);
    for (const field of plainTextFields[f.collection] ?? []) {
      const value = f.data[field];
      if (typeof value === 'string' && hasMarkup(value)) {
        found.push({
          line: lineOf(f.lines, [field]),
          message: `${field}: ${show(value)} contains HTML; write plain text without tags or entities`,
        });
      }
    }
    found.sort((a, b) => a.line - b.line);
    for (const p of found) report(f.file, p.line, p.message);
    if (found.length > 0) f.ok = false;
  }

  const companies = parsed.filter((f) => f.collection === 'companies');
  const jobs = parsed.filter((f) => f.collection === 'jobs');
  const articles = parsed.filter((f) => f.collection === 'articles');

  // Cross-file references, with the rules the build itself applies.
  const strings = (v: unknown) =>
    Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : [];
  const byKey = new Map(parsed.map((f) => [`${f.collection}/${f.id}`, f]));
  const broken = findBrokenReferences({
    // A missing company is the schema's problem; '' only keeps the shape (and is skipped below).
    jobs: jobs.map((j) => ({
      id: j.id,
      data: {
        company: typeof j.data['company'] === 'string' ? j.data['company'] : '',
        skills: strings(j.data['skills']),
      },
    })),
    articles: articles
      .filter((a) => typeof a.data['skill'] === 'string')
      .map((a) => ({ id: a.id, data: { skill: a.data['skill'] as string } })),
    companyIds: new Set(companies.map((c) => c.id)),
    skillIds,
    skillAliases: aliasMap(skillAliases),
  });
  for (const b of broken) {
    const f = byKey.get(`${b.collection}/${b.id}`)!;
    if (b.field === 'company' && typeof f.data['company'] !== 'string') continue;
    const index = b.field === 'skills' ? strings(f.data['skills']).indexOf(b.value) : -1;
    const line = lineOf(f.lines, index >= 0 ? [b.field, index] : [b.field]);
    report(f.file, line, describeBrokenReference(b));
    f.ok = false;
  }

  // One guide per skill: the site shows one.
  const guideBySkill = new Map<string, ParsedFile>();
  for (const a of articles) {
    const skill = a.data['skill'];
    if (typeof skill !== 'string') continue;
    const first = guideBySkill.get(skill);
    if (first === undefined) guideBySkill.set(skill, a);
    else {
      report(
        a.file,
        lineOf(a.lines, ['skill']),
        `skill: "${skill}" already has a guide (articles/${path.basename(first.file)}); merge the two or pick another skill`,
      );
    }
  }

  // Job bodies and job age.
  for (const j of jobs) {
    for (const m of findBodyMarkup(j.body)) report(j.file, j.bodyLine + m.line - 1, m.message);
    for (const line of placeholderLines(j.body)) {
      report(
        j.file,
        j.bodyLine + line - 1,
        'body: still has a line of the new:job template; write the real text',
        'warning',
      );
    }
    const posted = j.data['datePosted'];
    const through = j.data['validThrough'];
    if (typeof posted === 'string' && isRealDate(posted) && through === undefined) {
      const age = daysBetween(posted, today);
      if (age > STALE_OPEN_DAYS) {
        report(
          j.file,
          lineOf(j.lines, ['datePosted']),
          `datePosted: "${posted}" is ${age} days ago and there is no validThrough; close the job (npm run close:job -- ${j.id}) or add validThrough`,
          'warning',
        );
      }
    }
    if (typeof through === 'string' && isRealDate(through)) {
      const ago = daysBetween(through, today);
      if (ago > STALE_CLOSED_DAYS) {
        report(
          j.file,
          lineOf(j.lines, ['validThrough']),
          `validThrough: "${through}" closed the job ${ago} days ago; delete the file`,
          'warning',
        );
      }
    }
  }

  for (const p of applyProblems(jobs, companies, today)) report(p.file, p.line, p.message);

  // Logos.
  for (const c of companies) {
    const logo = c.data['logo'];
    if (typeof logo !== 'string' || !/^[\w.-]+\.(?:png|jpe?g|webp|avif|svg)$/i.test(logo)) continue;
    const line = lineOf(c.lines, ['logo']);
    let problem: string | undefined;
    try {
      problem = logoProblem(path.dirname(c.file), logo, filesIn.get('companies') ?? []);
    } catch (err) {
      problem = `cannot be read (${(err as Error).message}); replace the file`;
    }
    if (problem !== undefined) {
      report(c.file, line, `logo: "${logo}" ${problem}`);
      c.ok = false;
    }
  }

  // Things nothing uses (only for files without errors: fix those first).
  const usedCompanies = new Set(jobs.map((j) => j.data['company']));
  for (const c of companies) {
    if (c.ok && !usedCompanies.has(c.id)) {
      report(
        c.file,
        1,
        `company: no job names "${c.id}"; delete the file or add a job (npm run new:job -- --company ${c.id})`,
        'warning',
      );
    }
  }
  const usedSkills = new Set([
    ...jobs.flatMap((j) => strings(j.data['skills'])),
    ...articles.map((a) => a.data['skill']),
  ]);
  for (const s of skillEntries) {
    if (s.ok && !usedSkills.has(s.id)) {
      report(
        skillsFile,
        s.line,
        `skills: "${s.id}" is used by no job and no guide; delete the entry or use it in a job`,
        'warning',
      );
    }
  }

  return problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line);
}

const optionalText = (v: unknown) => (typeof v === 'string' ? v : undefined);

/**
 * Open jobs a reader cannot apply to: no `apply` of their own, and a company with neither
 * `careers` nor `website`. Drafts and closed jobs show no apply link, so they need none.
 */
function applyProblems(
  jobs: readonly ParsedFile[],
  companies: readonly ParsedFile[],
  today: Day,
): Array<{ file: string; line: number; message: string }> {
  const byId = new Map(companies.map((c) => [c.id, c]));
  const out: Array<{ file: string; line: number; message: string }> = [];
  for (const j of jobs) {
    if (!j.ok || j.data['draft'] === true) continue;
    const through = j.data['validThrough'];
    if (typeof through === 'string' && through < today) continue;
    const company = byId.get(String(j.data['company']));
    if (company === undefined || !company.ok) continue;
    const link = applyLink({
      job: { apply: optionalText(j.data['apply']) },
      company: {
        careers: optionalText(company.data['careers']),
        website: optionalText(company.data['website']),
      },
    });
    if (link !== undefined) continue;
    out.push({
      file: j.file,
      line: lineOf(j.lines, ['company']),
      message: `apply: is missing, and companies/${company.id}.md has no careers or website, so readers cannot apply; add apply: https://… (or an e-mail address) to this job, or careers: https://… to the company`,
    });
  }
  return out;
}

/** Why a logo cannot be used, or undefined when it is fine. */
function logoProblem(folder: string, logo: string, names: readonly string[]): string | undefined {
  // Compare with the listing, not existsSync: on a case-insensitive disk Logo.PNG would "exist"
  // and then break the build on Linux.
  if (!names.includes(logo)) {
    return `does not exist beside the company file; add the image to ${path.basename(folder)}/ or remove logo`;
  }
  const bytes = readFileSync(path.join(folder, logo));
  const ext = path.extname(logo).slice(1).toLowerCase();
  if (ext !== 'svg') {
    return hasImageSignature(ext, bytes)
      ? undefined
      : `is not really a ${ext.toUpperCase()} image; export it again in that format or fix the extension`;
  }
  let svg: string;
  try {
    svg = decodeContent(bytes);
  } catch {
    return 'is not a text SVG file (UTF-8); export it again as plain SVG';
  }
  const first = findSvgProblems(svg)[0];
  return first === undefined
    ? undefined
    : `${first.message} (line ${first.line} of the SVG); export a plain SVG without scripts, handlers, foreignObject or external references`;
}

/** Every problem in `CONTENT_DIR`, for the command line. */
export function checkContentDir(env: Record<string, string | undefined> = process.env): Problem[] {
  return checkContent({ dir: contentDir(env), today: buildDate(env) });
}
