import type { APIRoute } from 'astro';
import { adminHtml } from '@/lib/adminPage';

/** The form editor's page: an endpoint, so that the public pages' policy is not added to it. */
export const GET: APIRoute = () =>
  new Response(adminHtml(), { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
