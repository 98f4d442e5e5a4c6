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
}

function fixFor(kind: string, value: string, known: ReadonlySet<string>, add: string): string {
  const guess = nearest(value, known);
  return guess !== undefined ? `did you mean "${guess}"?` : `add it to ${add} or use a known ${kind}`;
}

export function findBrokenReferences({ jobs, articles, companyIds, skillIds }: Refs): BrokenReference[] {
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
          fix: fixFor('skill', skill, skillIds, 'content/skills.yaml'),
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
        fix: fixFor('skill', article.data.skill, skillIds, 'content/skills.yaml'),
      });
    }
  }
  return broken;
}

/** `company: "acme" is not a known company; did you mean "acme-inc"?` */
export function describeBrokenReference(b: BrokenReference): string {
  const kind = b.field === 'company' ? 'company' : 'skill';
  return `${b.field}: "${b.value}" is not a known ${kind}; ${b.fix}`;
}
