import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { checkLinks, formatBroken, htmlLinks } from '../scripts/lib/linkCheck';

const SITE = 'https://example.org';
const BASE = '/careers/';
let dirs: string[] = [];

/** Writes a tiny built site: `files` maps paths below the output folder to their text. */
function site(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'linkcheck-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const page = (body: string) =>
  `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`;

/** A clean site: every kind of link resolves. */
const CLEAN: Record<string, string> = {
  'index.html': page(
    `<a href="/careers/jobs/">Jobs</a> <a href="jobs/a/#apply">Apply</a> <a href="#top" id="top">Top</a>
     <img src="/careers/_astro/logo.svg" srcset="/careers/_astro/logo.svg 1x, _astro/logo.svg 2x" alt="">
     <a href="https://other.example.com/x">Elsewhere</a> <a href="mailto:jobs@example.org">Mail</a>
     <script type="application/ld+json">{"url":"/careers/nowhere/"}</script>`,
  ),
  'jobs/index.html': page('<a href="../">Home</a> <a href="/careers/jobs/a/">A</a>'),
  'jobs/a/index.html': page('<h2 id="apply">Apply</h2><a href="https://example.org/careers/">Home</a>'),
  '_astro/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  'jobs/rss.xml':
    '<?xml version="1.0"?><rss version="2.0"><channel><link>https://example.org/careers/</link><item><link>https://example.org/careers/jobs/a/</link><guid isPermaLink="true">https://example.org/careers/jobs/a/</guid></item></channel></rss>',
  'jobs/feed.json': JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    home_page_url: 'https://example.org/careers/',
    feed_url: 'https://example.org/careers/jobs/feed.json',
    items: [{ id: '1', url: 'https://example.org/careers/jobs/a/' }],
  }),
  // A job document: its apply and website URLs are other sites', never checked.
  'jobs/a.json': JSON.stringify({
    $schema: 'https://example.org/careers/schemas/job.json',
    url: 'https://example.org/careers/jobs/a/',
    company: { website: 'https://acme.example.com', url: 'https://example.org/careers/jobs/' },
    apply: { url: 'https://jobs.acme.example.com/1', kind: 'web' },
  }),
  'schemas/job.json': JSON.stringify({
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://example.org/careers/schemas/job.json',
  }),
  'llms.txt':
    '# Site\n\n> About.\n\n## Feeds\n\n- [All jobs](https://example.org/careers/jobs/rss.xml): pattern https://example.org/careers/jobs/{id}.json\n',
  'robots.txt': 'User-agent: *\n\nSitemap: https://example.org/careers/sitemap-index.xml\n',
  'sitemap-index.xml':
    '<sitemapindex><sitemap><loc>https://example.org/careers/sitemap-0.xml</loc></sitemap></sitemapindex>',
  'sitemap-0.xml': '<urlset><url><loc>https://example.org/careers/jobs/a/</loc></url></urlset>',
};

afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

describe('checkLinks', () => {
  test('passes a site whose links, assets, fragments, feeds and sitemap all resolve', () => {
    expect(checkLinks({ dir: site(CLEAN), base: BASE, site: SITE })).toEqual([]);
  });

  test.each([
    ['an internal href', 'index.html', page('<a href="/careers/jobs/b/">B</a>'), '/careers/jobs/b/'],
    [
      'an image src',
      'index.html',
      page('<img src="/careers/_astro/gone.png" alt="">'),
      '/careers/_astro/gone.png',
    ],
    [
      'a srcset candidate',
      'index.html',
      page('<img src="_astro/logo.svg" srcset="_astro/big.svg 2x" alt="">'),
      '_astro/big.svg',
    ],
    [
      'a #fragment with no target',
      'jobs/index.html',
      page('<a href="/careers/jobs/a/#salary">Pay</a>'),
      '/careers/jobs/a/#salary',
    ],
    [
      'a link to the origin without the base',
      'jobs/index.html',
      page('<a href="/jobs/a/">A</a>'),
      '/jobs/a/',
    ],
    [
      'an absolute link to the origin without the base',
      'jobs/index.html',
      page('<a href="https://example.org/jobs/a/">A</a>'),
      'https://example.org/jobs/a/',
    ],
    [
      'a page URL without its trailing slash',
      'jobs/index.html',
      page('<a href="/careers/jobs/a">A</a>'),
      '/careers/jobs/a',
    ],
    [
      'an RSS item link',
      'jobs/rss.xml',
      '<rss><channel><link>https://example.org/careers/</link><item><link>https://example.org/careers/jobs/closed/</link></item></channel></rss>',
      'https://example.org/careers/jobs/closed/',
    ],
    [
      'a JSON Feed item url',
      'jobs/feed.json',
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        items: [{ url: 'https://example.org/careers/jobs/z/' }],
      }),
      'https://example.org/careers/jobs/z/',
    ],
    [
      'a job document’s page URL',
      'jobs/a.json',
      JSON.stringify({
        $schema: 'https://example.org/careers/schemas/job.json',
        url: 'https://example.org/careers/jobs/gone/',
      }),
      'https://example.org/careers/jobs/gone/',
    ],
    [
      'a JSON Schema’s $id without the base',
      'schemas/job.json',
      JSON.stringify({ $id: 'https://example.org/schemas/job.json' }),
      'https://example.org/schemas/job.json',
    ],
    [
      'an llms.txt link without the base',
      'llms.txt',
      '# Site\n\n- [Jobs](https://example.org/jobs/): all',
      'https://example.org/jobs/',
    ],
    ['a relative llms.txt link', 'llms.txt', '# Site\n\n- [Jobs](/careers/jobs/): all', '/careers/jobs/'],
    [
      'a sitemap <loc>',
      'sitemap-0.xml',
      '<urlset><url><loc>https://example.org/careers/404/</loc></url></urlset>',
      'https://example.org/careers/404/',
    ],
    [
      'a feed URL on another origin',
      'sitemap-0.xml',
      '<urlset><url><loc>http://localhost:4321/careers/</loc></url></urlset>',
      'http://localhost:4321/careers/',
    ],
  ])('fails on %s', (_, file, text, url) => {
    const broken = checkLinks({ dir: site({ ...CLEAN, [file]: text }), base: BASE, site: SITE });
    expect(broken.map((b) => [b.file, b.url])).toEqual([[file, url]]);
    expect(formatBroken(broken)).toContain(url);
  });

  test('fails when the site has not been built', () => {
    const broken = checkLinks({ dir: path.join(tmpdir(), 'no-such-site-here'), base: BASE, site: SITE });
    expect(broken).toHaveLength(1);
    expect(broken[0]!.reason).toMatch(/build it first/);
  });
});

describe('htmlLinks', () => {
  test('reads attributes of tags only, not text or JSON-LD', () => {
    const html = page(
      '<p>href="/a/"</p><script type="application/ld+json">{"href":"/b/"}</script><a href=\'/c/\'>c</a>',
    );
    expect(htmlLinks(html)).toEqual(['/c/']);
  });

  test('decodes entities in attribute values', () => {
    expect(htmlLinks('<a href="/a/?x=1&amp;y=2">a</a>')).toEqual(['/a/?x=1&y=2']);
  });

  test('reads the link-preview image and URL, not other meta content', () => {
    const html =
      '<meta property="og:image" content="https://example.org/og/site.png">' +
      '<meta property="og:url" content="https://example.org/">' +
      '<meta name="description" content="/not/a/link/">';
    expect(htmlLinks(html)).toEqual(['https://example.org/og/site.png', 'https://example.org/']);
  });
});
