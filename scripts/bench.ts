/**
 * The scale benchmark: `npm run bench -- --jobs 1000,10000`.
 *
 * For each job count it generates a seeded content tree (`bench/tmp/<n>/content`), builds a
 * bare Astro baseline over the same jobs (`bench/baseline`, plus the Pagefind CLI) and then
 * the site's production build phases as package.json defines them today (the content check
 * when `check:content` exists, `astro build`, the search index), back to back, from clean
 * caches. It reports wall time, pages per second and peak RSS per phase, output sizes, the
 * gzipped first-load weight of key pages, the search figures when `scripts/measureSearch.ts`
 * exists, each as a ratio to the baseline, and checks the budgets of issue 6.
 *
 * Options: --jobs 1000,10000 · --seed 1 · --out bench/results · --smoke (1,000 jobs, results
 * in bench/out, exit 1 only when a byte budget fails) · --verbose (echo build output).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BENCH_BUILD_DATE, generateSkills, writeContent } from './bench/generate';
import {
  budgetTable,
  fmtBytes,
  fmtMs,
  renderMarkdown,
  type BenchResults,
  type BuildResult,
  type PhaseResult,
  type RunResult,
  type SearchResult,
  type WeightRow,
} from './bench/report';
import { budgets } from './bench/budgets';
import { runPhase, type PhaseRun } from './bench/run';
import { startPreview } from './lib/preview';
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
import { OG_STEP } from '../src/lib/ogCards';
import { readTimings } from '../src/lib/timings';
import { createUrls } from '../src/lib/urls';

const ROOT = path.resolve(import.meta.dirname, '..');
const BASELINE_ROOT = path.join(ROOT, 'bench/baseline');
const BIN = path.join(ROOT, 'node_modules/.bin');
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
  return {
    jobs: [...new Set(jobs)].sort((a, b) => a - b),
    seed: Number(value('--seed') ?? 1),
    out: path.resolve(ROOT, value('--out') ?? (smoke ? 'bench/out' : 'bench/results')),
    smoke,
    verbose: argv.includes('--verbose'),
  };
}

const log = (msg: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}`);

/**
 * Before each timed build, so every run does the same work and none pays for the one
 * before it: Astro's content-layer caches (`.astro/`, `node_modules/.astro/`) removed, and
 * the disk's pending writes flushed (the generated tree, deleted outputs, the previous
 * build's pages).
 */
function startClean(root: string) {
  for (const dir of ['.astro', 'node_modules/.astro'])
    rmSync(path.join(root, dir), { recursive: true, force: true });
  if (os.platform() !== 'win32') execFileSync('sync');
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

/** A timing the search integration logs for its own step, if it does (e.g. "pagefind … in 3.2s"). */
function loggedIndexMs(output: string): { ms: number; waitedMs?: number } | undefined {
  const ms = (m: RegExpExecArray) => Number(m[1]) * (m[2]!.toLowerCase() === 's' ? 1000 : 1);
  for (const line of output.split('\n')) {
    if (!/pagefind|search index/i.test(line)) continue;
    const total = /(?:in|took|:)\s*(\d+(?:\.\d+)?)\s?(ms|s)\b/i.exec(line);
    if (total === null) continue;
    // Indexing that overlaps the page rendering also says how long the build waited for it.
    const waited = /waited\s*(\d+(?:\.\d+)?)\s?(ms|s)\b/i.exec(line);
    return { ms: ms(total), ...(waited === null ? {} : { waitedMs: ms(waited) }) };
  }
  return undefined;
}

function summarise(phases: PhaseResult[], dist: string): BuildResult {
  const index = path.join(dist, 'pagefind');
  const own = phases.filter((p) => !p.note?.startsWith('inside'));
  return {
    phases,
    totalMs: own.reduce((s, p) => s + p.ms, 0),
    totalCpuMs: own.every((p) => p.cpuMs !== undefined) ? own.reduce((s, p) => s + p.cpuMs!, 0) : null,
    peakRss: Math.max(...phases.map((p) => p.peakRss)),
    pages: listFiles(dist).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/')).length,
    dist: folderSize(dist),
    index: existsSync(index) ? folderSize(index) : null,
  };
}

/**
 * The Pagefind CLI over the job pages (`jobs/<id>/index.html`, plus the few `jobs/<n>/`
 * listing pages the glob cannot tell apart): the same set of documents on both sides.
 */
async function pagefindCli(dist: string, verbose: boolean): Promise<PhaseRun> {
  const args = ['--site', dist, '--glob', 'jobs/*/index.html'];
  const run = await runPhase(path.join(BIN, 'pagefind'), args, { cwd: ROOT, echo: verbose });
  if (run.code !== 0) failed(`pagefind ${args.join(' ')}`, run);
  return run;
}

async function buildBaseline(content: string, dist: string, verbose: boolean): Promise<BuildResult> {
  startClean(BASELINE_ROOT);
  const build = await runPhase(path.join(BIN, 'astro'), ['build', '--root', BASELINE_ROOT], {
    cwd: ROOT,
    env: { CONTENT_DIR: content, OUT_DIR: dist },
    echo: verbose,
  });
  if (build.code !== 0) failed('baseline astro build', build);
  const pages = astroPages(build.output, dist);
  const index = await pagefindCli(dist, verbose);
  return summarise(
    [phase('astro build', build, pages), phase('search index', index, pages, 'pagefind CLI')],
    dist,
  );
}

function packageScripts(): Record<string, string> {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>;
  };
  return pkg.scripts ?? {};
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
  };
  const phases: PhaseResult[] = [];
  // Before the first timed phase: the check reads the same tree the build does.
  startClean(ROOT);
  if (packageScripts()['check:content'] !== undefined) {
    const check = await runPhase('npm', ['run', '--silent', 'check:content'], {
      cwd: ROOT,
      env,
      echo: verbose,
    });
    if (check.code !== 0) failed('npm run check:content', check);
    phases.push(phase('content check', check, jobs));
  }
  const build = await runPhase(path.join(BIN, 'astro'), ['build'], { cwd: ROOT, env, echo: verbose });
  if (build.code !== 0) failed('astro build', build);
  const pages = astroPages(build.output, dist);
  phases.push(phase('astro build', build, pages));
  if (existsSync(path.join(dist, 'pagefind'))) {
    // The search integration indexes inside `astro build`; split it out when it logs its time.
    const logged = loggedIndexMs(build.output);
    phases.push({
      name: 'search index',
      // What the build paid: all of it, or only the wait when it ran beside the rendering.
      ms: logged?.waitedMs ?? logged?.ms ?? 0,
      peakRss: build.peakRss,
      pages,
      note:
        logged === undefined
          ? 'inside astro build, not timed apart'
          : logged.waitedMs === undefined
            ? 'inside astro build, as logged'
            : `inside astro build: ${fmtMs(logged.ms)} beside the page rendering, then ${fmtMs(logged.waitedMs)} of waiting`,
    });
  }
  const marketMs = readTimings(timingsFile)['market statistics'];
  if (marketMs !== undefined) {
    phases.push({
      name: 'market statistics',
      ms: marketMs,
      peakRss: build.peakRss,
      pages,
      note: 'inside astro build, as logged: every skill, company and the home page, once',
    });
  }
  const ogMs = readTimings(timingsFile)[OG_STEP];
  if (ogMs !== undefined) {
    const cards = listFiles(path.join(dist, 'og')).filter((f) => f.endsWith('.png')).length;
    phases.push({
      name: OG_STEP,
      ms: ogMs,
      peakRss: build.peakRss,
      pages: cards,
      note: `inside astro build, as logged: ${cards} cards drawn on the renderer's threads beside the page rendering (job pages share their company's)`,
    });
  }
  if (!existsSync(path.join(dist, 'pagefind'))) {
    // No search integration in this build yet: index the job pages with the CLI, as the
    // baseline's are, so both sides do the same work.
    const index = await pagefindCli(dist, verbose);
    phases.push(phase('search index', index, jobs, 'pagefind CLI on job pages: no search integration yet'));
  }
  return summarise(phases, dist);
}

/** Our heaviest page among `urls`, by gzipped first-load bytes. */
function heaviest(dist: string, urls: string[]): PageWeight | undefined {
  let worst: PageWeight | undefined;
  for (const url of urls) {
    const w = pageWeight(dist, url, { allowedInline: [SITE_SCRIPT] });
    if (worst === undefined || w.bytes > worst.bytes) worst = w;
  }
  return worst;
}

function weights(dist: string, baselineDist: string): WeightRow[] {
  const u = createUrls('/');
  const all = listFiles(dist)
    .filter((f) => f.endsWith('index.html') && !f.startsWith('pagefind/'))
    .map(urlOf);
  const row = (name: string, w: PageWeight | undefined): WeightRow[] =>
    w === undefined ? [] : [{ name, url: w.url, bytes: w.bytes, requests: w.requests, scripts: w.scripts }];
  const one = (name: string, url: string) => (all.includes(url) ? row(name, heaviest(dist, [url])) : []);
  const guided = generateSkills().find((s) => all.includes(u.skill(s.id)));
  const baseJobs = listFiles(baselineDist)
    .filter((f) => f.endsWith('index.html') && !f.startsWith('pagefind/'))
    .map(urlOf);
  return [
    ...one('home page', u.home()),
    ...(guided ? one('skill page with guide', u.skill('back-end-development')) : []),
    ...one('jobs index', u.jobs()),
    ...one('search page', u.search()),
    ...row('job page (heaviest)', heaviest(dist, all.filter(isJobPage))),
    ...row('listing page (heaviest)', heaviest(dist, all.filter(isListing))),
    ...row('baseline job page', heaviest(baselineDist, baseJobs.filter(isJobPage))),
  ];
}

type MeasureSearch = (o: {
  baseUrl: string;
  query: string;
}) => Promise<{ bytes: number; requests: number; ms: number }>;

async function search(dist: string): Promise<{ search: SearchResult; otherSearches: SearchResult[] }> {
  const [first, ...rest] = await searchAll(dist, [SEARCH_QUERY, ...OTHER_QUERIES]);
  return { search: first!, otherSearches: rest };
}

async function searchAll(dist: string, queries: string[]): Promise<SearchResult[]> {
  const script = path.join(ROOT, 'scripts/measureSearch.ts');
  const none = (na: string) => queries.map(() => ({ na }));
  if (!existsSync(script)) return none('scripts/measureSearch.ts does not exist on this branch');
  if (!existsSync(path.join(dist, 'search/index.html'))) return none('the site has no /search/ page');
  const mod = (await import(pathToFileURL(script).href)) as { measureSearch?: MeasureSearch };
  const measure = mod.measureSearch;
  if (typeof measure !== 'function') return none('scripts/measureSearch.ts exports no measureSearch');
  const preview = await startPreview({ root: ROOT, port: PREVIEW_PORT, env: { OUT_DIR: dist } });
  try {
    const results: SearchResult[] = [];
    for (const query of queries) results.push({ ...(await measure({ baseUrl: preview.url, query })), query });
    return results;
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
  rmSync(dist, { recursive: true, force: true });
  rmSync(baselineDist, { recursive: true, force: true });
  log(`${jobs} jobs: building the baseline`);
  const baseline = await buildBaseline(content, baselineDist, options.verbose);
  log(
    `${jobs} jobs: baseline ${fmtMs(baseline.totalMs)}, peak ${fmtBytes(baseline.peakRss)}; building Skillboard`,
  );
  const ours = await buildOurs(content, dist, jobs, options.verbose);
  log(`${jobs} jobs: Skillboard ${fmtMs(ours.totalMs)}, peak ${fmtBytes(ours.peakRss)}; measuring pages`);
  const w = weights(dist, baselineDist);
  const s = await search(dist);
  return { jobs, ours, baseline, weights: w, ...s };
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
