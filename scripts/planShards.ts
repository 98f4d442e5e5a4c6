/**
 * `npm run plan:shards`: how many parts the deploy workflow builds the board in (one CI runner
 * each; `JOBS_PER_SHARD` in src/lib/shard.ts), printed as GitHub Actions step outputs:
 *
 *   count=3
 *   parts=[1,2,3]
 *
 * It counts the job files under CONTENT_DIR (default `content/`) without reading them.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { contentDir } from '../src/lib/contentDir';
import { shardCount } from '../src/lib/shard';

const folder = path.join(contentDir(), 'jobs');
const jobs = existsSync(folder)
  ? readdirSync(folder, { recursive: true }).filter((f) => /\.mdx?$/.test(String(f))).length
  : 0;
const count = shardCount(jobs);
console.log(`count=${count}`);
console.log(`parts=${JSON.stringify(Array.from({ length: count }, (_, i) => i + 1))}`);
console.error(`plan:shards: ${jobs} job files, built in ${count} part(s)`);
