import type { APIRoute } from 'astro';
import { getBoard } from '@/lib/content';
import type { ExpectedRecords } from '@/lib/searchIndex';

/**
 * How many search records the content asks for, counted from the board (not from the
 * pages), so the Pagefind integration can tell when a template indexes too much or too
 * little. The integration deletes this file after checking it.
 */
export const GET: APIRoute = async () => {
  const board = await getBoard();
  const expected: ExpectedRecords = { jobs: board.openJobs.length, guides: board.articleBySkill.size };
  return new Response(JSON.stringify(expected), { headers: { 'Content-Type': 'application/json' } });
};
