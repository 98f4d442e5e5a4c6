/** The benchmark's page-weight reader: what a first load fetches, gzipped, from `dist/`. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { isJobPage, isListing, pageWeight } from '../scripts/bench/weight';
import { tempDirs } from './helpers';

const tempDir = tempDirs();

const THEME = 'document.documentElement.dataset.theme="light"';

function site(files: Record<string, string>): string {
  const dist = tempDir('bench-weight-');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dist, name)), { recursive: true });
    writeFileSync(path.join(dist, name), text);
  }
  return dist;
}

const page = (head: string, body = '<h1>Job</h1>') =>
  `<!doctype html><html><head><script>${THEME}</script>${head}</head><body>${body}</body></html>`;

describe('pageWeight', () => {
  test('sums the gzipped HTML and its stylesheet, two requests, no script but the theme', () => {
    const html = page('<link rel="stylesheet" href="/_astro/site.css">');
    const css = 'body{color:red}'.repeat(50);
    const dist = site({ 'jobs/a/index.html': html, '_astro/site.css': css });
    const w = pageWeight(dist, '/jobs/a/', { allowedInline: [THEME] });
    expect(w.requests).toBe(2);
    expect(w.scripts).toEqual([]);
    // Each body gzipped as a server sends it (level 6), computed here rather than by the module.
    const gzipped = (text: string) => gzipSync(text, { level: 6 }).length;
    expect(w.bytes).toBe(gzipped(html) + gzipped(css));
  });

  test('counts module scripts and the chunks they import, and reports them as JavaScript', () => {
    const dist = site({
      'index.html': page('<script type="module" src="/_astro/app.js"></script>'),
      '_astro/app.js': 'import{a}from"./chunk.js";a();',
      '_astro/chunk.js': 'export const a=()=>1;',
    });
    const w = pageWeight(dist, '/', { allowedInline: [THEME] });
    expect(w.requests).toBe(3);
    expect(w.scripts).toEqual(['/_astro/app.js']);
  });

  test('reports inline scripts other than the theme script, and ignores JSON-LD', () => {
    const dist = site({
      'index.html': page(
        '<script type="application/ld+json">{"@type":"JobPosting"}</script><script>track()</script>',
      ),
    });
    const w = pageWeight(dist, '/', { allowedInline: [THEME] });
    expect(w.scripts).toEqual(['inline: track()']);
    expect(w.requests).toBe(1);
  });

  test('follows url() in CSS and names web fonts; data: URIs cost no request', () => {
    const dist = site({
      'index.html': page(
        '<link rel="stylesheet" href="/_astro/site.css"><link rel="icon" href="data:image/svg+xml,x">',
      ),
      '_astro/site.css': '@font-face{src:url(./inter.woff2)}',
      '_astro/inter.woff2': 'font',
    });
    const w = pageWeight(dist, '/', { allowedInline: [THEME] });
    expect(w.requests).toBe(3);
    expect(w.fonts).toEqual(['./inter.woff2']);
  });
});

describe('page kinds', () => {
  test('tells job pages from listing pages', () => {
    expect(isJobPage('/jobs/acme-go-engineer/')).toBe(true);
    expect(isJobPage('/jobs/2/')).toBe(false);
    for (const url of [
      '/',
      '/jobs/',
      '/jobs/3/',
      '/skills/',
      '/skills/go/',
      '/skills/go/2/',
      '/companies/acme/',
    ]) {
      expect(isListing(url)).toBe(true);
    }
    expect(isListing('/jobs/acme-go-engineer/')).toBe(false);
  });
});
