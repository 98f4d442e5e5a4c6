import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';

interface Step {
  name?: string;
  run?: string;
  uses?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  needs?: string | string[];
  permissions?: Record<string, string>;
  environment?: { name: string } | string;
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  concurrency?: { group: string; 'cancel-in-progress': boolean };
  jobs: Record<string, Job>;
}

const FILES = ['.github/workflows/ci.yml', '.github/workflows/deploy.yml'];
/** The npm scripts of every check, which both workflows run before anything is published. */
const CHECKS = ['check:content', 'lint', 'test:unit', 'build', 'build:base', 'test:e2e', 'check:links'];
const load = (file: string) => yaml.safeLoad(readFileSync(file, 'utf8')) as Workflow;
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps);

/** The npm scripts a shell line calls: `npm run x`, `npm test`, `npm start`… */
function npmScripts(line: string): string[] {
  const names: string[] = [];
  for (const m of line.matchAll(/\bnpm\s+(?:run(?:-script)?\s+([\w:.-]+)|(test|t|start|stop|restart)\b)/g)) {
    names.push(m[1] ?? (m[2] === 't' ? 'test' : m[2]!));
  }
  return names;
}

describe('npmScripts', () => {
  test('finds run, test and start calls', () => {
    expect(npmScripts('npm ci && npm run build:base && npm test')).toEqual(['build:base', 'test']);
    expect(npmScripts('npm run check:links -- dist /')).toEqual(['check:links']);
  });
});

describe.each(FILES)('%s', (file) => {
  test('calls only npm scripts that package.json defines', () => {
    // Read at run time: a script renamed in package.json must fail this test.
    const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> })
      .scripts;
    const called = steps(load(file)).flatMap((s) => npmScripts(s.run ?? ''));
    expect(called.length).toBeGreaterThan(0);
    expect(called.filter((name) => !(name in scripts))).toEqual([]);
  });

  test('runs every check: content, lint and types, unit, builds, end-to-end, links', () => {
    const called = steps(load(file)).flatMap((s) => npmScripts(s.run ?? ''));
    for (const name of CHECKS) {
      expect(called, name).toContain(name);
    }
  });
});

describe('ci.yml', () => {
  test('runs on pull requests and pushes', () => {
    expect(Object.keys(load(FILES[0]!).on).sort()).toEqual(['pull_request', 'push']);
  });
});

describe('deploy.yml', () => {
  const w = load(FILES[1]!);

  test('runs on pushes to main and once a day', () => {
    expect(w.on['push']).toEqual({ branches: ['main'] });
    expect(w.on['schedule']).toEqual([{ cron: expect.stringMatching(/^\S+ \S+ \* \* \*$/) }]);
  });

  test('never cancels a deploy in progress', () => {
    expect(w.concurrency).toEqual({ group: 'pages', 'cancel-in-progress': false });
  });

  const pagesEnv = {
    SITE_URL: '${{ steps.pages.outputs.origin }}',
    BASE_PATH: '${{ steps.pages.outputs.base_path }}',
  };
  const uses = (job: Job, action: string) => job.steps.findIndex((s) => s.uses?.startsWith(`${action}@`));
  const runs = (job: Job, script: string) =>
    job.steps.findIndex((s) => npmScripts(s.run ?? '').includes(script));

  test('verify runs every check, then plans the parts from the board and uploads nothing', () => {
    const verify = w.jobs['verify']! as Job & { outputs?: Record<string, string> };
    const plan = verify.steps.findIndex((s) => npmScripts(s.run ?? '').includes('plan:shards'));
    expect(plan).toBe(verify.steps.length - 1);
    expect(verify.steps[plan]!.run).toContain('>> "$GITHUB_OUTPUT"');
    expect(verify.outputs).toEqual({
      count: '${{ steps.plan.outputs.count }}',
      parts: '${{ steps.plan.outputs.parts }}',
    });
    for (const name of CHECKS) expect(runs(verify, name), name).toBeGreaterThan(-1);
    expect(uses(verify, 'actions/upload-pages-artifact')).toBe(-1);
  });

  test('builds the Pages site in parts, one runner per part, after verify', () => {
    const build = w.jobs['build']! as Job & { strategy: { matrix: Record<string, string> } };
    expect(build.needs).toBe('verify');
    expect(build.strategy.matrix).toEqual({ part: '${{ fromJSON(needs.verify.outputs.parts) }}' });
    const step = build.steps[runs(build, 'build')]!;
    expect(step.run).toBe('npm run build -- --shard "${{ matrix.part }}/${{ needs.verify.outputs.count }}"');
    expect(step.env).toEqual({ ...pagesEnv, OUT_DIR: 'part' });
    expect(uses(build, 'actions/configure-pages')).toBeLessThan(runs(build, 'build'));
    const keep = build.steps[uses(build, 'actions/upload-artifact')]!;
    expect(keep.with).toMatchObject({ name: 'part-${{ matrix.part }}', path: 'part' });
  });

  test('merges the parts, checks the links of the result, and only then uploads it', () => {
    const merge = w.jobs['merge']!;
    expect(merge.needs).toBe('build');
    const fetch = merge.steps[uses(merge, 'actions/download-artifact')]!;
    expect(fetch.with).toEqual({ pattern: 'part-*', path: 'parts' });
    expect(merge.steps[runs(merge, 'merge')]!.run).toBe('npm run merge -- parts/* --out dist');
    expect(runs(merge, 'merge')).toBeGreaterThan(uses(merge, 'actions/download-artifact'));
    const links = runs(merge, 'check:links');
    expect(merge.steps[links]!.env).toEqual(pagesEnv);
    expect(links).toBeGreaterThan(runs(merge, 'merge'));
    const upload = uses(merge, 'actions/upload-pages-artifact');
    expect(upload).toBe(merge.steps.length - 1);
    expect(merge.steps[upload]!.with).toEqual({ path: 'dist' });
  });

  test('deploys only after the merge, with the Pages permissions', () => {
    const deploy = w.jobs['deploy']!;
    expect(deploy.needs).toBe('merge');
    expect(deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(deploy.environment).toMatchObject({ name: 'github-pages' });
    expect(deploy.steps.map((s) => s.uses?.split('@')[0])).toEqual(['actions/deploy-pages']);
  });
});

describe('content-review.yml', () => {
  const file = '.github/workflows/content-review.yml';
  const w = load(file);
  const review = w.jobs['review']!.steps;
  const at = (pred: (s: Step) => boolean) => review.findIndex(pred);
  const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> })
    .scripts;

  test('runs on pull requests that touch content/, and may comment on them', () => {
    expect(w.on['pull_request']).toEqual({ paths: ['content/**'] });
    expect((w as Workflow & { permissions: Record<string, string> }).permissions).toEqual({
      contents: 'read',
      'pull-requests': 'write',
    });
  });

  test('calls only npm scripts that package.json defines', () => {
    const called = review.flatMap((s) => npmScripts(s.run ?? ''));
    expect(called).toEqual(expect.arrayContaining(['check:content', 'build', 'report:content']));
    expect(called.filter((name) => !(name in scripts))).toEqual([]);
  });

  test('builds and uploads a preview only for valid content, and links it in the report', () => {
    const check = review[at((s) => npmScripts(s.run ?? '').includes('check:content'))]!;
    const build = at((s) => npmScripts(s.run ?? '').includes('build'));
    const upload = at((s) => s.uses?.startsWith('actions/upload-artifact@') ?? false);
    const report = at((s) => npmScripts(s.run ?? '').includes('report:content'));
    expect((check as Step & { id?: string }).id).toBe('check');
    expect((review[build] as Step & { if?: string }).if).toBe("steps.check.outcome == 'success'");
    expect((review[upload] as Step & { if?: string }).if).toBe("steps.check.outcome == 'success'");
    expect(report).toBeGreaterThan(upload);
    expect(review[report]!.env?.['PREVIEW_URL']).toBe('${{ steps.preview.outputs.artifact-url }}');
  });

  test('updates one comment, found by the report marker, and fails on content errors last', () => {
    const comment = review[at((s) => s.uses?.startsWith('actions/github-script@') ?? false)]!;
    const script = String(comment.with?.['script']);
    expect(script).toContain('updateComment');
    expect(script).toContain('createComment');
    expect(script).toContain("body.split('\\n')[0]");
    const last = review.at(-1) as Step & { if?: string };
    expect(last.if).toBe("steps.check.outcome == 'failure'");
    expect(last.run).toContain('exit 1');
  });
});
