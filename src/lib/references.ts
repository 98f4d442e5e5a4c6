/**
 * Cross-file rules Astro does not enforce (a dangling reference only logs): every job's
 * company and skills, and every guide's skill, must exist.
 */
import { nearest } from './suggest';

export interface BrokenReference {
  /** `jobs`, `articles`. */
  collection: string;
  /** The entry's id. */
  id: string;
  /** The field, e.g. `skills`. */
  field: string;
  /** The value that names nothing. */
  value: string;
  /** What to write instead. */
  fix: string;
}

interface Refs {
  jobs: ReadonlyArray<{ id: string; data: { company: string; skills: readonly string[] } }>;
  articles: ReadonlyArray<{ id: string; data: { skill: string } }>;
  companyIds: ReadonlySet<string>;
  skillIds: ReadonlySet<string>;
  /** Each skill alias (lowercase) and the id it stands for: `golang` -> `go`. */
  skillAliases?: ReadonlyMap<string, string>;
}

/** `golang` -> `go`: the canonical id an alias stands for (case does not matter), if any. */
export function canonicalSkill(
  value: string,
  aliases: ReadonlyMap<string, string> | undefined,
): string | undefined {
  return aliases?.get(value.toLowerCase());
}

/** Every skill's aliases, lowercase, mapped to its id. */
export function aliasMap(
  skills: ReadonlyArray<{ id: string; aliases?: readonly string[] | undefined }>,
): Map<string, string> {
  const map = new Map<string, string>();
  for (const skill of skills) for (const alias of skill.aliases ?? []) map.set(alias.toLowerCase(), skill.id);
  return map;
}

function fixFor(kind: string, value: string, known: ReadonlySet<string>, add: string): string {
  const guess = nearest(value, known);
  return guess !== undefined ? `did you mean "${guess}"?` : `add it to ${add} or use a known ${kind}`;
}

/** The fix for an unknown skill: the id its alias stands for, else the nearest id. */
function skillFix(
  value: string,
  known: ReadonlySet<string>,
  aliases: ReadonlyMap<string, string> | undefined,
): string {
  const id = canonicalSkill(value, aliases);
  return id !== undefined
    ? `is an alias of "${id}"; write ${id}`
    : fixFor('skill', value, known, 'content/skills.yaml');
}

export function findBrokenReferences({
  jobs,
  articles,
  companyIds,
  skillIds,
  skillAliases,
}: Refs): BrokenReference[] {
  const broken: BrokenReference[] = [];
  for (const job of jobs) {
    if (!companyIds.has(job.data.company)) {
      broken.push({
        collection: 'jobs',
        id: job.id,
        field: 'company',
        value: job.data.company,
        fix: fixFor('company', job.data.company, companyIds, 'content/companies/'),
      });
    }
    for (const skill of job.data.skills) {
      if (!skillIds.has(skill)) {
        broken.push({
          collection: 'jobs',
          id: job.id,
          field: 'skills',
          value: skill,
          fix: skillFix(skill, skillIds, skillAliases),
        });
      }
    }
  }
  for (const article of articles) {
    if (!skillIds.has(article.data.skill)) {
      broken.push({
        collection: 'articles',
        id: article.id,
        field: 'skill',
        value: article.data.skill,
        fix: skillFix(article.data.skill, skillIds, skillAliases),
      });
    }
  }
  return broken;
}

/**
 * `company: "acme" is not a known company; did you mean "acme-inc"?`, or for a skill's
 * alias `skills: "golang" is an alias of "go"; write go`.
 */
export function describeBrokenReference(b: BrokenReference): string {
  if (b.fix.startsWith('is an alias of')) return `${b.field}: "${b.value}" ${b.fix}`;
  const kind = b.field === 'company' ? 'company' : 'skill';
  return `${b.field}: "${b.value}" is not a known ${kind}; ${b.fix}`;
}
