/**
 * The content checker: every problem of every file of a content tree in one run, each
 * with its file, line, field, what is wrong and what to write. It validates against the
 * very schemas Astro builds with (`src/lib/schemas.ts`) and the same cross-file rules
 * (`src/lib/references.ts`), so what passes here builds, and nothing else does.
 *
 * The tree is read and parsed once (`checks/tree.ts`); each check is a function of it.
 */
import path from 'node:path';
import { contentDir } from '../../src/lib/contentDir';
import { buildDate, type Day } from '../../src/lib/dates';
import { checkLogos, warnUnusedCompanies } from './checks/companies';
import { checkFileNames, checkFrontMatter, checkReadable } from './checks/files';
import { checkApply, checkJobBodies, warnStaleJobs } from './checks/jobs';
import type { Problem } from './checks/problem';
import { checkOneGuidePerSkill, checkReferences } from './checks/references';
import { checkSkills, skillCatalog, warnUnusedSkills } from './checks/skills';
import { readContentTree } from './checks/tree';

export type { Problem, Severity } from './checks/problem';
export { STALE_CLOSED_DAYS, STALE_OPEN_DAYS } from './checks/jobs';

export interface CheckOptions {
  /** The content root (default: `CONTENT_DIR` or `content`). */
  dir: string;
  /** The day warnings are counted from (default: `BUILD_DATE` or today). */
  today?: Day;
}

/** One line of output: `content/jobs/a.md:7: validThrough: "2026-02-30" is not a real date; write YYYY-MM-DD`. */
export function formatProblem(p: Problem, cwd = process.cwd()): string {
  const rel = path.relative(cwd, p.file).split(path.sep).join('/');
  return `${rel}:${p.line}: ${p.severity === 'warning' ? 'warning: ' : ''}${p.message}`;
}

/** Checks the whole tree under `dir`. Never throws for an editor's mistake: every problem is a `Problem`. */
export function checkContent({ dir, today = buildDate() }: CheckOptions): Problem[] {
  const tree = readContentTree(dir);
  const skills = skillCatalog(tree);
  // The checks run in the order their problems print when they share a file and line.
  const own = [
    ...checkFileNames(tree),
    ...checkReadable(tree),
    ...checkSkills(tree, skills),
    ...checkFrontMatter(tree),
    ...checkReferences(tree, skills),
  ];
  const logos = checkLogos(tree);
  return byFileAndLine([
    ...own,
    ...checkOneGuidePerSkill(tree),
    ...checkJobBodies(tree),
    ...warnStaleJobs(tree, today),
    // Rules that build on a file skip one with errors of its own: fix those first.
    ...checkApply(tree, filesWithErrors(own), today),
    ...logos,
    ...warnUnusedCompanies(tree, filesWithErrors([...own, ...logos])),
    ...warnUnusedSkills(tree, skills),
  ]);
}

function filesWithErrors(problems: readonly Problem[]): Set<string> {
  return new Set(problems.filter((p) => p.severity === 'error').map((p) => p.file));
}

/** Sorted by file, then line; a stable sort keeps the checks' order within a line. */
function byFileAndLine(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line);
}

/** Every problem in `CONTENT_DIR`, for the command line. */
export function checkContentDir(env: Record<string, string | undefined> = process.env): Problem[] {
  return checkContent({ dir: contentDir(env), today: buildDate(env) });
}
