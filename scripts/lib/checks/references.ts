/**
 * Checks between files: what a job or a guide names must exist, and a skill has one guide.
 */
import path from 'node:path';
import { lineOf } from '../../../src/lib/readContent';
import { describeBrokenReference, findBrokenReferences } from '../../../src/lib/references';
import { problem, strings, type Problem } from './problem';
import type { SkillCatalog } from './skills';
import { entries, type ContentTree, type Entry } from './tree';

/**
 * Refuses a job's company or skill, or a guide's skill, that names nothing, with the rules
 * the build itself applies (`findBrokenReferences`): a dangling reference would only log.
 */
export function checkReferences(tree: ContentTree, skills: SkillCatalog): Problem[] {
  const jobs = entries(tree, 'jobs');
  const articles = entries(tree, 'articles');
  const byKey = new Map([...jobs, ...articles].map((f) => [`${f.collection}/${f.id}`, f]));
  const broken = findBrokenReferences({
    // A missing company is the schema's problem; '' only keeps the shape (and is skipped below).
    jobs: jobs.map(({ id, content: { data } }) => ({
      id,
      data: {
        company: typeof data['company'] === 'string' ? data['company'] : '',
        skills: strings(data['skills']),
      },
    })),
    articles: articles.flatMap(({ id, content: { data } }) => {
      const skill = data['skill'];
      return typeof skill === 'string' ? [{ id, data: { skill } }] : [];
    }),
    companyIds: new Set(entries(tree, 'companies').map((c) => c.id)),
    skillIds: skills.ids,
    skillAliases: skills.aliases,
  });
  return broken.flatMap((b) => {
    const { file, content } = byKey.get(`${b.collection}/${b.id}`)!;
    if (b.field === 'company' && typeof content.data['company'] !== 'string') return [];
    const index = b.field === 'skills' ? strings(content.data['skills']).indexOf(b.value) : -1;
    const line = lineOf(content.lines, index >= 0 ? [b.field, index] : [b.field]);
    return [problem(file, line, describeBrokenReference(b))];
  });
}

/** Refuses a second guide for a skill: the skill's page shows one. */
export function checkOneGuidePerSkill(tree: ContentTree): Problem[] {
  const guideBySkill = new Map<string, Entry>();
  return entries(tree, 'articles').flatMap((a) => {
    const skill = a.content.data['skill'];
    if (typeof skill !== 'string') return [];
    const first = guideBySkill.get(skill);
    if (first === undefined) {
      guideBySkill.set(skill, a);
      return [];
    }
    return [
      problem(
        a.file,
        lineOf(a.content.lines, ['skill']),
        `skill: "${skill}" already has a guide (articles/${path.basename(first.file)}); merge the two or pick another skill`,
      ),
    ];
  });
}
