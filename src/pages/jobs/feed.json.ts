import type { APIRoute } from 'astro';
import { getFeeds } from '@/lib/content';
import { feedChannel, feedItems, jsonFeed } from '@/lib/feeds';
import { SITE } from '@/lib/site';
import { urls } from '@/lib/urls';

/** JSON Feed 1.1 of the newest open jobs on the board (the same items as its RSS). */
export const GET: APIRoute = async () => {
  const { all } = await getFeeds();
  const channel = feedChannel(all, urls);
  const feed = jsonFeed({
    title: channel.title,
    description: channel.description,
    homePageUrl: channel.pageUrl,
    feedUrl: urls.absolute(urls.jobsJsonFeed()),
    language: SITE.lang,
    items: feedItems(all.jobs, urls),
  });
  return new Response(JSON.stringify(feed, null, 2), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
};
