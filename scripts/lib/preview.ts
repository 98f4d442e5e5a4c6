/**
 * `astro preview` of a built site for the measuring scripts: started in its own process
 * group (so stopping it ends exactly what we started), on 127.0.0.1 and a given port.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export interface Preview {
  url: string;
  stop(): void;
}

function stop(child: ChildProcess) {
  if (child.pid !== undefined && child.exitCode === null) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
}

/** Serves the build in `OUT_DIR` (from `env`, else dist) and resolves once it answers. */
export async function startPreview(options: {
  root: string;
  port: number;
  env?: Record<string, string>;
}): Promise<Preview> {
  const child = spawn(
    path.join(options.root, 'node_modules/.bin/astro'),
    // --ignore-lock: Astro 7 refuses a second tracked preview otherwise.
    ['preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(options.port)],
    {
      cwd: options.root,
      env: { ...process.env, ...options.env, ASTRO_PREVIEW_BACKGROUND: '0' },
      stdio: 'ignore',
      detached: true,
    },
  );
  const url = `http://127.0.0.1:${options.port}/`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      await fetch(url);
      return { url, stop: () => stop(child) };
    } catch {
      if (Date.now() > deadline || child.exitCode !== null) {
        stop(child);
        throw new Error(`astro preview did not answer on ${url}`);
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}
