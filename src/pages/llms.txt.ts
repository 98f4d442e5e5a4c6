import type { APIRoute } from 'astro';
import { getBoard, getFeeds } from '@/lib/content';
import { llmsTxt } from '@/lib/llmsTxt';
import { urls } from '@/lib/urls';

/** The site's index for language models and agents (https://llmstxt.org/). */
export const GET: APIRoute = async () =>
  new Response(llmsTxt(await getBoard(), await getFeeds(), urls), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
