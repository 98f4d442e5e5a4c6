import type { APIRoute } from 'astro';
import { getBoard } from '@/lib/content';
import { feedItems, jsonFeed } from '@/lib/feeds';
import { SITE } from '@/lib/site';
import { urls } from '@/lib/urls';

/** JSON Feed 1.1 of every open job, newest first. */
export const GET: APIRoute = async () => {
  const board = await getBoard();
  const feed = jsonFeed({
    title: `${SITE.title}: open jobs`,
    description: SITE.description,
    homePageUrl: urls.absolute(urls.home()),
    feedUrl: urls.absolute(urls.jobsJsonFeed()),
    language: SITE.lang,
    items: feedItems(board.openJobs, urls),
  });
  return new Response(JSON.stringify(feed, null, 2), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
};
