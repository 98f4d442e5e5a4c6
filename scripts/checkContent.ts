/**
 * `npm run check:content`: prints every problem of every file under `CONTENT_DIR`
 * (default `content/`), one per line, and exits 1 when any is an error. Warnings are
 * printed and never fail.
 */
import { checkContentDir, formatProblem } from './lib/contentCheck';

export const CHECK_CONTENT_USAGE = `Usage: npm run check:content
Checks every file under CONTENT_DIR (default content/) and prints each problem as
file:line: field: what is wrong; what to write. Exit status 1 on errors; warnings never fail.
BUILD_DATE=YYYY-MM-DD sets the day jobs open and close by. See CONTRIBUTING.md.`;

function main(): number {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    console.log(CHECK_CONTENT_USAGE);
    return 0;
  }
  let problems;
  try {
    problems = checkContentDir();
  } catch (err) {
    // Only a broken setup gets here (e.g. BUILD_DATE=2026-02-30), never a content mistake.
    console.error(`check:content: ${(err as Error).message}`);
    return 2;
  }
  for (const p of problems) console.log(formatProblem(p));
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  if (errors > 0) {
    console.error(
      `check:content: ${errors} error(s), ${warnings} warning(s); fix the errors above (see CONTRIBUTING.md)`,
    );
    return 1;
  }
  console.error(`check:content: content is valid${warnings > 0 ? ` (${warnings} warning(s))` : ''}`);
  return 0;
}

process.exitCode = main();
