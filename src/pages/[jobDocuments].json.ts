import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getBoard } from '@/lib/content';
import { jobDocumentsPaths } from '@/lib/paths';
import { urls } from '@/lib/urls';

/**
 * Every job's JSON document, each validated against the published schema, in one file that
 * src/integrations/jobDocuments.ts splits into /jobs/<id>.json at the end of the build.
 */
export const getStaticPaths = (async () =>
  jobDocumentsPaths(await getBoard(), urls)) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(JSON.stringify(props.documents), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
