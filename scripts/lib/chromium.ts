/**
 * Which Chromium the browser tests and measuring scripts drive: `CHROMIUM_PATH` if set,
 * else Playwright's own browser if it is installed, else Debian's `/usr/bin/chromium`.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const NO_CHROMIUM =
  'No Chromium found: set CHROMIUM_PATH, run `npx playwright install chromium`, or `apt-get install chromium`.';

/** The executable to launch, or `undefined` for Playwright's own. Throws NO_CHROMIUM when there is none. */
export function chromiumExecutable(
  env: Record<string, string | undefined> = process.env,
): string | undefined {
  const fromEnv = env['CHROMIUM_PATH'];
  if (fromEnv !== undefined && fromEnv !== '') {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist. ${NO_CHROMIUM}`);
    return fromEnv;
  }
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    // Playwright throws when its browsers were never installed: fall through.
  }
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(NO_CHROMIUM);
}

/** Flags for a headless Chromium on a machine without network access or a sandbox. */
export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
