/**
 * What the sitemap learns from the built pages themselves. The sitemap runs in
 * `astro.config.mjs`, where the content collections cannot be queried; the pages already
 * know the answer: a page that must stay out of search engines (a closed job, the 404
 * page) carries `<meta name="robots" content="noindex">`, and a page
 * whose content has a date carries `<meta property="og:updated_time">` (BaseLayout writes
 * both). So the rule "noindex pages are not in the sitemap" needs no second list of
 * closed jobs that could drift from the board's. (/search/ stays crawlable, so
 * astro.config.mjs leaves it out by URL.)
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import path from 'node:path';
import type { SitemapItem, SitemapOptions } from '@astrojs/sitemap';
import { createUrls } from '../lib/urls';

export interface PageMeta {
  noindex: boolean;
  modified: string | undefined;
}

const attr = (tag: string, name: string) =>
  new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
    .exec(tag)
    ?.slice(1)
    .find((v) => v !== undefined);

/** Reads the robots and updated-time meta tags of a built page. */
export function pageMeta(html: string): PageMeta {
  const end = html.search(/<\/head>/i);
  const head = end === -1 ? html : html.slice(0, end);
  let noindex = false;
  let modified: string | undefined;
  for (const [tag] of head.matchAll(/<meta\s[^>]*>/gi)) {
    const name = attr(tag, 'name')?.toLowerCase();
    const property = attr(tag, 'property')?.toLowerCase();
    const content = attr(tag, 'content') ?? '';
    if (name === 'robots' && /\bnoindex\b/i.test(content)) noindex = true;
    if (property === 'og:updated_time' && content !== '') modified = content;
  }
  return { noindex, modified };
}

/** The built file behind a page URL: `https://x.org/careers/jobs/a/` -> `<outDir>/jobs/a/index.html`. */
export function builtFile(outDir: string, base: string, url: string): string {
  const pathname = decodeURIComponent(new URL(url).pathname);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const inside = pathname.startsWith(prefix) ? pathname.slice(prefix.length) : pathname.replace(/^\/+/, '');
  return path.join(outDir, inside, pathname.endsWith('/') ? 'index.html' : '');
}

const HEAD_BYTES = 16 * 1024;
const headBuffer = Buffer.alloc(HEAD_BYTES);

/**
 * The start of a built page, through its `</head>`: the meta tags are all there, so
 * reading the rest of every page is wasted. Synchronous on purpose: the sitemap asks for
 * one page at a time, and at 10,000 pages a promise round trip per read costs seconds
 * (3.9 s against 0.4 s), while nothing else runs during `astro:build:done`.
 */
export function readHead(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const length = readSync(fd, headBuffer, 0, HEAD_BYTES, 0);
    const start = headBuffer.toString('utf8', 0, length);
    // A head longer than the buffer (or a page without one): read it all.
    return /<\/head>/i.test(start) || length < HEAD_BYTES ? start : readFileSync(file, 'utf8');
  } finally {
    closeSync(fd);
  }
}

/** A `serialize` hook for @astrojs/sitemap: drops noindex pages, sets lastmod from the page. */
export function sitemapSerializer(outDir: string, base: string) {
  return (item: SitemapItem): SitemapItem | undefined => {
    const meta = pageMeta(readHead(builtFile(outDir, base, item.url)));
    if (meta.noindex) return undefined;
    return meta.modified !== undefined ? { ...item, lastmod: meta.modified } : item;
  };
}

/**
 * The sitemap's options, for the build (astro.config.mjs) and for `npm run merge`, which
 * writes the sitemap of joined shards: both must list the same pages the same way.
 */
export function sitemapOptions(outDir: string, base: string): SitemapOptions {
  const urls = createUrls(base);
  return {
    // /search/ is crawlable (its results canonicalise to it) but no page to list.
    // /admin/ (the form editor) is for editors, never for search engines.
    filter: (page) => ![urls.search(), urls.path('admin/')].includes(new URL(page).pathname),
    serialize: sitemapSerializer(path.resolve(outDir), base),
  };
}
