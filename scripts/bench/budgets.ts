/**
 * The budgets of issues 6 (10,000 jobs) and 15 (100,000 jobs), checked against one
 * benchmark run's figures.
 */
import { baselineBuilt, fmtBytes, fmtMs, type Budget, type RunResult } from './report';

const KB = 1000;
const GIB = 1024 ** 3;

/** Budgets are in decimal KB (1 KB = 1000 bytes), the stricter reading. */
const fmtKb = (n: number) => `${(n / KB).toFixed(1)} KB`;

export function budgets(runs: RunResult[]): Budget[] {
  const out: Budget[] = [];
  /** One row; `ok` null means it could not be measured. */
  const add = (
    kind: Budget['kind'],
    jobs: number,
    label: string,
    limit: string,
    value: string,
    ok: boolean | null,
  ) => out.push({ kind, jobs, label, limit, value, status: ok === null ? 'n/a' : ok ? 'pass' : 'fail' });
  const largest = runs.at(-1)!;
  const tenK = runs.find((r) => r.jobs === 10_000);
  const at10k = tenK ?? (largest.jobs >= 10_000 ? largest : undefined);
  /** Whole build time and peak RSS against the baseline's, or why they cannot be compared. */
  const againstBaseline = (run: RunResult) => {
    const { ours, baseline, jobs } = run;
    if (!baselineBuilt(baseline)) {
      const why = `n/a: the baseline failed (${baseline.failed}); Skillboard ${fmtMs(ours.totalMs)}, ${fmtBytes(ours.peakRss)}`;
      add('time', jobs, 'whole build vs baseline (wall time)', '≤ 1.30×', why, null);
      add('memory', jobs, 'peak RSS vs baseline', '≤ 1.20×', why, null);
      return;
    }
    const t = ours.totalMs / baseline.totalMs;
    const cpu =
      ours.totalCpuMs !== null && baseline.totalCpuMs !== null
        ? `; CPU time ${(ours.totalCpuMs / baseline.totalCpuMs).toFixed(2)}×`
        : '';
    const times = `${fmtMs(ours.totalMs)} / ${fmtMs(baseline.totalMs)}${cpu}`;
    add(
      'time',
      jobs,
      'whole build vs baseline (wall time)',
      '≤ 1.30×',
      `${t.toFixed(2)}× (${times})`,
      t <= 1.3,
    );
    const m = ours.peakRss / baseline.peakRss;
    const rss = `${fmtBytes(ours.peakRss)} / ${fmtBytes(baseline.peakRss)}`;
    add('memory', jobs, 'peak RSS vs baseline', '≤ 1.20×', `${m.toFixed(2)}× (${rss})`, m <= 1.2);
  };
  /** The whole build at `large` jobs against the one at `small` jobs, within `limit` times. */
  const scaling = (large: RunResult, small: RunResult, limit: number) => {
    const k = large.ours.totalMs / small.ours.totalMs;
    const kCpu =
      large.ours.totalCpuMs !== null && small.ours.totalCpuMs !== null
        ? ` (CPU time ${(large.ours.totalCpuMs / small.ours.totalCpuMs).toFixed(2)}×)`
        : '';
    add(
      'time',
      large.jobs,
      `${large.jobs.toLocaleString('en')}-job build vs ${small.jobs.toLocaleString('en')}-job build (wall time)`,
      `≤ ${limit}×`,
      `${k.toFixed(2)}×${kCpu}`,
      k <= limit,
    );
  };
  if (at10k) {
    const { ours, jobs } = at10k;
    againstBaseline(at10k);
    add(
      'memory',
      jobs,
      'peak RSS, absolute (issue: 2.5 GiB)',
      '≤ 2.50 GiB',
      fmtBytes(ours.peakRss),
      ours.peakRss <= 2.5 * GIB,
    );
    const small = runs.find((r) => r.jobs === 1000);
    if (small) scaling(at10k, small, 12);
  } else {
    add('time', 10_000, 'whole build vs baseline (wall time)', '≤ 1.30×', 'not run at 10,000 jobs', null);
  }
  for (const run of runs) {
    const w = (name: string) => run.weights.find((x) => x.name === name);
    const job = w('job page (heaviest)');
    if (job) {
      add(
        'bytes',
        run.jobs,
        `job page weight (${job.url})`,
        '≤ 12 KB',
        fmtKb(job.bytes),
        job.bytes <= 12 * KB,
      );
      add('bytes', run.jobs, 'job page requests', '≤ 3', String(job.requests), job.requests <= 3);
      const js = job.scripts.length === 0 ? 'theme script only' : job.scripts.join(', ');
      add('bytes', run.jobs, 'job page JavaScript', 'theme script only', js, job.scripts.length === 0);
    }
    const skill = w('skill page with guide');
    add(
      'bytes',
      run.jobs,
      'skill page with guide',
      '≤ 20 KB',
      skill ? fmtKb(skill.bytes) : 'no such page',
      !!skill && skill.bytes <= 20 * KB,
    );
    const listing = w('listing page (heaviest)');
    if (listing) {
      add(
        'bytes',
        run.jobs,
        `heaviest listing page (${listing.url})`,
        '< 25 KB',
        fmtKb(listing.bytes),
        listing.bytes < 25 * KB,
      );
    }
  }
  /** The search budget's query among `run`'s jobs: at most `kb` KB and `ms` ms. */
  const searchBudget = (run: RunResult, kb: number, ms: number) => {
    const s = run.search;
    const label = `search among ${run.jobs.toLocaleString('en')} jobs`;
    const na = 'na' in s ? `n/a: ${s.na}` : undefined;
    add(
      'bytes',
      run.jobs,
      `${label}: transferred`,
      `≤ ${kb} KB`,
      na ?? fmtKb('na' in s ? 0 : s.bytes),
      'na' in s ? null : s.bytes <= kb * KB,
    );
    add(
      'time',
      run.jobs,
      `${label}: keystroke to results`,
      `≤ ${ms} ms`,
      na ?? fmtMs('na' in s ? 0 : s.ms),
      'na' in s ? null : s.ms <= ms,
    );
  };
  searchBudget(at10k ?? largest, 250, 300);
  // Issue 15: 100,000 jobs against the baseline and against 10,000 jobs, and its search.
  const at100k = runs.find((r) => r.jobs === 100_000);
  if (at100k) {
    againstBaseline(at100k);
    if (tenK) scaling(at100k, tenK, 12);
    searchBudget(at100k, 500, 500);
  }
  return out;
}
