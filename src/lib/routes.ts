/**
 * Ids a job file may not have, because the site's own routes under /jobs/ use those
 * addresses: listing page numbers (/jobs/2/), the JSON Feed (/jobs/feed.json would also be
 * job "feed"'s JSON document), and the remote and country feeds' folders. The content
 * checker and the build refuse such ids (src/lib/urls.ts spells the routes).
 */

/** Job ids taken by other routes, and which. */
const RESERVED_JOB_IDS: Readonly<Record<string, string>> = {
  feed: '/jobs/feed.json is the JSON Feed of all jobs',
  rss: '/jobs/rss.xml is the RSS feed of all jobs',
  remote: '/jobs/remote/ holds the remote jobs feed',
  country: '/jobs/country/ holds the country feeds',
};

/** Why `id` cannot be a job's id (a sentence naming the other page), or undefined when it can. */
export function jobIdClash(id: string): string | undefined {
  if (/^\d+$/.test(id)) return `/jobs/${id}/ is page ${id} of the job list`;
  return RESERVED_JOB_IDS[id];
}
