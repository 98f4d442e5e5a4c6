/**
 * `astro dev` keeps serving while a content file is broken: the loader stores such a file as a
 * marker instead of its data (`brokenData`), the board leaves it out, and the dev content check
 * (`src/integrations/devContentCheck.ts`) publishes the checker's lines here, for the broken
 * job's page to show. A production build never stores a marker: there a bad file fails the build.
 *
 * The integration runs in Astro's process and the pages in Vite's module runner, with separate
 * module instances, so the lines live on `globalThis` under a registered symbol.
 */

/** The key of the marker a broken file's entry carries instead of its data. */
export const BROKEN = '__skillboardBrokenFile';

/** A broken file's entry data: the marker and the reader's or schema's first complaint. */
export function brokenData(message: string): Record<string, unknown> {
  return { [BROKEN]: message };
}

/** The complaint stored for a broken file's entry; undefined for a good one. */
export function brokenMessage(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null || !(BROKEN in data)) return undefined;
  const message: unknown = Reflect.get(data, BROKEN);
  return typeof message === 'string' ? message : 'cannot be read';
}

/** One line of the checker's report, by the file it is about. */
export interface DevProblem {
  /** Absolute path of the file. */
  file: string;
  /** `content/jobs/a.md:7: validThrough: … write YYYY-MM-DD`. */
  text: string;
  severity: 'error' | 'warning';
}

const KEY = Symbol.for('skillboard.devProblems');

function registry(): { problems: DevProblem[] } {
  const g = globalThis as typeof globalThis & { [KEY]?: { problems: DevProblem[] } };
  g[KEY] ??= { problems: [] };
  return g[KEY];
}

/** Replaces the published report (the dev content check's latest run). */
export function setDevProblems(problems: DevProblem[]): void {
  registry().problems = problems;
}

/** The published lines about `file` (absolute path), errors first. */
export function devProblemsFor(file: string): DevProblem[] {
  return registry()
    .problems.filter((p) => p.file === file)
    .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
}
