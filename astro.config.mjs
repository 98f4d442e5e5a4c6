// @ts-check
import { createHash } from 'node:crypto';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import devContentCheck from './src/integrations/devContentCheck.ts';
import jobDocuments from './src/integrations/jobDocuments.ts';
import pagefindIndex from './src/integrations/pagefind.ts';
import { splitDataStore } from './src/integrations/splitDataStore.ts';
import { outputTrees } from './src/integrations/devWatch.ts';
import { contentDir } from './src/lib/contentDir.ts';
import { buildShard } from './src/lib/shard.ts';
import { sitemapOptions } from './src/integrations/sitemapPages.ts';
import shardOutput from './src/integrations/shardOutput.ts';
import { guideIntro, nestHeadings } from './src/lib/markdownPlugins.ts';

// `npm run build -- --shard K/N` builds one part of the site: refuse a malformed part at once.
try {
  buildShard();
} catch (error) {
  console.error(`build: ${/** @type {Error} */ (error).message}`);
  process.exit(1);
}

/** Where the site is served: SITE_URL is the origin, BASE_PATH the folder under it. */
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = process.env.BASE_PATH || '/';
// OUT_DIR lets tests build and serve a second content tree beside the real one.
const outDir = process.env.OUT_DIR || './dist';

export default defineConfig({
  site,
  base,
  outDir,
  // The content layer reuses cached entries between builds, matched by id and file digest but
  // not by folder: each content tree (CONTENT_DIR) gets its own cache, so switching trees
  // never mixes another tree's entries or file paths into a build.
  cacheDir: `./node_modules/.astro/${createHash('sha256').update(contentDir()).digest('hex').slice(0, 12)}`,
  trailingSlash: 'always',
  prerenderConflictBehavior: 'error',
  integrations: [
    // Guides (MDX) fold everything after their introduction: src/lib/markdownPlugins.ts.
    mdx({ processor: satteri({ hastPlugins: [guideIntro] }) }),
    // Closed jobs and the 404 page say noindex; the sitemap reads that (and
    // lastmod) from the built pages: see src/integrations/sitemapPages.ts.
    sitemap(sitemapOptions(outDir, base)),
    // `astro dev` only: the content checker at start and on every change.
    devContentCheck(),
    // /jobs/<id>.json from the one file src/pages/[jobDocuments].json.ts writes.
    jobDocuments(),
    // pagefindIndex after the pages: it indexes what the build wrote.
    pagefindIndex(),
    // Last: a sharded build (--shard K/N) keeps only its part (src/integrations/shardOutput.ts).
    shardOutput(),
  ],
  markdown: {
    // Job and company bodies sit under their page's h2: their headings start at h3.
    processor: satteri({ hastPlugins: [nestHeadings] }),
    // Shiki colours code with inline styles, which the CSP forbids; Prism uses classes.
    syntaxHighlight: 'prism',
  },
  // Astro's Node logger, with each page's route on a line of its own (four render at once).
  logger: { entrypoint: './src/integrations/buildLog.mjs' },
  build: {
    format: 'directory',
    // Page-specific styles (cards, market panels) stay files: inlined as <style>, the
    // _headers policy (style-src 'self', no per-build hashes) would block them.
    inlineStylesheets: 'never',
    // Each page is written with four awaited file operations (mkdir, open, write, close);
    // rendering the next pages meanwhile hides that latency. At 10,000 jobs the page
    // generation took 28-36 s with 4 against 38-48 s with 1 (alternating runs, same machine).
    concurrency: 4,
  },
  vite: {
    // splitDataStore: the content store's module as short string literals, which V8 compiles
    // in linear time (one literal of the store's size took quadratic time: minutes at 100,000 jobs).
    plugins: [tailwindcss(), splitDataStore()],
    // `astro dev` does not watch the build, test and benchmark outputs (src/integrations/devWatch.ts).
    server: { watch: { ignored: outputTrees(process.cwd(), contentDir()) } },
    build: {
      rolldownOptions: {
        // MDX's head-injection marker trips a harmless Rolldown warning on every .mdx file:
        // https://github.com/withastro/astro/issues/18087 (open). Everything else still warns.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject'))
            return;
          warn(warning);
        },
      },
    },
  },
});
