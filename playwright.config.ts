import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './scripts/lib/chromium';

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
// E2E_PORT moves both servers (and any later ones) so two checkouts can test at once.
const PORT = Number(process.env['E2E_PORT'] ?? 4321);
export const SITE_PORT = PORT;
export const FIXTURE_PORT = PORT + 1;
/** The real site built under /careers/ (`npm run build:base`, built before the tests run). */
export const BASE_PORT = PORT + 2;
/** tests/fixtures/hostile: content that tries to run script. */
export const HOSTILE_PORT = PORT + 3;

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
  reuseExistingServer: !process.env['CI'],
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
  use: {
    trace: 'retain-on-failure',
    launchOptions: { ...(executablePath !== undefined ? { executablePath } : {}), args: CHROMIUM_ARGS },
  },
  projects: [
    {
      name: 'site',
      testMatch: /site\/.*\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${SITE_PORT}` },
    },
    {
      name: 'fixtures',
      testMatch: /fixtures\/.*\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${FIXTURE_PORT}` },
    },
    {
      name: 'base',
      testMatch: /base\/.*\.spec\.ts/,
      // Trailing slash: relative goto('jobs/') then stays under the base.
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${BASE_PORT}/careers/` },
    },
    {
      name: 'hostile',
      testMatch: /hostile\/.*\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${HOSTILE_PORT}` },
    },
  ],
  webServer: [
    {
      command: preview(SITE_PORT),
      url: `http://127.0.0.1:${SITE_PORT}/`,
      env: { ASTRO_PREVIEW_BACKGROUND: '0' },
      reuseExistingServer: !process.env['CI'],
      timeout: 60_000,
    },
    fixtureServer('fixtures', 'site', FIXTURE_PORT),
    {
      // Serves dist-base as `npm test` built it (`npm run build:base`); builds it only when missing.
      command: `(test -d dist-base || npm run build:base --silent) && ${preview(BASE_PORT)}`,
      url: `http://127.0.0.1:${BASE_PORT}/careers/`,
      env: { ASTRO_PREVIEW_BACKGROUND: '0', OUT_DIR: 'dist-base', BASE_PATH: '/careers/' },
      reuseExistingServer: !process.env['CI'],
      timeout: 60_000,
    },
    fixtureServer('hostile', 'hostile', HOSTILE_PORT),
  ],
});
