/**
 * `npm run close:job -- <id>`: sets the job's `validThrough` to yesterday. A job is open
 * through its `validThrough` day, so the next build takes it off every listing; its page
 * stays, marked as no longer accepting applications. Only that one line of the file changes.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { addDays } from '../../src/lib/dates';
import { nearest } from '../../src/lib/suggest';
import { parseFrontMatter } from '../../src/lib/readContent';
import { assertChecks, CommandError, flags, shown, type CommandContext } from './scaffold';

export const CLOSE_JOB_USAGE =
  'Usage: npm run close:job -- <job id> (the file name in content/jobs/ without .md)';

/**
 * Front matter `text` with `validThrough: <day>`: the existing top-level line replaced,
 * or a new line after `datePosted`; every other byte stays as it was.
 */
export function withValidThrough(text: string, day: string): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(eol);
  const close = lines.findIndex((l, i) => i > 0 && /^---\s*$/.test(l));
  const front = lines.slice(1, close);
  const existing = front.findIndex((l) => /^validThrough\s*:/.test(l));
  if (existing >= 0) {
    const comment = /\s#.*$/.exec(front[existing]!)?.[0] ?? '';
    lines[existing + 1] = `validThrough: ${day}${comment}`;
  } else {
    const posted = front.findIndex((l) => /^datePosted\s*:/.test(l));
    lines.splice((posted >= 0 ? posted : front.length - 1) + 2, 0, `validThrough: ${day}`);
  }
  return lines.join(eol);
}

export async function closeJob(ctx: CommandContext): Promise<void> {
  const { positionals } = flags(ctx, {}, CLOSE_JOB_USAGE);
  const id = positionals[0]?.replace(/\.md$/, '');
  if (id === undefined || positionals.length > 1) throw new CommandError([CLOSE_JOB_USAGE]);
  const jobsDir = path.join(ctx.dir, 'jobs');
  const file = path.join(jobsDir, `${id}.md`);
  if (!existsSync(file) || !readdirSync(jobsDir).includes(`${id}.md`)) {
    const ids = existsSync(jobsDir) ? readdirSync(jobsDir).map((n) => n.replace(/\.mdx?$/, '')) : [];
    const guess = nearest(id, ids);
    throw new CommandError([
      `close:job: no job "${id}" in ${shown(ctx, jobsDir)}/; ${guess !== undefined ? `did you mean "${guess}"?` : 'check the file name'}`,
    ]);
  }
  const before = readFileSync(file, 'utf8');
  const data = parseFrontMatter(before).data as { datePosted?: unknown; validThrough?: unknown };
  const yesterday = addDays(ctx.today, -1);
  if (typeof data.validThrough === 'string' && data.validThrough <= yesterday) {
    ctx.print(`${shown(ctx, file)} is closed already (validThrough: ${data.validThrough}); nothing to do.`);
    return;
  }
  if (typeof data.datePosted === 'string' && data.datePosted > yesterday) {
    throw new CommandError([
      `close:job: ${id} was posted on ${data.datePosted}, so it cannot close the day before; delete the file, or set draft: true`,
    ]);
  }
  writeFileSync(file, withValidThrough(before, yesterday));
  assertChecks(ctx, [file], () => writeFileSync(file, before));
  ctx.print(
    `Closed ${shown(ctx, file)}: validThrough: ${yesterday}. The next build takes it off every listing.`,
  );
}
