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
    for (const name of [
      'check:content',
      'lint',
      'test:unit',
      'build',
      'build:base',
      'test:e2e',
      'check:links',
    ]) {
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

  test('uploads the site only after every check, built for the Pages address', () => {
    const verify = w.jobs['verify']!.steps;
    const at = (pred: (s: Step) => boolean) => verify.findIndex(pred);
    const upload = at((s) => s.uses?.startsWith('actions/upload-pages-artifact@') ?? false);
    const pages = at((s) => s.uses?.startsWith('actions/configure-pages@') ?? false);
    const pagesBuild = verify.findIndex((s, i) => i > pages && npmScripts(s.run ?? '').includes('build'));
    expect(pages).toBeGreaterThan(-1);
    expect(pagesBuild).toBeGreaterThan(pages);
    expect(verify[pagesBuild]!.env).toEqual({
      SITE_URL: '${{ steps.pages.outputs.origin }}',
      BASE_PATH: '${{ steps.pages.outputs.base_path }}',
    });
    expect(upload).toBeGreaterThan(pagesBuild);
    for (const [i, s] of verify.entries()) {
      if (npmScripts(s.run ?? '').some((n) => n.startsWith('check:') || n.startsWith('test'))) {
        expect(i, s.name).toBeLessThan(upload);
      }
    }
    expect(verify.some((s) => s.uses?.startsWith('actions/deploy-pages@'))).toBe(false);
  });

  test('deploys only after verify, with the Pages permissions', () => {
    const deploy = w.jobs['deploy']!;
    expect(deploy.needs).toBe('verify');
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
