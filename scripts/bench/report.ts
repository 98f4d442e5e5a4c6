/**
 * The benchmark's results: their shape, and the Markdown table printed by `npm run bench`
 * and shown in the README's "Performance" section.
 *
 *   npm run bench:report [-- results.json]            prints the table (default: newest in bench/results)
 *   npm run bench:report -- [results.json] --readme   rewrites the README section between the markers
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as prettier from 'prettier';

export interface PhaseResult {
  name: string;
  ms: number;
  /** Peak RSS of the largest single process during the phase, bytes. */
  peakRss: number;
  /** Pages (or files) the phase handled, for the pages-per-second figure. */
  pages: number;
  /** CPU time (user + system) when GNU time measured it, ms. */
  cpuMs?: number;
  note?: string;
}

export interface BuildResult {
  phases: PhaseResult[];
  totalMs: number;
  /** CPU time of the whole build (user + system), or null when not measured. */
  totalCpuMs: number | null;
  peakRss: number;
  /** HTML pages in the output. */
  pages: number;
  dist: { bytes: number; files: number };
  /** dist/pagefind, or null when there is no index. */
  index: { bytes: number; files: number } | null;
}

/**
 * A baseline that could not be built, and why: at 100,000 jobs Astro's content sync fails on
 * the bare baseline's store (`Invalid string length`). Its ratios are then not measurable.
 */
export interface BaselineFailure {
  failed: string;
}

export const baselineBuilt = (b: BuildResult | BaselineFailure): b is BuildResult => !('failed' in b);

export interface WeightRow {
  name: string;
  url: string;
  bytes: number;
  requests: number;
  scripts: string[];
}

export type SearchResult = { bytes: number; requests: number; ms: number; query: string } | { na: string };

/**
 * The median item by `key`: the middle one of an odd count, the lower middle of an even one
 * (a real run, never an average of two). Used by `--repeat`.
 */
export function medianBy<T>(items: readonly T[], key: (item: T) => number): T {
  if (items.length === 0) throw new Error('medianBy: no items');
  return [...items].sort((a, b) => key(a) - key(b))[Math.floor((items.length - 1) / 2)]!;
}

export type BudgetStatus = 'pass' | 'fail' | 'n/a';

export interface Budget {
  /** bytes: deterministic, enforced by the smoke test; time and memory: reported. */
  kind: 'bytes' | 'time' | 'memory';
  jobs: number | null;
  label: string;
  limit: string;
  value: string;
  status: BudgetStatus;
}

export interface RunResult {
  jobs: number;
  ours: BuildResult;
  baseline: BuildResult | BaselineFailure;
  weights: WeightRow[];
  search: SearchResult;
  /** Further queries, reported only (older result files have none). */
  otherSearches?: SearchResult[];
  /**
   * With `--repeat N`: the whole-build times of every alternating baseline/Skillboard pair,
   * in the order run; `ours` and `baseline` above are the pair with the median ratio.
   */
  pairs?: { oursMs: number; baselineMs: number | null }[];
  /**
   * With `--repeat N`: the budget query's keystroke-to-results times; `search.ms` is their
   * median. Typed at a reader's pace (`READER_KEY_DELAY_MS` between keys) since 2026-12-02
   * evening; before, all at once on opening, as `searchCold` now is.
   */
  searchMs?: number[];
  /**
   * The budget query typed all at once the moment the dialog shows (its time holds the start
   * of Pagefind's core), in as many fresh browsers as `searchMs`; the median, then each time.
   * Reported only (absent in older result files and in the smoke test).
   */
  searchCold?: SearchResult & { runsMs: number[] };
}

export interface BenchResults {
  date: string;
  /** `nodeOptions`: the NODE_OPTIONS both builds ran with (absent in results before 2026-12-02). */
  machine: { cpus: number; memoryGiB: number; node: string; platform: string; nodeOptions?: string };
  seed: number;
  buildDate: string;
  runs: RunResult[];
  budgets: Budget[];
}

const KIB = 1024;
const MIB = 1024 * KIB;
const GIB = 1024 * MIB;

export const fmtBytes = (n: number): string =>
  n >= GIB
    ? `${(n / GIB).toFixed(2)} GiB`
    : n >= MIB
      ? `${(n / MIB).toFixed(1)} MiB`
      : `${(n / KIB).toFixed(1)} KiB`;
export const fmtMs = (ms: number): string =>
  ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;
const ratio = (a: number, b: number): string => (b > 0 ? `${(a / b).toFixed(2)}×` : 'n/a');
// Under a millisecond (a step that waited for nothing) has no meaningful rate.
const rate = (pages: number, ms: number): string =>
  ms >= 1 ? `${Math.round((pages * 1000) / ms)}/s` : 'n/a';

function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

function runTable(run: RunResult): string {
  const { ours } = run;
  const baseline = baselineBuilt(run.baseline) ? run.baseline : undefined;
  /** The baseline's cell, or a dash when it failed. */
  const b = (cell: (built: BuildResult) => string) => (baseline === undefined ? '—' : cell(baseline));
  /** Ours against the baseline's figure, when it has one. */
  const vs = (o: number, figure: (built: BuildResult) => number | null) => {
    const x = baseline === undefined ? null : figure(baseline);
    return x === null ? '—' : ratio(o, x);
  };
  const rows: string[][] = [];
  if ('failed' in run.baseline) {
    rows.push(['bare Astro baseline', '—', `failed: ${run.baseline.failed}`, '—']);
  }
  const phaseNames = [...new Set([...ours.phases, ...(baseline?.phases ?? [])].map((p) => p.name))];
  for (const name of phaseNames) {
    const o = ours.phases.find((p) => p.name === name);
    const bp = baseline?.phases.find((p) => p.name === name);
    const cell = (p: PhaseResult | undefined) =>
      p === undefined
        ? '—'
        : `${fmtMs(p.ms)} · ${rate(p.pages, p.ms)} · ${fmtBytes(p.peakRss)}${p.note ? ` (${p.note})` : ''}`;
    rows.push([
      `${name}: wall time · pages/s · peak RSS`,
      cell(o),
      cell(bp),
      o && bp ? ratio(o.ms, bp.ms) : '—',
    ]);
    if (o?.cpuMs !== undefined && bp?.cpuMs !== undefined) {
      rows.push([`${name}: CPU time`, fmtMs(o.cpuMs), fmtMs(bp.cpuMs), ratio(o.cpuMs, bp.cpuMs)]);
    }
  }
  rows.push([
    'whole build',
    fmtMs(ours.totalMs),
    b((x) => fmtMs(x.totalMs)),
    vs(ours.totalMs, (x) => x.totalMs),
  ]);
  if (run.pairs !== undefined && run.pairs.length > 1) {
    rows.push([
      `whole build, ${run.pairs.length} alternating pairs (the median pair is shown above)`,
      run.pairs.map((p) => fmtMs(p.oursMs)).join(' · '),
      run.pairs.map((p) => (p.baselineMs === null ? '—' : fmtMs(p.baselineMs))).join(' · '),
      run.pairs.map((p) => (p.baselineMs === null ? '—' : ratio(p.oursMs, p.baselineMs))).join(' · '),
    ]);
  }
  if (ours.totalCpuMs !== null && (baseline === undefined || baseline.totalCpuMs !== null)) {
    rows.push([
      'whole build, CPU time (user + system)',
      fmtMs(ours.totalCpuMs),
      b((x) => fmtMs(x.totalCpuMs!)),
      vs(ours.totalCpuMs, (x) => x.totalCpuMs),
    ]);
  }
  rows.push([
    'peak RSS (largest process)',
    fmtBytes(ours.peakRss),
    b((x) => fmtBytes(x.peakRss)),
    vs(ours.peakRss, (x) => x.peakRss),
  ]);
  rows.push(['HTML pages', String(ours.pages), b((x) => String(x.pages)), vs(ours.pages, (x) => x.pages)]);
  rows.push([
    'dist size',
    fmtBytes(ours.dist.bytes),
    b((x) => fmtBytes(x.dist.bytes)),
    vs(ours.dist.bytes, (x) => x.dist.bytes),
  ]);
  rows.push([
    'dist files',
    String(ours.dist.files),
    b((x) => String(x.dist.files)),
    vs(ours.dist.files, (x) => x.dist.files),
  ]);
  const idx = (x: BuildResult) => (x.index ? `${fmtBytes(x.index.bytes)} (${x.index.files} files)` : 'none');
  rows.push([
    'search index',
    idx(ours),
    b(idx),
    ours.index ? vs(ours.index.bytes, (x) => x.index?.bytes ?? null) : '—',
  ]);
  const baseJob = run.weights.find((w) => w.name === 'baseline job page');
  for (const w of run.weights) {
    if (w.name === 'baseline job page') continue;
    const r = w.name.startsWith('job page') && baseJob ? ratio(w.bytes, baseJob.bytes) : '—';
    rows.push([
      `${w.name} \`${w.url}\`: gzip · requests`,
      `${fmtBytes(w.bytes)} · ${w.requests}`,
      w.name.startsWith('job page') && baseJob ? `${fmtBytes(baseJob.bytes)} · ${baseJob.requests}` : '—',
      r,
    ]);
  }
  const searchRow = (label: string, s: SearchResult) => [
    label,
    'na' in s ? `n/a (${s.na})` : `${fmtBytes(s.bytes)} · ${s.requests} · ${fmtMs(s.ms)} (“${s.query}”)`,
    '—',
    '—',
  ];
  rows.push(searchRow('search: transferred · requests · keystroke to results', run.search));
  if (run.searchMs !== undefined && run.searchMs.length > 1) {
    rows.push([
      `search: keystroke to results, ${run.searchMs.length} fresh browsers (the median is shown above)`,
      run.searchMs.map(fmtMs).join(' · '),
      '—',
      '—',
    ]);
  }
  if (run.searchCold !== undefined) {
    const cold = run.searchCold;
    const row = searchRow(
      'search typed all at once on opening (the core starting included), reported only',
      cold,
    );
    if (cold.runsMs.length > 1) row[1] += `; ${cold.runsMs.map(fmtMs).join(' · ')}`;
    rows.push(row);
  }
  for (const s of run.otherSearches ?? []) rows.push(searchRow('search, reported only (see README)', s));
  return table([`${run.jobs.toLocaleString('en')} jobs`, 'Skillboard', 'bare Astro baseline', 'ratio'], rows);
}

export function budgetTable(budgets: Budget[]): string {
  const mark = { pass: '✅ pass', fail: '❌ fail', 'n/a': 'n/a' } as const;
  return table(
    ['budget', 'jobs', 'limit', 'measured', 'result'],
    budgets.map((b) => [
      b.label,
      b.jobs === null ? 'all' : b.jobs.toLocaleString('en'),
      b.limit,
      b.value,
      mark[b.status],
    ]),
  );
}

export function renderMarkdown(results: BenchResults): string {
  const m = results.machine;
  return [
    `Measured ${results.date.slice(0, 16).replace('T', ' ')} UTC on ${m.cpus} cores, ${m.memoryGiB} GiB, Node ${m.node}${m.nodeOptions ? ` with NODE_OPTIONS="${m.nodeOptions}" for both builds` : ''} (seed ${results.seed}, BUILD_DATE ${results.buildDate}). The machine is shared, so compare ratios, not absolute times.`,
    ...results.runs.map(runTable),
    budgetTable(results.budgets),
  ].join('\n\n');
}

export const README_START = '<!-- bench:start -->';
export const README_END = '<!-- bench:end -->';

/** The README with the text between the markers replaced by `markdown`. */
export function replaceSection(readme: string, markdown: string): string {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start)
    throw new Error(`README.md lacks the ${README_START} … ${README_END} markers`);
  return `${readme.slice(0, start + README_START.length)}\n\n${markdown}\n\n${readme.slice(end)}`;
}

function newestResults(dir = 'bench/results'): string {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  if (files.length === 0) throw new Error(`no results in ${dir}; run npm run bench first`);
  return path.join(dir, files.at(-1)!);
}

async function main(args: string[]) {
  const file = args.find((a) => !a.startsWith('--')) ?? newestResults();
  const markdown = renderMarkdown(JSON.parse(readFileSync(file, 'utf8')) as BenchResults);
  if (args.includes('--readme')) {
    const readme = replaceSection(readFileSync('README.md', 'utf8'), markdown);
    // Written in the house format, so `prettier --check` stays clean.
    const options = (await prettier.resolveConfig('README.md')) ?? {};
    writeFileSync('README.md', await prettier.format(readme, { ...options, filepath: 'README.md' }));
    console.log(`README.md: Performance section updated from ${file}`);
  } else {
    console.log(markdown);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
