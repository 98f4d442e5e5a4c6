/**
 * What the editors' commands (`new:job`, `close:job`, `new:skill`, `new:company`) share:
 * flags or questions, the content tree they write into, and the checker that has the
 * last word on what they wrote.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { contentDir } from '../../src/lib/contentDir';
import { buildDate, type Day } from '../../src/lib/dates';
import { checkContent, formatProblem } from './contentCheck';
import { parseYaml } from '../../src/lib/readContent';

/** Asks one question on the terminal; `undefined` when nobody can answer (not a TTY). */
export type Ask = (question: string, fallback?: string) => Promise<string>;

export interface CommandContext {
  /** Arguments after `npm run x --`. */
  args: string[];
  /** The content root. */
  dir: string;
  /** Today (BUILD_DATE or the real day). */
  today: Day;
  /** Present on a terminal; absent when flags must say everything. */
  ask?: Ask | undefined;
  /** One line of output. */
  print: (line: string) => void;
  /** Paths are printed relative to this folder. */
  cwd: string;
}

/** A mistake of the editor's: printed as is, exit status 1, no stack trace. */
export class CommandError extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
    this.name = 'CommandError';
  }
}

export type Command = (ctx: CommandContext) => Promise<void>;

/** `--help` or `-h`: the usage is the answer (printed, exit status 0), not a mistake. */
export class HelpRequested extends Error {
  constructor(readonly usage: string) {
    super(usage);
    this.name = 'HelpRequested';
  }
}

/** True when the arguments ask for help. */
export function asksForHelp(args: readonly string[]): boolean {
  return args.includes('--help') || args.includes('-h');
}

/**
 * Parses `--flag value` arguments; an unknown flag is an editor's mistake, not a crash.
 * `--help` / `-h` anywhere answers with the usage.
 */
export function flags<T extends ParseArgsOptionsConfig>(ctx: CommandContext, options: T, usage: string) {
  if (asksForHelp(ctx.args)) throw new HelpRequested(usage);
  try {
    return parseArgs({ args: ctx.args, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new CommandError([(err as Error).message, usage]);
  }
}

/**
 * The value of a flag, else the answer to `question` on a terminal, else `undefined`.
 * Empty answers count as "not given".
 */
export async function value(
  ctx: CommandContext,
  given: string | undefined,
  question: string,
  fallback?: string,
): Promise<string | undefined> {
  if (given !== undefined) return given.trim() === '' ? undefined : given.trim();
  if (ctx.ask === undefined) return fallback;
  const answer = (await ctx.ask(question, fallback)).trim();
  return answer === '' ? fallback : answer;
}

/** `Senior Full Stack Developer (m/w/d)` -> `senior-full-stack-developer-m-w-d`. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** `a, b ,c` -> `['a', 'b', 'c']`. */
export function list(text: string | undefined): string[] {
  return (text ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

interface SkillEntry {
  id: string;
  aliases: string[];
}

/** The skills of `skills.yaml` with their aliases (none when it cannot be read: the checker reports that). */
export function skillEntries(dir: string): SkillEntry[] {
  try {
    const entries = parseYaml(readFileSync(path.join(dir, 'skills.yaml'), 'utf8'));
    return (Array.isArray(entries) ? entries : []).flatMap((e: unknown) => {
      const { id, aliases } = (e ?? {}) as { id?: unknown; aliases?: unknown };
      if (typeof id !== 'string') return [];
      const words = Array.isArray(aliases) ? aliases.filter((a): a is string => typeof a === 'string') : [];
      return [{ id, aliases: words }];
    });
  } catch {
    return [];
  }
}

/** The skill ids of `skills.yaml`. */
export function skillIds(dir: string): Set<string> {
  return new Set(skillEntries(dir).map((s) => s.id));
}

/**
 * Runs the checker over the tree and fails with its lines when any of `files` has an
 * error; `undo` removes what the command wrote first, so a failed command leaves nothing.
 */
export function assertChecks(ctx: CommandContext, files: readonly string[], undo: () => void): void {
  const errors = checkContent({ dir: ctx.dir, today: ctx.today }).filter(
    (p) => p.severity === 'error' && files.includes(p.file),
  );
  if (errors.length > 0) {
    undo();
    throw new CommandError([
      ...errors.map((p) => formatProblem(p, ctx.cwd)),
      'Nothing was written: fix the values above and run the command again.',
    ]);
  }
}

/** `content/jobs/x.md` as the editor sees it. */
export function shown(ctx: CommandContext, file: string): string {
  return path.relative(ctx.cwd, file).split(path.sep).join('/');
}

/** Runs a command as a CLI: questions on a terminal, flags otherwise, exit status 1 on a mistake. */
export async function runCommand(command: Command): Promise<void> {
  const tty = process.stdin.isTTY === true && process.stdout.isTTY === true;
  const rl = tty ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
  // Reading through the line iterator buffers lines typed (or pasted) ahead of a question;
  // rl.question() would drop them. End of input (Ctrl+D) cancels the command.
  // Ctrl+C would only pause readline without a listener; closing it ends the input (cancel).
  rl?.on('SIGINT', () => rl.close());
  const lines = rl?.[Symbol.asyncIterator]();
  const ask: Ask | undefined =
    lines === undefined
      ? undefined
      : async (q, fallback) => {
          process.stdout.write(fallback !== undefined ? `${q} [${fallback}]: ` : `${q}: `);
          const next = await lines.next();
          if (next.done === true) throw new CommandError(['', 'Cancelled; nothing was written.']);
          return next.value;
        };
  try {
    await command({
      args: process.argv.slice(2),
      dir: contentDir(),
      today: buildDate(),
      ask,
      print: (line) => console.log(line),
      cwd: process.cwd(),
    });
  } catch (err) {
    if (err instanceof HelpRequested) {
      console.log(err.usage);
      return;
    }
    if (!(err instanceof CommandError)) throw err;
    for (const line of err.lines) console.error(line);
    process.exitCode = 1;
  } finally {
    rl?.close();
  }
}
