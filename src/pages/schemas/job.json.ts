import type { APIRoute } from 'astro';
import { jobDocumentJsonSchema } from '@/lib/jobDocument';
import { urls } from '@/lib/urls';

/** The JSON Schema (draft 2020-12) of the job documents, from the zod schema the build checks them with. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(jobDocumentJsonSchema(urls), null, 2), {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
