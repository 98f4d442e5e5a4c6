/**
 * Page weight from the built files, without a browser: what a first load of a page
 * fetches (the HTML, its stylesheets, scripts, module imports, images, and url()s inside
 * the CSS), each gzipped as a server would send it. Sizes are deterministic, so the
 * byte budgets can run in CI.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  /** The URL path, e.g. `/jobs/`. */
  url: string;
  /** Sum of the gzipped bodies of every request of the first load. */
  bytes: number;
  requests: number;
  /** Scripts other than the allowed inline ones (external files or other inline code). */
  scripts: string[];
  /** Web fonts among the requests. */
  fonts: string[];
}

const gzipCache = new Map<string, number>();

/** Gzipped size of a file (level 6, nginx's and most CDNs' setting). */
function gzipSize(file: string): number {
  let size = gzipCache.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(file), { level: 6 }).length;
    gzipCache.set(file, size);
  }
  return size;
}

/** The file in `dist` that serves `url` (`/jobs/` -> `jobs/index.html`), or undefined. */
export function fileFor(dist: string, url: string, base = '/'): string | undefined {
  let p = url.split(/[?#]/)[0]!;
  if (/^[a-z]+:/i.test(p) || p.startsWith('//')) return undefined;
  if (p.startsWith(base)) p = `/${p.slice(base.length)}`;
  if (p.endsWith('/')) p += 'index.html';
  const file = path.join(dist, decodeURIComponent(p));
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

const attr = (tag: string, name: string) =>
  new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(1).find(Boolean);

const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

function resolveFrom(dist: string, from: string, ref: string, base: string): string | undefined {
  if (ref.startsWith('data:')) return undefined;
  if (ref.startsWith('/')) return fileFor(dist, ref, base);
  const dir = path.posix.dirname(`/${path.relative(dist, from).split(path.sep).join('/')}`);
  return fileFor(dist, path.posix.join(dir, ref), '/');
}

/**
 * Weight of one page's first load. `allowedInline` holds the inline scripts that are
 * allowed (the theme script); anything else that runs as JavaScript is listed in `scripts`.
 */
export function pageWeight(
  dist: string,
  url: string,
  options: { base?: string; allowedInline?: readonly string[] } = {},
): PageWeight {
  const base = options.base ?? '/';
  const htmlFile = fileFor(dist, url, base);
  if (htmlFile === undefined) throw new Error(`${url}: no such page in ${dist}`);
  const html = readFileSync(htmlFile, 'utf8');
  const files = new Set<string>([htmlFile]);
  const scripts: string[] = [];
  const fonts: string[] = [];
  const queue: string[] = [];
  const add = (file: string | undefined) => {
    if (file !== undefined && !files.has(file)) {
      files.add(file);
      queue.push(file);
    }
  };

  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const tag = `<script${m[1]}>`;
    const type = (attr(tag, 'type') ?? '').toLowerCase();
    if (!JS_TYPES.has(type)) continue;
    const src = attr(tag, 'src');
    if (src !== undefined) {
      scripts.push(src);
      add(resolveFrom(dist, htmlFile, src, base));
    } else if (!(options.allowedInline ?? []).includes(m[2]!.trim())) {
      scripts.push(`inline: ${m[2]!.trim().slice(0, 60)}`);
    }
  }
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attr(m[0], 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attr(m[0], 'href');
    if (href === undefined) continue;
    if (
      rel.includes('stylesheet') ||
      rel.includes('modulepreload') ||
      rel.includes('preload') ||
      rel.includes('icon')
    ) {
      if (rel.includes('modulepreload')) scripts.push(href);
      add(resolveFrom(dist, htmlFile, href, base));
    }
  }
  for (const m of html.matchAll(/<img\b[^>]*>/gi)) {
    const src = attr(m[0], 'src');
    if (src !== undefined) add(resolveFrom(dist, htmlFile, src, base));
  }
  // Follow what the fetched files fetch in turn: CSS url()s and @imports, JS static imports.
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (file.endsWith('.css')) {
      const css = readFileSync(file, 'utf8');
      for (const m of css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)|@import\s+["']([^"']+)["']/g)) {
        const ref = (m[1] ?? m[2])!;
        const target = resolveFrom(dist, file, ref, base);
        if (target !== undefined && /\.(woff2?|ttf|otf|eot)$/i.test(target)) fonts.push(ref);
        add(target);
      }
    } else if (/\.m?js$/.test(file)) {
      const js = readFileSync(file, 'utf8');
      for (const m of js.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
        add(resolveFrom(dist, file, m[1]!, base));
      }
    }
  }
  let bytes = 0;
  for (const file of files) bytes += gzipSize(file);
  return { url, bytes, requests: files.size, scripts, fonts };
}

/** Every file under `dir`, as paths relative to it with `/` separators. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string, rel: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const r = rel === '' ? entry.name : `${rel}/${entry.name}`;
      if (entry.isDirectory()) walk(path.join(d, entry.name), r);
      else out.push(r);
    }
  };
  if (existsSync(dir)) walk(dir, '');
  return out;
}

/** Total bytes and file count of a folder. */
export function folderSize(dir: string): { bytes: number; files: number } {
  const files = listFiles(dir);
  let bytes = 0;
  for (const f of files) bytes += statSync(path.join(dir, f)).size;
  return { bytes, files: files.length };
}

/** The URL of a built HTML file (`jobs/2/index.html` -> `/jobs/2/`). */
export function urlOf(htmlFile: string): string {
  return `/${htmlFile.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Listing pages: the home page, `/jobs/` and its pages, skill and company pages and their pages. */
export function isListing(url: string): boolean {
  return (
    url === '/' || /^\/jobs\/(\d+\/)?$/.test(url) || /^\/(skills|companies)\/([^/]+\/)?(\d+\/)?$/.test(url)
  );
}

/** A job page: `/jobs/<id>/` where the id is not a page number. */
export function isJobPage(url: string): boolean {
  return /^\/jobs\/[^/]+\/$/.test(url) && !/^\/jobs\/\d+\/$/.test(url);
}
