import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getBoard } from '@/lib/content';
import { feedItems, rssChannel, rssItems } from '@/lib/feeds';
import { SITE } from '@/lib/site';
import { urls } from '@/lib/urls';

/** RSS 2.0 of every open job, newest first. */
export const GET: APIRoute = async () => {
  const board = await getBoard();
  return rss({
    title: `${SITE.title}: open jobs`,
    description: SITE.description,
    site: urls.absolute(urls.home()),
    ...rssChannel(urls.absolute(urls.jobsRss()), SITE.lang),
    items: rssItems(feedItems(board.openJobs, urls)),
  });
};
