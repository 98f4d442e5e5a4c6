/** Reads a built site's sitemap over HTTP, as a crawler would. */
import type { APIRequestContext } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';

const parser = new XMLParser({ isArray: (name) => name === 'url' || name === 'sitemap' });

export interface SitemapEntry {
  /** The URL as written (absolute, on the configured SITE_URL). */
  loc: string;
  /** Its path, to open on the preview server. */
  path: string;
  lastmod: string | undefined;
}

/** Every `<url>` of every sitemap the index at `indexPath` names. */
export async function readSitemap(request: APIRequestContext, indexPath: string): Promise<SitemapEntry[]> {
  const index = parser.parse(await (await request.get(indexPath)).text()) as {
    sitemapindex: { sitemap: { loc: string }[] };
  };
  const entries: SitemapEntry[] = [];
  for (const { loc } of index.sitemapindex.sitemap) {
    const doc = parser.parse(await (await request.get(new URL(loc).pathname)).text()) as {
      urlset: { url: { loc: string; lastmod?: string }[] };
    };
    for (const url of doc.urlset.url) {
      entries.push({ loc: url.loc, path: new URL(url.loc).pathname, lastmod: url.lastmod });
    }
  }
  return entries;
}
