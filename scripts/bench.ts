/**
 * The scale benchmark: `npm run bench -- --jobs 1000,10000`.
 *
 * For each job count it generates a seeded content tree (`bench/tmp/<n>/content`), builds a
 * bare Astro baseline over the same jobs (`bench/baseline`, plus the Pagefind CLI) and then
 * the site's production build phases (`check:content`, then `astro build`, which indexes
 * the search itself), back to back, from clean caches. The steps inside `astro build`
 * (search index, market statistics, link-preview images) come from the timings file the
 * build writes (`src/lib/timings.ts`). It reports wall time, pages per second and peak RSS
 * per phase, output sizes, the gzipped first-load weight of key pages and the search
 * figures, each as a ratio to the baseline, and checks the budgets of issues 6 and 15 (a
 * baseline that fails to build, as at 100,000 jobs, is reported, and Skillboard measured alone).
 *
 * Options: --jobs 1000,10000 · --seed 1 · --out bench/results · --smoke (1,000 jobs, results
 * in bench/out, exit 1 only when a byte budget fails) · --verbose (echo build output) ·
 * --repeat N (N alternating baseline/Skillboard build pairs per job count, reporting the pair
 * with the median ratio, and the budget query's search N times, reporting the median: on a
 * shared machine one 10,000-job build took anywhere from 57 s to 85 s).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BENCH_BUILD_DATE, writeContent } from './bench/generate';
import {
  baselineBuilt,
  budgetTable,
  fmtBytes,
  fmtMs,
  medianBy,
  renderMarkdown,
  type BaselineFailure,
  type BenchResults,
  type BuildResult,
  type PhaseResult,
  type RunResult,
  type SearchResult,
  type WeightRow,
} from './bench/report';
import { budgets } from './bench/budgets';
import { insidePhases, isInside } from './bench/inside';
import { failureReason, runPhase, type PhaseRun } from './bench/run';
import { startPreview } from './lib/preview';
import { READER_KEY_DELAY_MS, measureSearch } from './measureSearch';
import {
  folderSize,
  isJobPage,
  isListing,
  listFiles,
  pageWeight,
  urlOf,
  type PageWeight,
} from './bench/weight';
import { SITE_SCRIPT } from '../src/lib/siteScript';
import { readTimings } from '../src/lib/timings';
import { createUrls } from '../src/lib/urls';
import { withV8Options } from './lib/v8Options.mjs';

/** Both sides of the comparison run with the V8 options `npm run build` uses (scripts/lib/v8Options.mjs). */
const BENCH_NODE_OPTIONS = withV8Options(process.env['NODE_OPTIONS']);
const ROOT = path.resolve(import.meta.dirname, '..');
const BASELINE_ROOT = path.join(ROOT, 'bench/baseline');
const BIN = path.join(ROOT, 'node_modules/.bin');
/** `npm run build`'s own script: the content check beside `astro build`. */
const BUILD_SCRIPT = path.join(ROOT, 'scripts/build.mjs');
const BUILD_PHASE = 'build (content check beside astro build)';
/** Ports 4700-4709 belong to this benchmark (astro preview for the search figures). */
const PREVIEW_PORT = Number(process.env['BENCH_PORT'] ?? 4701);
const SEARCH_QUERY = 'kubernetes';
/**
 * Reported beside the budget's query, not held to it: a common word and two words. The
 * generated descriptions draw on a vocabulary of about 80 words, each on nearly every
 * page, so Pagefind's index chunks for words that sort near them are 100-250 KB; real
 * descriptions spread over far more words. Shown so the choice of query is in plain sight.
 */
const OTHER_QUERIES = ['remote', 'senior engineer'];
const GIB = 1024 ** 3;

interface Options {
  jobs: number[];
  seed: number;
  out: string;
  smoke: boolean;
  verbose: boolean;
  repeat: number;
}

function parseArgs(argv: string[]): Options {
  const value = (name: string) => {
    const i = argv.findIndex((a) => a === name || a.startsWith(`${name}=`));
    if (i < 0) return undefined;
    return argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  };
  const smoke = argv.includes('--smoke');
  const jobs = (value('--jobs') ?? '1000').split(',').map((s) => Number(s.replace(/_/g, '')));
  if (jobs.some((n) => !Number.isInteger(n) || n < 1))
    throw new Error(`--jobs wants counts such as 1000,10000`);
  const repeat = Number(value('--repeat') ?? 1);
  if (!Number.isInteger(repeat) || repeat < 1)
    throw new Error(`--repeat wants a whole number of runs, such as 3`);
  return {
    jobs: [...new Set(jobs)].sort((a, b) => a - b),
    seed: Number(value('--seed') ?? 1),
    out: path.resolve(ROOT, value('--out') ?? (smoke ? 'bench/out' : 'bench/results')),
    smoke,
    verbose: argv.includes('--verbose'),
    repeat,
  };
}

const log = (msg: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}`);

/**
 * Before each timed build, so every run does the same work and none pays for the one
 * before it: Astro's content-layer caches (`.astro/`, `node_modules/.astro/`) removed, the
 * disk's pending writes flushed (the generated tree, deleted outputs, the previous build's
 * pages), and an empty Node compile cache, as on a fresh CI machine. Astro turns Node's
 * compile cache on; by default it lives in the system's temporary folder and outlives the
 * run. At 10,000 jobs the content layer's data module is 80 MB of JavaScript: compiled
 * afresh it costs about 12 s, found in the cache almost nothing, so a side whose module was
 * compiled by an earlier run (the baseline's never changes) gained 12 s over one whose code
 * had just changed. Returns the environment that points the build at the empty cache.
 */
function startClean(root: string, side: 'baseline' | 'skillboard'): { NODE_COMPILE_CACHE: string } {
  for (const dir of ['.astro', 'node_modules/.astro'])
    rmSync(path.join(root, dir), { recursive: true, force: true });
  const compileCache = path.join(ROOT, 'bench/tmp/compile-cache', side);
  rmSync(compileCache, { recursive: true, force: true });
  mkdirSync(compileCache, { recursive: true });
  if (os.platform() !== 'win32') execFileSync('sync');
  return { NODE_COMPILE_CACHE: compileCache };
}

function failed(what: string, run: PhaseRun): never {
  throw new Error(`${what} failed (exit ${run.code}):\n${run.output.split('\n').slice(-40).join('\n')}`);
}

function phase(name: string, run: PhaseRun, pages: number, note?: string): PhaseResult {
  return {
    name,
    ms: run.ms,
    peakRss: run.peakRss,
    pages,
    ...(run.cpuMs === undefined ? {} : { cpuMs: run.cpuMs }),
    ...(note ? { note } : {}),
  };
}

/** How many pages Astro says it built (falls back to counting HTML files). */
function astroPages(output: string, dist: string): number {
  const m = /(\d+) page\(s\) built/.exec(output);
  return m ? Number(m[1]) : listFiles(dist).filter((f) => f.endsWith('.html')).length;
}

function summarise(phases: PhaseResult[], dist: string): BuildResult {
  const index = path.join(dist, 'pagefind');
  const own = phases.filter((p) => !isInside(p));
  return {
    phases,
    totalMs: own.reduce((s, p) => s + p.ms, 0),
    totalCpuMs: own.every((p) => p.cpuMs !== undefined) ? own.reduce((s, p) => s + p.cpuMs!, 0) : null,
    peakRss: Math.max(...phases.map((p) => p.peakRss)),
    pages: listFiles(dist).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/')).length,
    dist: folderSize(dist),
    index: folderSize(index),
  };
}

/**
 * The baseline's search index: the Pagefind CLI over its job pages (`jobs/<id>/index.html`,
 * plus the few `jobs/<n>/` listing pages the glob cannot tell apart).
 */
async function pagefindCli(dist: string, verbose: boolean): Promise<PhaseRun> {
  const args = ['--site', dist, '--glob', 'jobs/*/index.html'];
  const run = await runPhase(path.join(BIN, 'pagefind'), args, { cwd: ROOT, echo: verbose });
  if (run.code !== 0) failed(`pagefind ${args.join(' ')}`, run);
  return run;
}

/**
 * The bare baseline, or why it could not be built: at 100,000 jobs Astro's own content sync
 * fails on its store, and the run goes on to measure Skillboard (its ratios to the baseline
 * are then reported as not measurable). The Pagefind CLI failing still stops the run.
 */
async function buildBaseline(
  content: string,
  dist: string,
  verbose: boolean,
): Promise<BuildResult | BaselineFailure> {
  const cache = startClean(BASELINE_ROOT, 'baseline');
  const build = await runPhase(path.join(BIN, 'astro'), ['build', '--root', BASELINE_ROOT], {
    cwd: ROOT,
    env: { CONTENT_DIR: content, OUT_DIR: dist, NODE_OPTIONS: BENCH_NODE_OPTIONS, ...cache },
    echo: verbose,
  });
  if (build.code !== 0) {
    const reason = failureReason(build.output);
    log(`baseline astro build failed (exit ${build.code}): ${reason}; measuring Skillboard alone`);
    return { failed: `astro build, exit ${build.code}: ${reason}` };
  }
  const pages = astroPages(build.output, dist);
  const index = await pagefindCli(dist, verbose);
  return summarise(
    [phase('astro build', build, pages), phase('search index', index, pages, 'pagefind CLI')],
    dist,
  );
}

async function buildOurs(
  content: string,
  dist: string,
  jobs: number,
  verbose: boolean,
): Promise<BuildResult> {
  // Steps inside `astro build` add their times to this file (src/lib/timings.ts).
  const timingsFile = path.join(path.dirname(content), 'timings.json');
  rmSync(timingsFile, { force: true });
  const env = {
    CONTENT_DIR: content,
    OUT_DIR: dist,
    BUILD_DATE: BENCH_BUILD_DATE,
    SKILLBOARD_TIMINGS: timingsFile,
    NODE_OPTIONS: BENCH_NODE_OPTIONS,
    ...startClean(ROOT, 'skillboard'),
  };
  // What `npm run build` runs (without npm and withNode): the content check beside astro build.
  const build = await runPhase(process.execPath, [BUILD_SCRIPT], { cwd: ROOT, env, echo: verbose });
  if (build.code !== 0) failed('npm run build', build);
  const pages = astroPages(build.output, dist);
  return summarise(
    [
      phase(BUILD_PHASE, build, pages),
      ...insidePhases({
        jobs,
        timings: readTimings(timingsFile),
        file: timingsFile,
        peakRss: build.peakRss,
        pages,
        cards: listFiles(path.join(dist, 'og')).filter((f) => f.endsWith('.png')).length,
      }),
    ],
    dist,
  );
}

/** The heaviest page among `urls` of `dist`, by gzipped first-load bytes, as a report row. */
function heaviest(name: string, dist: string, urls: readonly string[]): WeightRow {
  let worst: PageWeight | undefined;
  for (const url of urls) {
    const w = pageWeight(dist, url, { allowedInline: [SITE_SCRIPT] });
    if (worst === undefined || w.bytes > worst.bytes) worst = w;
  }
  if (worst === undefined) throw new Error(`${name}: no such page in ${dist}`);
  return { name, url: worst.url, bytes: worst.bytes, requests: worst.requests, scripts: worst.scripts };
}

/** The pages of a built site, as URLs. */
const pagesOf = (dist: string) =>
  listFiles(dist)
    .filter((f) => f.endsWith('index.html') && !f.startsWith('pagefind/'))
    .map(urlOf);

/** The weights of key pages; the baseline's job page too when `baselineDist` was built. */
function weights(dist: string, baselineDist: string | undefined): WeightRow[] {
  const u = createUrls('/');
  const ours = pagesOf(dist);
  const rows = [
    heaviest('home page', dist, [u.home()]),
    // The generator copies this skill's real guide (scripts/bench/generate.ts).
    heaviest('skill page with guide', dist, [u.skill('back-end-development')]),
    heaviest('jobs index', dist, [u.jobs()]),
    heaviest('search page', dist, [u.search()]),
    heaviest('job page (heaviest)', dist, ours.filter(isJobPage)),
    heaviest('listing page (heaviest)', dist, ours.filter(isListing)),
  ];
  if (baselineDist !== undefined) {
    rows.push(heaviest('baseline job page', baselineDist, pagesOf(baselineDist).filter(isJobPage)));
  }
  return rows;
}

/**
 * The search figures of the budget's query, typed at a reader's pace (measured `times`
 * times, each in a fresh browser, keeping the median time); then, reported only, the same
 * query typed all at once on opening (`cold`: the core's start included; not in the smoke
 * test, which enforces byte budgets only), and the queries of `others`.
 */
async function search(
  dist: string,
  times: number,
  { others, cold }: { others: readonly string[]; cold: boolean },
): Promise<Pick<RunResult, 'search' | 'otherSearches' | 'searchMs' | 'searchCold'>> {
  const preview = await startPreview({ root: ROOT, port: PREVIEW_PORT, env: { OUT_DIR: dist } });
  try {
    const measure = async (
      query: string,
      keyDelayMs = READER_KEY_DELAY_MS,
    ): Promise<SearchResult & { ms: number }> => ({
      ...(await measureSearch({ baseUrl: preview.url, query, keyDelayMs })),
      query,
    });
    const budget: (SearchResult & { ms: number })[] = [];
    for (let i = 0; i < times; i++) budget.push(await measure(SEARCH_QUERY));
    const coldRuns: (SearchResult & { ms: number })[] = [];
    for (let i = 0; cold && i < times; i++) coldRuns.push(await measure(SEARCH_QUERY, 0));
    const otherSearches: SearchResult[] = [];
    for (const query of others) otherSearches.push(await measure(query));
    return {
      search: medianBy(budget, (b) => b.ms),
      otherSearches,
      ...(times > 1 ? { searchMs: budget.map((b) => b.ms) } : {}),
      ...(coldRuns.length > 0
        ? { searchCold: { ...medianBy(coldRuns, (b) => b.ms), runsMs: coldRuns.map((b) => b.ms) } }
        : {}),
    };
  } finally {
    preview.stop();
  }
}

async function runOne(jobs: number, options: Options): Promise<RunResult> {
  const dir = path.join(ROOT, 'bench/tmp', String(jobs));
  const content = path.join(dir, 'content');
  const dist = path.join(dir, 'dist');
  const baselineDist = path.join(dir, 'baseline-dist');
  log(`${jobs} jobs: generating ${path.relative(ROOT, content)}`);
  writeContent({ jobs, seed: options.seed, dir: content, realGuidesFrom: path.join(ROOT, 'content') });
  const pairs: { ours: BuildResult; baseline: BuildResult | BaselineFailure }[] = [];
  for (let i = 1; i <= options.repeat; i++) {
    const of = options.repeat > 1 ? ` (pair ${i} of ${options.repeat})` : '';
    rmSync(dist, { recursive: true, force: true });
    rmSync(baselineDist, { recursive: true, force: true });
    log(`${jobs} jobs: building the baseline${of}`);
    const baseline = await buildBaseline(content, baselineDist, options.verbose);
    log(
      baselineBuilt(baseline)
        ? `${jobs} jobs: baseline ${fmtMs(baseline.totalMs)}, peak ${fmtBytes(baseline.peakRss)}; building Skillboard${of}`
        : `${jobs} jobs: building Skillboard${of}`,
    );
    const ours = await buildOurs(content, dist, jobs, options.verbose);
    log(`${jobs} jobs: Skillboard ${fmtMs(ours.totalMs)}, peak ${fmtBytes(ours.peakRss)}`);
    pairs.push({ ours, baseline });
  }
  // The pair with the median ratio; its outputs are the last ones built only when it is the
  // last pair, but outputs are the same from run to run (same content, same seed).
  // Without a baseline (it failed), the median of Skillboard's own times.
  const median = medianBy(pairs, (p) =>
    baselineBuilt(p.baseline) ? p.ours.totalMs / p.baseline.totalMs : p.ours.totalMs,
  );
  log(`${jobs} jobs: measuring pages and search`);
  const w = weights(dist, baselineBuilt(median.baseline) ? baselineDist : undefined);
  const s = await search(dist, options.repeat, {
    others: options.smoke ? [] : OTHER_QUERIES,
    cold: !options.smoke,
  });
  return {
    jobs,
    ours: median.ours,
    baseline: median.baseline,
    weights: w,
    ...s,
    ...(options.repeat > 1
      ? {
          pairs: pairs.map((p) => ({
            oursMs: p.ours.totalMs,
            baselineMs: baselineBuilt(p.baseline) ? p.baseline.totalMs : null,
          })),
        }
      : {}),
  };
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.smoke && !process.argv.some((a) => a.startsWith('--jobs'))) options.jobs = [1000];
  const runs: RunResult[] = [];
  for (const n of options.jobs) runs.push(await runOne(n, options));
  const results: BenchResults = {
    date: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      memoryGiB: Math.round(os.totalmem() / GIB),
      node: process.versions.node,
      platform: `${os.platform()} ${os.arch()}`,
      nodeOptions: BENCH_NODE_OPTIONS,
    },
    seed: options.seed,
    buildDate: BENCH_BUILD_DATE,
    runs,
    budgets: budgets(runs),
  };
  mkdirSync(options.out, { recursive: true });
  const file = path.join(options.out, `${results.date.replace(/[:.]/g, '-')}-${options.jobs.join('-')}.json`);
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(renderMarkdown(results));
  console.log(`\nResults: ${path.relative(ROOT, file)}`);
  const failedBytes = results.budgets.filter((b) => b.kind === 'bytes' && b.status === 'fail');
  if (options.smoke && failedBytes.length > 0) {
    console.error(`\nByte budgets failed:\n${budgetTable(failedBytes)}`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
});
