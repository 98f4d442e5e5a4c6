/**
 * Runs one build phase as a child process and measures it: wall time and the peak RSS of
 * the largest single process in the child's tree. The tree is polled through /proc every
 * 100 ms; when GNU time is installed it also reports the child's own maximum (it sees
 * short-lived peaks between polls), and the larger figure wins.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';

export interface PhaseRun {
  ms: number;
  /** Peak resident memory of the largest single process, in bytes (0 when unknown). */
  peakRss: number;
  /**
   * CPU time (user + system) of the child and the processes it waited for, when GNU time
   * is installed: steadier than wall time on a shared machine.
   */
  cpuMs?: number;
  output: string;
  code: number;
}

const GNU_TIME = '/usr/bin/time';
const PAGE = 4096;

/** pid -> parent pid for every process we can read. */
function parents(): Map<number, number> {
  const map = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name (field 2) may hold spaces and parentheses: read after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      map.set(Number(name), Number(fields[1]));
    } catch {
      // The process ended between readdir and read.
    }
  }
  return map;
}

/** The largest RSS (bytes) among `root` and its descendants right now. */
export function largestRssInTree(root: number): number {
  const tree = parents();
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of tree) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  let largest = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    try {
      const resident = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]);
      largest = Math.max(largest, resident * PAGE);
    } catch {
      // Gone already.
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return largest;
}

export interface RunOptions {
  cwd: string;
  env?: Record<string, string | undefined>;
  /** Echo the child's output as it comes. */
  echo?: boolean;
}

export function runPhase(command: string, args: string[], options: RunOptions): Promise<PhaseRun> {
  const useTime = existsSync(GNU_TIME) && os.platform() === 'linux';
  const timeFile = path.join(os.tmpdir(), `bench-time-${process.pid}-${Date.now()}.txt`);
  const [cmd, argv] = useTime
    ? [GNU_TIME, ['-f', '%M %U %S', '-o', timeFile, command, ...args]]
    : [command, args];
  const started = performance.now();
  const child = spawn(cmd, argv, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    if (options.echo) process.stderr.write(chunk);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  let peak = 0;
  const poll = setInterval(() => {
    if (child.pid !== undefined) peak = Math.max(peak, largestRssInTree(child.pid));
  }, 100);
  return new Promise((resolve, reject) => {
    child.on('error', (error) => {
      clearInterval(poll);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(poll);
      const ms = performance.now() - started;
      let cpuMs: number | undefined;
      if (useTime && existsSync(timeFile)) {
        // GNU time writes "Command exited with non-zero status N" before the figures on failure.
        const [kib, user, sys] = readFileSync(timeFile, 'utf8')
          .trim()
          .split('\n')
          .at(-1)!
          .split(' ')
          .map(Number);
        if (Number.isFinite(kib)) peak = Math.max(peak, kib! * 1024);
        if (Number.isFinite(user) && Number.isFinite(sys)) cpuMs = (user! + sys!) * 1000;
        rmSync(timeFile, { force: true });
      }
      resolve({ ms, peakRss: peak, output, code: code ?? 1, ...(cpuMs === undefined ? {} : { cpuMs }) });
    });
  });
}

/**
 * Why a failed build failed, in a line: the error Astro names after `Caused by:` (the root
 * cause), else its last line that is not a stack frame.
 */
export function failureReason(output: string): string {
  const lines = stripVTControlCharacters(output)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('at '));
  const cause = lines.findIndex((l) => l === 'Caused by:');
  return (cause >= 0 ? lines[cause + 1] : undefined) ?? lines.at(-1) ?? 'no output';
}
