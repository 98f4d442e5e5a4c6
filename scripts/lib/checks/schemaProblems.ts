/**
 * zod's issues as the checker's lines: `field: "value" what is wrong; what to write`, on the
 * line of the key, with a guess for a misspelt field or choice. Rules between fields are run
 * here too when zod skipped them (`FieldRule`), so a file's problems all show in one run.
 */
import type { z } from 'astro/zod';
import { formatPath, lineOf } from '../../../src/lib/readContent';
import type { PlacedRule } from '../../../src/lib/schemas';
import { nearest } from '../../../src/lib/suggest';
import { isRecord, show, valueAt, type Finding } from './problem';

type Issue = z.core.$ZodIssue;

/** Every problem `schema` finds in `data` (at `at` in the file), each on its key's line. */
export function schemaProblems(
  schema: z.ZodType,
  data: unknown,
  lines: ReadonlyMap<string, number>,
  at: readonly PropertyKey[] = [],
  rules: readonly PlacedRule[] = [],
): Finding[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  const issues = [...result.error.issues, ...skippedRuleIssues(schema, data, result.error.issues, rules)];
  const meant = misspeltFields(schema, data, issues);
  return issues.flatMap((issue) => {
    // A misspelt key (`titel`) also leaves its field missing: one mistake, one line.
    if (issue.code === 'invalid_type' && meant.has(issue.path.join('.'))) return [];
    return describeIssue(schema, data, lines, [...at, ...issue.path], issue);
  });
}

/** The lines for one issue at `p` (an unknown-keys issue names several keys). */
function describeIssue(
  schema: z.ZodType,
  data: unknown,
  lines: ReadonlyMap<string, number>,
  p: readonly PropertyKey[],
  issue: Issue,
): Finding[] {
  const field = formatPath(p) || 'front matter';
  if (issue.code === 'unrecognized_keys') {
    const allowed = fieldsAt(schema, issue.path);
    return issue.keys.map((key) => {
      const guess = nearest(key, allowed);
      const fix =
        guess !== undefined ? `did you mean "${guess}"?` : `remove it (fields: ${allowed.join(', ')})`;
      return {
        line: lineOf(lines, [...p, key]),
        message: `${formatPath([...p, key])}: is not a known field; ${fix}`,
      };
    });
  }
  const value = valueAt(data, issue.path);
  if (issue.code === 'invalid_value' && value !== undefined) {
    const allowed = issue.values.map(String);
    const guess = typeof value === 'string' ? nearest(value, allowed) : undefined;
    const fix = guess !== undefined ? `did you mean "${guess}"?` : `write one of ${allowed.join(', ')}`;
    return [
      {
        line: lineOf(lines, p),
        message: `${field}: ${show(value)} is not one of ${allowed.join(', ')}; ${fix}`,
      },
    ];
  }
  const message =
    value === undefined ? `${field}: ${issue.message}` : `${field}: ${show(value)} ${issue.message}`;
  return [{ line: lineOf(lines, p), message }];
}

/** Paths (`a.b`) of missing fields that an unknown key close to their name was meant to fill. */
function misspeltFields(schema: z.ZodType, data: unknown, issues: readonly Issue[]): Set<string> {
  const meant = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const allowed = fieldsAt(schema, issue.path);
    for (const key of issue.keys) {
      const guess = nearest(key, allowed);
      if (guess !== undefined && valueAt(data, [...issue.path, guess]) === undefined) {
        meant.add([...issue.path, guess].join('.'));
      }
    }
  }
  return meant;
}

/**
 * The issues of rules between fields that zod did not report: it skips an object's
 * `.refine` once a field of it failed outright. A rule runs here only when each field it
 * reads is valid on its own, so a wrong date is reported once, not also as out of order.
 */
function skippedRuleIssues(
  schema: z.ZodType,
  data: unknown,
  issues: readonly Issue[],
  rules: readonly PlacedRule[],
): Issue[] {
  const out: Issue[] = [];
  for (const { within, rule } of rules) {
    const path = [...within, rule.path];
    const key = path.join('.');
    if (issues.some((i) => i.message === rule.error && i.path.join('.') === key)) continue;
    const values = validFields(shapeAt(schema, within), valueAt(data, within), rule.fields);
    if (values !== undefined && !rule.holds(values)) out.push({ code: 'custom', path, message: rule.error });
  }
  return out;
}

/** The parsed `fields` of `value`, or undefined when it is no record or any of them is invalid. */
function validFields(
  shape: Readonly<Record<string, z.ZodType>>,
  value: unknown,
  fields: readonly string[],
): Record<string, unknown> | undefined {
  if (!isRecord(value)) return undefined;
  const parsed: Record<string, unknown> = {};
  for (const field of fields) {
    const result = shape[field]?.safeParse(value[field]);
    if (result === undefined || !result.success) return undefined;
    parsed[field] = result.data;
  }
  return parsed;
}

interface ZodDefLike {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  out?: z.ZodType;
}

/** zod keeps a schema's structure in `_zod.def`; only the parts walked here are typed. */
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: ZodDefLike } })._zod.def;

/** The field names the schema allows at `p`. */
function fieldsAt(schema: z.ZodType, p: readonly PropertyKey[]): string[] {
  return Object.keys(shapeAt(schema, p));
}

/** The fields' schemas of the object at `p` (nested in arrays, optionals, pipes); `{}` if none. */
function shapeAt(schema: z.ZodType, p: readonly PropertyKey[]): Readonly<Record<string, z.ZodType>> {
  let def = defOf(schema);
  const unwrap = () => {
    for (;;) {
      const inner = def.innerType ?? (def.type === 'pipe' ? def.out : undefined);
      if (inner === undefined) return;
      def = defOf(inner);
    }
  };
  for (const seg of p) {
    unwrap();
    const next = typeof seg === 'number' ? def.element : def.shape?.[String(seg)];
    if (next === undefined) return {};
    def = defOf(next);
  }
  unwrap();
  return def.shape ?? {};
}
