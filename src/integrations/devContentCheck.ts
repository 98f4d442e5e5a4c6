/**
 * `astro dev` runs the content checker (`scripts/lib/contentCheck.ts`) when it starts and
 * after every change under the content folder, and prints its `file:line: field: … fix` lines:
 * the same words as `npm run check:content`, never a stack trace. Broken files stay out of the
 * pages (`src/lib/contentLoaders.ts`), the server keeps serving the rest, and a broken job's page
 * shows its lines (published through `src/lib/devProblems.ts`). A fixed file is picked up on save.
 */
import path from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { checkContentDir, formatProblem, type Problem } from '../../scripts/lib/contentCheck';
import { contentDir } from '../lib/contentDir';
import { setDevProblems } from '../lib/devProblems';

/** Saves within this many milliseconds are checked once. */
const SETTLE_MS = 150;

/** Runs the checker, publishes its lines, and prints them when they changed since `last`. */
export function runDevCheck(logger: AstroIntegrationLogger, last: string): string {
  let problems: Problem[];
  try {
    problems = checkContentDir();
  } catch (err) {
    // Only a broken setup gets here (BUILD_DATE=2026-02-30), never a content mistake.
    logger.error(`content check: ${err instanceof Error ? err.message : String(err)}`);
    return last;
  }
  const lines = problems.map((p) => formatProblem(p));
  setDevProblems(problems.map((p, i) => ({ file: p.file, text: lines[i]!, severity: p.severity })));
  const report = lines.join('\n');
  if (report === last) return last;
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  if (errors > 0) {
    logger.error(
      `${report}\ncontent has ${errors} error(s), ${warnings} warning(s): the files above are left out ` +
        'of the site until you fix them; save a fix and the page updates (see CONTRIBUTING.md)',
    );
  } else {
    if (warnings > 0) logger.warn(report);
    logger.info(`content is valid${warnings > 0 ? ` (${warnings} warning(s))` : ''}`);
  }
  return report;
}

export default function devContentCheck(): AstroIntegration {
  return {
    name: 'skillboard:dev-content-check',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        const root = contentDir();
        let last = runDevCheck(logger, '\0');
        let timer: ReturnType<typeof setTimeout> | undefined;
        const changed = (file: string) => {
          if (file !== root && !file.startsWith(root + path.sep)) return;
          clearTimeout(timer);
          timer = setTimeout(() => {
            last = runDevCheck(logger, last);
          }, SETTLE_MS);
        };
        server.watcher.add(root);
        server.watcher.on('add', changed).on('change', changed).on('unlink', changed);
      },
    },
  };
}
