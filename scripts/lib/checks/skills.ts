/**
 * skills.yaml: its entries, the ids and aliases other files may name, and skills nobody uses.
 */
import { lineOf } from '../../../src/lib/readContent';
import { aliasMap } from '../../../src/lib/references';
import { skillSchema } from '../../../src/lib/schemas';
import { problem, record, strings, type Finding, type Problem } from './problem';
import { schemaProblems } from './schemaProblems';
import { entries, type ContentTree } from './tree';

/** One entry of the skills list. */
export interface SkillEntry {
  index: number;
  /** Undefined when the entry has no text id (the schema says so). */
  id: string | undefined;
  /** The line of its id (of the entry when it has none). */
  line: number;
  problems: Finding[];
  /** An entry with an id that an earlier entry already has. */
  twin: boolean;
}

export interface SkillCatalog {
  /** Empty when skills.yaml is unreadable or not a list. */
  entries: SkillEntry[];
  /** Each id once (the first entry with it counts). */
  ids: Set<string>;
  /** Each alias, lowercase, and the id it stands for. */
  aliases: Map<string, string>;
}

/** The skills list, each entry checked against the schema once. */
export function skillCatalog(tree: ContentTree): SkillCatalog {
  const { yaml } = tree.skills;
  const list: unknown[] = yaml !== undefined && Array.isArray(yaml.data) ? yaml.data : [];
  const lines = yaml?.lines ?? new Map<string, number>();
  const ids = new Set<string>();
  const withAliases: Array<{ id: string; aliases: string[] }> = [];
  const catalog = list.map((entry, index): SkillEntry => {
    const problems = schemaProblems(skillSchema, entry, lines, [index]);
    const line = lineOf(lines, [index, 'id']);
    const id = record(entry)['id'];
    if (typeof id !== 'string') return { index, id: undefined, line, problems, twin: false };
    const skill = { index, id, line, problems, twin: ids.has(id) };
    if (skill.twin) return skill;
    ids.add(id);
    const aliases = record(entry)['aliases'];
    if (Array.isArray(aliases)) withAliases.push({ id, aliases: strings(aliases) });
    return skill;
  });
  return { entries: catalog, ids, aliases: aliasMap(withAliases) };
}

/**
 * Refuses a skills.yaml that is not a list, an entry that fails the skill schema, and an id
 * listed twice (a skill has one page and one name).
 */
export function checkSkills(tree: ContentTree, catalog: SkillCatalog): Problem[] {
  const { file, yaml } = tree.skills;
  if (yaml === undefined) return [];
  if (!Array.isArray(yaml.data)) {
    return [
      problem(file, 1, 'file: is not a list of skills; write entries such as "- id: go" / "  name: Go"'),
    ];
  }
  return catalog.entries.flatMap((s) => [
    ...s.problems.map((p) => problem(file, p.line, p.message)),
    ...(s.twin
      ? [problem(file, s.line, `[${s.index}].id: "${s.id}" is listed twice; remove one of the two entries`)]
      : []),
  ]);
}

/** Warns about a skill no job and no guide names (only for a valid entry: fix errors first). */
export function warnUnusedSkills(tree: ContentTree, catalog: SkillCatalog): Problem[] {
  const used = new Set([
    ...entries(tree, 'jobs').flatMap((j) => strings(j.content.data['skills'])),
    ...entries(tree, 'articles').map((a) => a.content.data['skill']),
  ]);
  return catalog.entries
    .filter((s) => s.id !== undefined && !s.twin && s.problems.length === 0 && !used.has(s.id))
    .map((s) =>
      problem(
        tree.skills.file,
        s.line,
        `skills: "${s.id}" is used by no job and no guide; delete the entry or use it in a job`,
        'warning',
      ),
    );
}
