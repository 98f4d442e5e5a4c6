import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getBoard } from '@/lib/content';
import { feedItems, rssChannel, rssItems } from '@/lib/feeds';
import { skillFeedPaths } from '@/lib/paths';
import { SITE } from '@/lib/site';
import { urls } from '@/lib/urls';

export const getStaticPaths = (async () => skillFeedPaths(await getBoard())) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

/** RSS 2.0 of the open jobs that need one skill. */
export const GET: APIRoute<Props> = ({ props }) =>
  rss({
    title: `${SITE.title}: open ${props.skill.name} jobs`,
    description: `Open jobs on ${SITE.title} that need ${props.skill.name}.`,
    site: urls.absolute(urls.skill(props.skill.id)),
    ...rssChannel(urls.absolute(urls.skillRss(props.skill.id)), SITE.lang),
    items: rssItems(feedItems(props.jobs, urls)),
  });
