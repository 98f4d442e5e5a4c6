import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { APIRoute } from 'astro';

/** Sveltia CMS's bundle from its npm package (pinned in package.json), served from this site. */
export const GET: APIRoute = async () =>
  new Response(await readFile(path.resolve('node_modules/@sveltia/cms/dist/sveltia-cms.js')), {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
