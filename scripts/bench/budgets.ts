/** The budgets of issue 6, checked against one benchmark run's figures. */
import { fmtBytes, fmtMs, type Budget, type RunResult } from './report';

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
  const at10k = runs.find((r) => r.jobs === 10_000) ?? (largest.jobs >= 10_000 ? largest : undefined);
  if (at10k) {
    const { ours, baseline, jobs } = at10k;
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
    add(
      'memory',
      jobs,
      'peak RSS, absolute (issue: 2.5 GiB)',
      '≤ 2.50 GiB',
      fmtBytes(ours.peakRss),
      ours.peakRss <= 2.5 * GIB,
    );
    const small = runs.find((r) => r.jobs === 1000);
    if (small) {
      const k = ours.totalMs / small.ours.totalMs;
      const kCpu =
        ours.totalCpuMs !== null && small.ours.totalCpuMs !== null
          ? ` (CPU time ${(ours.totalCpuMs / small.ours.totalCpuMs).toFixed(2)}×)`
          : '';
      add(
        'time',
        jobs,
        '10,000-job build vs 1,000-job build (wall time)',
        '≤ 12×',
        `${k.toFixed(2)}×${kCpu}`,
        k <= 12,
      );
    }
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
  const searched = at10k ?? largest;
  const s = searched.search;
  const label = `search among ${searched.jobs.toLocaleString('en')} jobs`;
  const na = 'na' in s ? `n/a: ${s.na}` : undefined;
  add(
    'bytes',
    searched.jobs,
    `${label}: transferred`,
    '≤ 250 KB',
    na ?? fmtKb('na' in s ? 0 : s.bytes),
    'na' in s ? null : s.bytes <= 250 * KB,
  );
  add(
    'time',
    searched.jobs,
    `${label}: keystroke to results`,
    '≤ 300 ms',
    na ?? fmtMs('na' in s ? 0 : s.ms),
    'na' in s ? null : s.ms <= 300,
  );
  return out;
}
