// @ts-check
/**
 * The benchmark's baseline: the same generated jobs rendered by a bare Astro page (no
 * layout, no CSS, no integrations). `scripts/bench.ts` builds it with
 * `astro build --root bench/baseline`; node_modules resolve from the project root.
 */
import { defineConfig } from 'astro/config';

export default defineConfig({
  outDir: process.env.OUT_DIR || './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
});
