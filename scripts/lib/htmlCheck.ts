/**
 * The W3C Nu Html Checker (the `vnu-jar` package, run with Java) over built sites: every
 * HTML page, errors only. Its JSON report becomes `file:line:column: message` lines.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

/** The checker's jar, shipped inside the npm package. */
const VNU_JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

export interface HtmlError {
  /** The page's path, relative to the working directory. */
  file: string;
  line: number;
  column: number;
  message: string;
}

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
}

/** Raised when the checker cannot run at all (no Java): a check that did not run must not pass. */
export class HtmlCheckUnavailable extends Error {}

/** Errors in every HTML file below `dirs`. */
export function checkHtml(dirs: readonly string[], cwd = process.cwd()): HtmlError[] {
  const run = spawnSync(
    'java',
    ['-Xss8m', '-jar', VNU_JAR, '--errors-only', '--format', 'json', '--skip-non-html', ...dirs],
    { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (run.error !== undefined || run.stderr.trim() === '') {
    throw new HtmlCheckUnavailable(
      `the Nu Html Checker did not run (${run.error?.message ?? `exit ${run.status}`}); it needs Java 11 or later (apt-get install default-jre-headless)`,
    );
  }
  // vnu writes its JSON report to stderr.
  const report = JSON.parse(run.stderr) as { messages: VnuMessage[] };
  return report.messages
    .filter((m) => m.type === 'error' || m.subType === 'fatal')
    .map((m) => ({
      file: path.relative(cwd, decodeURIComponent(new URL(m.url ?? 'file:///unknown').pathname)),
      line: m.lastLine ?? 0,
      column: m.firstColumn ?? m.lastColumn ?? 0,
      message: m.message,
    }));
}

/** One line per error, as editors and CI logs read them. */
export function formatHtmlError(e: HtmlError): string {
  return `${e.file}:${e.line}:${e.column}: ${e.message}`;
}
