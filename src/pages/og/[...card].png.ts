import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getOgCards } from '@/lib/content';
import { OG_STEP } from '@/lib/ogCards';
import { renderAll } from '@/lib/ogImage';
import { ogCardPaths, ownOgCards } from '@/lib/paths';
import { recordTiming } from '@/lib/timings';

export const getStaticPaths = (async () => ogCardPaths(await getOgCards())) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

let images: Map<string, Promise<Uint8Array>> | undefined;

/** A link-preview card (1200 × 630 PNG); every card of this build (or shard) is drawn when the first is asked for. */
export const GET: APIRoute<Props> = async ({ props }) => {
  images ??= renderAll(ownOgCards(await getOgCards()), (ms) => recordTiming(OG_STEP, ms));
  const png = await images.get(props.card.key)!;
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
