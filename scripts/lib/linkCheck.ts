/**
 * The link checker behind `npm run check:links`: every internal link, asset, `#fragment`,
 * feed URL and sitemap URL of a built site must resolve to a file in that build.
 * Reads the output folder only; no server, no network.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export interface LinkCheckOptions {
  /** The built site, e.g. `dist-base`. */
  dir: string;
  /** The base path it was built for, e.g. `/careers/`. */
  base: string;
  /** The origin it was built for (Astro's `site`), e.g. `http://localhost:4321`. */
  site: string;
}

export interface BrokenLink {
  /** The file the link is in, relative to `dir`. */
  file: string;
  /** The link as written. */
  url: string;
  reason: string;
}

const HTML_ATTRS = new Set(['href', 'src', 'srcset', 'poster', 'action', 'data']);

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = path.join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(full);
    }
  };
  walk(dir);
  return out.sort();
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([\da-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(parseInt(d, 10)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The tags of an HTML document, with script and style bodies and comments removed. */
function tags(html: string): string[] {
  const stripped = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style)\b([^>]*)>[\s\S]*?<\/\1\s*>/gi, '<$1$2>');
  return stripped.match(/<[a-z][^>]*>/gi) ?? [];
}

function attributes(tag: string): [string, string][] {
  const out: [string, string][] = [];
  for (const m of tag.matchAll(/\s([a-z][\w:-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/gi)) {
    out.push([m[1]!.toLowerCase(), decodeEntities(m[2] ?? m[3] ?? m[4] ?? '')]);
  }
  return out;
}

/** `<meta>` whose `content` is a URL. */
const META_URLS = new Set(['og:image', 'og:url', 'twitter:image']);

/** Every link-like value in an HTML page (href, src, each srcset candidate…). */
export function htmlLinks(html: string): string[] {
  const links: string[] = [];
  for (const tag of tags(html)) {
    if (/^<meta\b/i.test(tag)) {
      // Link previews: og:image and og:url are URLs of this site in a `content` attribute.
      const attrs = new Map(attributes(tag));
      const key = attrs.get('property') ?? attrs.get('name');
      const content = attrs.get('content');
      if (key !== undefined && META_URLS.has(key) && content !== undefined) links.push(content.trim());
      continue;
    }
    for (const [name, value] of attributes(tag)) {
      if (!HTML_ATTRS.has(name)) continue;
      if (name === 'srcset') {
        for (const candidate of value.split(',')) {
          const url = candidate.trim().split(/\s+/)[0];
          if (url) links.push(url);
        }
      } else if (name !== 'data' || /^<object\b/i.test(tag)) {
        links.push(value.trim());
      }
    }
  }
  return links;
}

/** The ids (and `<a name>`s) a page offers as `#fragment` targets. */
export function htmlIds(html: string): Set<string> {
  const ids = new Set<string>();
  for (const tag of tags(html)) {
    for (const [name, value] of attributes(tag)) {
      if (name === 'id' || (name === 'name' && /^<a\b/i.test(tag))) ids.add(value);
    }
  }
  return ids;
}

/** A string at `path` inside a parsed JSON value, if there is one. */
function stringAt(value: unknown, ...path: string[]): string | undefined {
  let v = value;
  for (const key of path)
    v = typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[key] : undefined;
  return typeof v === 'string' ? v : undefined;
}

/**
 * Our URLs in a JSON file: a JSON Feed's home, feed and item URLs; a job document's schema,
 * page and company page (`src/lib/jobDocument.ts`; its apply and website URLs are other
 * sites'); a JSON Schema's `$id`.
 */
function jsonLinks(text: string): string[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return [];
  }
  if (typeof json !== 'object' || json === null) return [];
  const links =
    'version' in json
      ? [
          stringAt(json, 'home_page_url'),
          stringAt(json, 'feed_url'),
          ...((json as { items?: unknown[] }).items ?? []).map((i) => stringAt(i, 'url')),
        ]
      : '$id' in json
        ? [stringAt(json, '$id')]
        : '$schema' in json
          ? [stringAt(json, '$schema'), stringAt(json, 'url'), stringAt(json, 'company', 'url')]
          : [];
  return links.filter((u): u is string => u !== undefined);
}

/**
 * URLs in a feed, sitemap or text file: RSS `<link>`, permalink `<guid>`, sitemap `<loc>`,
 * JSON files (`jsonLinks`), Markdown links in llms.txt and `Sitemap:` lines in robots.txt.
 */
export function feedLinks(file: string, text: string): string[] {
  if (file.endsWith('.json')) return jsonLinks(text);
  if (file.endsWith('.txt')) {
    const links = [...text.matchAll(/\]\(([^)\s]*)\)/g)].map((m) => m[1]!);
    for (const m of text.matchAll(/^Sitemap:\s*(\S+)/gim)) links.push(m[1]!);
    return links;
  }
  const links: string[] = [];
  for (const m of text.matchAll(/<(loc|link)>([^<]*)<\/\1>/g)) links.push(decodeEntities(m[2]!.trim()));
  for (const m of text.matchAll(/<guid\b[^>]*isPermaLink="true"[^>]*>([^<]*)<\/guid>/g))
    links.push(decodeEntities(m[1]!.trim()));
  for (const m of text.matchAll(/<atom:link\b[^>]*\shref="([^"]*)"/g)) links.push(decodeEntities(m[1]!));
  return links;
}

/** Checks a built site; returns every broken link (empty when all resolve). */
export function checkLinks(options: LinkCheckOptions): BrokenLink[] {
  const dir = path.resolve(options.dir);
  if (!existsSync(dir)) {
    return [{ file: options.dir, url: '', reason: 'the built site does not exist; build it first' }];
  }
  const base = `/${options.base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const origin = new URL(options.site).origin;
  const files = listFiles(dir);
  const idCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idCache.get(file);
    if (ids === undefined) {
      ids = htmlIds(readFileSync(file, 'utf8'));
      idCache.set(file, ids);
    }
    return ids;
  };

  /** The file a URL path points to, or why it points nowhere. */
  const resolve = (pathname: string): { file: string } | { reason: string } => {
    if (!pathname.startsWith(base)) return { reason: `is outside the base path ${base}` };
    let inside: string;
    try {
      inside = decodeURIComponent(pathname.slice(base.length));
    } catch {
      return { reason: 'is not a valid URL path' };
    }
    const target = path.join(dir, inside);
    if (!target.startsWith(dir)) return { reason: 'leaves the site folder' };
    if (pathname.endsWith('/')) {
      const index = path.join(target, 'index.html');
      return existsSync(index) ? { file: index } : { reason: 'no page at this address' };
    }
    if (existsSync(target) && statSync(target).isFile()) return { file: target };
    if (existsSync(path.join(target, 'index.html'))) {
      return { reason: 'page URLs end with a slash on this site; add the trailing /' };
    }
    return { reason: 'no file at this address' };
  };

  const broken: BrokenLink[] = [];
  for (const file of files) {
    const rel = path.relative(dir, file).split(path.sep).join('/');
    const isHtml = file.endsWith('.html');
    const isFeed = /\.(xml|json|txt)$/.test(file);
    if (!isHtml && !isFeed) continue;
    const text = readFileSync(file, 'utf8');
    const pageUrl = new URL(`${base}${rel.replace(/(^|\/)index\.html$/, '$1')}`, origin);
    const links = isHtml ? htmlLinks(text) : feedLinks(rel, text);
    for (const raw of links) {
      const report = (reason: string) => broken.push({ file: rel, url: raw, reason });
      if (raw === '') {
        report('is empty');
        continue;
      }
      if (isFeed && !/^https?:\/\//.test(raw)) {
        report('feed and sitemap URLs must be absolute');
        continue;
      }
      let url: URL;
      try {
        url = new URL(raw, pageUrl);
      } catch {
        report('is not a valid URL');
        continue;
      }
      if (url.protocol === 'mailto:' || url.protocol === 'tel:' || url.protocol === 'data:') continue;
      if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        report(`uses the ${url.protocol} scheme`);
        continue;
      }
      if (url.origin !== origin) {
        // Other sites are not ours to check, but feeds and sitemaps only list our pages.
        if (isFeed) report(`points to ${url.origin}, not to the site ${origin}`);
        continue;
      }
      const target = resolve(url.pathname);
      if ('reason' in target) {
        report(target.reason);
        continue;
      }
      const fragment = url.hash.slice(1);
      if (fragment !== '' && target.file.endsWith('.html')) {
        const id = decodeURIComponent(fragment);
        if (!idsOf(target.file).has(id)) report(`the target page has no element with id "${id}"`);
      }
    }
  }
  return broken;
}

/** One line per broken URL and reason, naming the files it is in (a header link is in all). */
export function formatBroken(broken: readonly BrokenLink[], maxFiles = 5): string {
  const groups = new Map<string, { url: string; reason: string; files: Set<string> }>();
  for (const b of broken) {
    const key = `${b.url}\u0000${b.reason}`;
    const group = groups.get(key) ?? { url: b.url, reason: b.reason, files: new Set<string>() };
    group.files.add(b.file);
    groups.set(key, group);
  }
  return [...groups.values()]
    .map(({ url, reason, files }) => {
      const list = [...files];
      const more = list.length > maxFiles ? ` and ${list.length - maxFiles} more` : '';
      return `  ${url || '(empty)'}: ${reason}\n    in ${list.slice(0, maxFiles).join(', ')}${more}`;
    })
    .join('\n');
}
