import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { freePortsSync } from '../../scripts/lib/freePorts';

// `astro dev` on a copy of the fixture tree with one broken job (issue 14): the checker's
// lines in the terminal and on the job's page, every other page served, the fix picked up.
const JOB = 'acme-senior-go-developer';
const TITLE = 'Senior Go Developer';

/** Starts `astro dev` on `content` and a free port; its output collects in `log.text`. */
function startDev(content: string) {
  const [port] = freePortsSync(1);
  const log = { text: '' };
  const child: ChildProcess = spawn(
    process.execPath,
    [path.resolve('node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)],
    {
      env: { ...process.env, CONTENT_DIR: content, BUILD_DATE: '2026-11-25', ASTRO_DEV_BACKGROUND: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  child.stdout!.on('data', (d: Buffer) => (log.text += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (log.text += d.toString()));
  return {
    url: `http://127.0.0.1:${port!}`,
    log,
    stop: () => child.pid && process.kill(-child.pid, 'SIGTERM'),
  };
}

test('astro dev prints the checker’s lines for a broken job, serves the rest, and picks up the fix', async ({
  page,
}) => {
  test.setTimeout(240_000);
  // Outside test-results/: Vite's file watcher ignores that folder.
  const content = mkdtempSync(path.join(os.tmpdir(), 'skillboard-dev-'));
  cpSync('tests/fixtures/site', content, { recursive: true });
  // The content layer's cache for this tree (astro.config.mjs: one per content folder).
  const cache = `node_modules/.astro/${createHash('sha256').update(content).digest('hex').slice(0, 12)}`;
  const file = path.join(content, 'jobs', `${JOB}.md`);
  const good = readFileSync(file, 'utf8');
  expect(good).toMatch(/^datePosted: 2026-/m);
  writeFileSync(file, good.replace(/^datePosted: .*$/m, 'datePosted: 2026-02-30'));

  // No live reloads: on a fresh clone Vite optimizes its dependencies after the first page
  // and then reloads the open page, which cuts short the next navigation under way
  // (net::ERR_ABORTED, or "interrupted by another navigation"). The test reloads by itself.
  await page.route('**/@vite/client', (route) => route.abort());
  const dev = startDev(content);
  try {
    // The checker's own line, with the file and line, and no stack trace.
    const shown = path.relative(process.cwd(), file).split(path.sep).join('/');
    const escaped = shown.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const line = new RegExp(`${escaped}:\\d+: datePosted: "2026-02-30" is not a real date; write YYYY-MM-DD`);
    await expect.poll(() => dev.log.text, { timeout: 120_000 }).toMatch(line);
    const printed = line.exec(dev.log.text)![0];
    await expect.poll(() => dev.log.text, { timeout: 120_000 }).toContain('ready in');

    // Every other page is served.
    expect((await page.goto(`${dev.url}/jobs/`))?.status()).toBe(200);
    await expect(page.getByRole('link', { name: TITLE, exact: true })).toHaveCount(0);
    expect((await page.goto(`${dev.url}/companies/acme/`))?.status()).toBe(200);
    expect((await page.goto(`${dev.url}/jobs/globex-go-engineer-01/`))?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Go Engineer 01');

    // The broken job's page shows the same line (not 2 March, not a stack trace).
    await page.goto(`${dev.url}/jobs/${JOB}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This job’s file has problems');
    await expect(page.locator('main code').first()).toHaveText(printed);
    expect(dev.log.text).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);

    // Fixed and saved: the job is back without a restart.
    writeFileSync(file, good);
    await expect
      .poll(
        async () => {
          await page.goto(`${dev.url}/jobs/${JOB}/`);
          return page.getByRole('heading', { level: 1 }).innerText();
        },
        { timeout: 60_000, intervals: [500, 1000, 2000] },
      )
      .toBe(TITLE);
    await expect.poll(() => dev.log.text, { timeout: 30_000 }).toContain('content is valid');
  } finally {
    dev.stop();
    rmSync(content, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
  }
});
