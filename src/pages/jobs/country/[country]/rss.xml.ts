import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getFeeds } from '@/lib/content';
import { rssFeed } from '@/lib/feeds';
import { countryFeedPaths } from '@/lib/paths';
import { urls } from '@/lib/urls';

export const getStaticPaths = (async () => countryFeedPaths(await getFeeds())) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

/** RSS 2.0 of the newest open jobs in one country (remote jobs open to it included). */
export const GET: APIRoute<Props> = ({ props }) => rss(rssFeed(props.listing, urls));
