import { createHash } from 'node:crypto';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { HIGHLIGHT_PARAM } from './searchState';

/**
 * The inline site script (theme and search trigger): `src/scripts/site.ts`, type-checked
 * like the rest of the code, compiled and minified here when the build (or a test, or
 * `npm run build:headers`) first imports this module. One esbuild version compiles it
 * everywhere, so the page and the `_headers` policy always agree on its hash.
 *
 * The path is taken from the working directory, the project root for every npm script:
 * inside Astro's build this module is bundled elsewhere, so its own URL would not lead to
 * the source.
 */
export const SITE_SCRIPT_SOURCE = path.resolve('src/scripts/site.ts');

function compile(): string {
  const result = buildSync({
    entryPoints: [SITE_SCRIPT_SOURCE],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    write: false,
    legalComments: 'none',
    define: { HIGHLIGHT_PARAM: JSON.stringify(HIGHLIGHT_PARAM) },
  });
  // The page has no other script to be strict with: the directive is 13 bytes on every page.
  return result.outputFiles[0]!.text.trim().replace(/^"use strict";/, '');
}

/** The script, minified (about 2 KB, under 1 KB gzipped: tests/siteScript.test.ts). */
export const SITE_SCRIPT: string = compile();

/** `sha256-…` of the script, for the Content-Security-Policy. */
export const SITE_SCRIPT_HASH: `sha256-${string}` = `sha256-${createHash('sha256').update(SITE_SCRIPT).digest('base64')}`;
