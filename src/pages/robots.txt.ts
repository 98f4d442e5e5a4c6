import type { APIRoute } from 'astro';
import { urls } from '@/lib/urls';

/**
 * Crawlers read robots.txt at the origin's root only; under a base path this file is a
 * template for the host's own (the README says so). The sitemap URL carries the base.
 */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${urls.absolute(urls.path('sitemap-index.xml'))}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
