/**
 * The end-to-end tests' configuration must not depend on the machine: where the checkout
 * lives (a folder named "site" once matched the site project's spec pattern) or what else
 * listens on the usual port (`npm start` on 4321 in another terminal).
 */
import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { freePortsSync } from '../scripts/lib/freePorts';

const root = path.resolve(import.meta.dirname, '..');

/** The config as Playwright loads it, in a child process with `env`. */
function loadConfig(env: Record<string, string | undefined>): {
  projects: { name: string; testDir?: string; testMatch?: unknown }[];
  webServer: { url: string; reuseExistingServer: boolean }[];
  ports: number[];
} {
  const script = `
    const c = require('./playwright.config.ts');
    const config = c.default;
    console.log(JSON.stringify({
      projects: config.projects.map((p) => ({ name: p.name, testDir: p.testDir, testMatch: p.testMatch === undefined ? undefined : String(p.testMatch) })),
      webServer: config.webServer.map((w) => ({ url: w.url, reuseExistingServer: w.reuseExistingServer })),
      ports: [c.SITE_PORT, c.FIXTURE_PORT, c.BASE_PORT, c.HOSTILE_PORT],
    }));`;
  const out = execFileSync(path.join(root, 'node_modules/.bin/tsx'), ['-e', script], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  return JSON.parse(out.trim().split('\n').at(-1)!);
}

describe('the Playwright configuration', () => {
  let busy: Server;
  beforeAll(async () => {
    busy = createServer();
    // Whatever else runs on the usual port, as `npm start` would.
    await new Promise<void>((resolve) =>
      busy.listen(4321, '127.0.0.1', resolve).on('error', () => resolve()),
    );
  });
  afterAll(() => new Promise<void>((resolve) => busy.close(() => resolve())));

  test('takes each project from its own folder, whatever the checkout is called', () => {
    const { projects } = loadConfig({ E2E_PORTS: undefined });
    for (const p of projects) {
      expect(p.testMatch, `${p.name}: no pattern over the whole path`).toBeUndefined();
      expect(path.resolve(root, p.testDir!)).toBe(path.join(root, 'e2e', p.name));
    }
    expect(projects.map((p) => p.name).sort()).toEqual(['base', 'dev', 'fixtures', 'hostile', 'site']);
  });

  test('picks free ports at run time, never 4321 while something listens there, never reusing a server', () => {
    const { ports, webServer } = loadConfig({ E2E_PORTS: undefined });
    expect(new Set(ports).size).toBe(4);
    expect(ports).not.toContain(4321);
    expect(webServer.map((w) => Number(new URL(w.url).port)).sort()).toEqual([...ports].sort());
    expect(webServer.every((w) => w.reuseExistingServer === false)).toBe(true);
    // Two runs at once get different ports.
    expect(loadConfig({ E2E_PORTS: undefined }).ports).not.toEqual(ports);
  });

  test('E2E_PORTS sets the ports by hand', () => {
    expect(loadConfig({ E2E_PORTS: '5301,5302,5303,5304' }).ports).toEqual([5301, 5302, 5303, 5304]);
  });
});

describe('freePortsSync', () => {
  test('returns distinct ports nothing listens on', async () => {
    const ports = freePortsSync(3);
    expect(new Set(ports).size).toBe(3);
    for (const port of ports) {
      const server = createServer();
      await new Promise<void>((resolve, reject) =>
        server.listen(port, '127.0.0.1', resolve).on('error', reject),
      );
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
