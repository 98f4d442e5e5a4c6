import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getFeeds } from '@/lib/content';
import { rssFeed } from '@/lib/feeds';
import { urls } from '@/lib/urls';

/** RSS 2.0 of the newest open remote jobs. */
export const GET: APIRoute = async () => rss(rssFeed((await getFeeds()).remote, urls));
