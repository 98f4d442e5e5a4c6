/**
 * `npm run report:content -- <file>`: writes the content checker's report as the Markdown of a
 * pull-request comment (`scripts/lib/contentReport.ts`) to `<file>`, or prints it. PREVIEW_URL
 * adds the preview build's link, COMMIT the commit. Exit status 1 on errors, like check:content.
 */
import { writeFileSync } from 'node:fs';
import { checkContentDir } from './lib/contentCheck';
import { contentReport } from './lib/contentReport';

export const REPORT_CONTENT_USAGE = `Usage: npm run report:content -- [file]
Writes the content checker's report as Markdown for a pull-request comment to file (or prints it).
PREVIEW_URL=<url> adds a link to the preview build; COMMIT=<sha> names the commit.
Exit status 1 when the content has errors, as npm run check:content.`;

function main(): number {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(REPORT_CONTENT_USAGE);
    return 0;
  }
  let problems;
  try {
    problems = checkContentDir();
  } catch (err) {
    console.error(`report:content: ${(err as Error).message}`);
    return 2;
  }
  const env = process.env;
  const text = contentReport(problems, {
    previewUrl: env['PREVIEW_URL'] || undefined,
    commit: env['COMMIT'] || undefined,
  });
  const out = args[0];
  if (out === undefined) process.stdout.write(text);
  else writeFileSync(out, text);
  return problems.some((p) => p.severity === 'error') ? 1 : 0;
}

process.exitCode = main();
