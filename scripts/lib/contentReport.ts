/**
 * The content checker's report as the Markdown of a pull-request comment (the "Content review"
 * workflow posts it, and updates the same comment on each push). The comment is found again by
 * its first line, `REPORT_MARKER`.
 */
import { formatProblem, type Problem } from './contentCheck';

/** An HTML comment that marks the one report comment of a pull request. */
export const REPORT_MARKER = '<!-- skillboard:content-report -->';

export interface ReportOptions {
  /** Paths in the report are relative to this folder (the repository root). */
  cwd?: string;
  /** The downloadable preview build, when there is one. */
  previewUrl?: string | undefined;
  /** The commit the report is for. */
  commit?: string | undefined;
}

/** A line of checker output inside a Markdown list, with backticks that cannot end early. */
function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((m) => m.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** The comment: a verdict, the errors, the warnings, and the preview link. */
export function contentReport(problems: readonly Problem[], options: ReportOptions = {}): string {
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  const lines = [REPORT_MARKER, '### Content check', ''];
  const at = options.commit === undefined ? '' : ` (commit ${options.commit.slice(0, 7)})`;
  if (errors.length === 0) {
    lines.push(
      `✅ The content is valid${warnings.length > 0 ? `, with ${warnings.length} warning(s)` : ''}${at}.`,
    );
  } else {
    lines.push(
      `❌ ${errors.length} error(s) and ${warnings.length} warning(s)${at}. ` +
        'Fix the errors below and push again: this comment is updated on every push. ' +
        'Each line names the file, the line, the field and what to write (see CONTRIBUTING.md).',
    );
  }
  const section = (title: string, list: readonly Problem[]) => {
    if (list.length === 0) return;
    lines.push('', `**${title}**`, '');
    for (const p of list) lines.push(`- ${codeSpan(formatProblem(p, options.cwd))}`);
  };
  section('Errors', errors);
  section('Warnings', warnings);
  lines.push('');
  if (options.previewUrl !== undefined) {
    lines.push(
      `🔎 [Download the preview build](${options.previewUrl}) (a zip of the built site: unzip it and ` +
        'run `npx serve` in the folder, or open the pages).',
    );
  } else if (errors.length > 0) {
    lines.push('No preview build: the site is not built while the content has errors.');
  }
  return `${lines.join('\n')}\n`;
}
