import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './scripts/lib/chromium';
import { freePortsSync } from './scripts/lib/freePorts';

let executablePath: string | undefined;
try {
  executablePath = chromiumExecutable();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

/**
 * The real site (`npm run build` output), the fixture tree (closed, draft, remote, many
 * jobs), and the real site built under the base path /careers/ (`npm run build:base`).
 */
/**
 * Four free ports, chosen when the test run starts (in Playwright's main process; its
 * workers inherit the variable, so every process agrees). E2E_PORTS=a,b,c,d sets them.
 */
process.env['E2E_PORTS'] ??= freePortsSync(4).join(',');
const ports = process.env['E2E_PORTS'].split(',').map(Number);
if (ports.length !== 4 || ports.some((p) => !Number.isInteger(p) || p <= 0)) {
  console.error(`E2E_PORTS="${process.env['E2E_PORTS']}" is not four port numbers, e.g. 5301,5302,5303,5304`);
  process.exit(1);
}
/** The real site (`npm run build`). */
export const SITE_PORT = ports[0]!;
/** tests/fixtures/site. */
export const FIXTURE_PORT = ports[1]!;
/** The real site built under /careers/ (`npm run build:base`, built before the tests run). */
export const BASE_PORT = ports[2]!;
/** tests/fixtures/hostile: content that tries to run script. */
export const HOSTILE_PORT = ports[3]!;

// --ignore-lock: Astro 7 allows one tracked preview per project; the tests run two.
const preview = (port: number) => `astro preview --ignore-lock --host 127.0.0.1 --port ${port}`;

/** Builds a content tree of tests/fixtures (BUILD_DATE fixed) and serves it. */
const fixtureServer = (script: string, tree: string, port: number) => ({
  command: `npm run build:${script} --silent && ${preview(port)}`,
  url: `http://127.0.0.1:${port}/`,
  env: {
    ASTRO_PREVIEW_BACKGROUND: '0',
    OUT_DIR: `dist-${script}`,
    CONTENT_DIR: `tests/fixtures/${tree}`,
    BUILD_DATE: '2026-11-25',
  },
  // A server the tests did not start is never used: it may serve another build.
  reuseExistingServer: false,
  timeout: 180_000,
});

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: !!process.env['CI'],
  retries: process.env['CI'] ? 1 : 0,
  workers: 2,
  reporter: process.env['CI'] ? 'line' : 'list',
  timeout: 30_000,
  // Search loads Pagefind's worker, WebAssembly and index on first use: on a loaded 2-core
  // machine that alone has taken over 5 s (the default), so assertions wait up to 10 s.
  expect: { timeout: 10_000 },
  use: {
    trace: 'retain-on-failure',
    launchOptions: { ...(executablePath !== undefined ? { executablePath } : {}), args: CHROMIUM_ARGS },
  },
  projects: [
    // Each project takes the specs of one folder (testDir, relative to this file): a pattern
    // over the whole path would also match a checkout that lives in a folder named "site".
    {
      name: 'site',
      testDir: './e2e/site',
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${SITE_PORT}` },
    },
    {
      name: 'fixtures',
      testDir: './e2e/fixtures',
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${FIXTURE_PORT}` },
    },
    {
      name: 'base',
      testDir: './e2e/base',
      // Trailing slash: relative goto('jobs/') then stays under the base.
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${BASE_PORT}/careers/` },
    },
    {
      // Starts its own `astro dev` on a copy of the fixture tree and a free port.
      name: 'dev',
      testDir: './e2e/dev',
      use: { ...devices['Desktop Chrome'] },
    },
    {
      name: 'hostile',
      testDir: './e2e/hostile',
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${HOSTILE_PORT}` },
    },
  ],
  webServer: [
    {
      command: preview(SITE_PORT),
      url: `http://127.0.0.1:${SITE_PORT}/`,
      env: { ASTRO_PREVIEW_BACKGROUND: '0' },
      reuseExistingServer: false,
      timeout: 60_000,
    },
    fixtureServer('fixtures', 'site', FIXTURE_PORT),
    {
      // Serves dist-base as `npm test` built it (`npm run build:base`); builds it only when missing.
      command: `(test -d dist-base || npm run build:base --silent) && ${preview(BASE_PORT)}`,
      url: `http://127.0.0.1:${BASE_PORT}/careers/`,
      env: { ASTRO_PREVIEW_BACKGROUND: '0', OUT_DIR: 'dist-base', BASE_PATH: '/careers/' },
      reuseExistingServer: false,
      timeout: 60_000,
    },
    fixtureServer('hostile', 'hostile', HOSTILE_PORT),
  ],
});
