/** What `astro dev` leaves unwatched (src/integrations/devWatch.ts). */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { outputTrees } from '@/integrations/devWatch';

const root = path.resolve('/project');
const at = (...parts: string[]) => path.join(root, ...parts);

describe('the dev server’s watcher', () => {
  const ignored = outputTrees(root, at('content'));

  test('skips what builds, tests and the benchmark write', () => {
    for (const file of [
      at('dist', 'index.html'),
      at('dist-fixtures', 'jobs', 'index.html'),
      at('dist-base'),
      at('parts', '1', 'index.html'),
      at('bench', 'tmp', '100000', 'content', 'jobs', 'job-000001.md'),
      at('bench', 'tmp', '100000', 'dist', 'pagefind', 'fragment', 'en_1.pf_fragment'),
      at('bench', 'out', 'a.json'),
      at('playwright-report', 'index.html'),
    ])
      expect(ignored(file), file).toBe(true);
  });

  test('watches the content, the code and the committed results', () => {
    for (const file of [
      at('content', 'jobs', 'a.md'),
      at('src', 'pages', 'index.astro'),
      at('astro.config.mjs'),
      at('bench', 'results', 'x.json'),
      at('bench', 'baseline', 'src', 'pages', 'index.astro'),
      at('distance.md'),
    ])
      expect(ignored(file), file).toBe(false);
  });

  test('watches a content folder inside an output tree, and the folders above it', () => {
    const bench = outputTrees(root, at('bench', 'tmp', '10000', 'content'));
    expect(bench(at('bench', 'tmp', '10000', 'content', 'jobs', 'a.md'))).toBe(false);
    expect(bench(at('bench', 'tmp', '10000'))).toBe(false);
    expect(bench(at('bench', 'tmp', '10000', 'dist', 'index.html'))).toBe(true);
    expect(bench(at('bench', 'tmp', '100000', 'content', 'jobs', 'a.md'))).toBe(true);
  });
});
