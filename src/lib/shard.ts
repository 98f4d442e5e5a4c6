/**
 * Sharded builds: `npm run build -- --shard K/N` builds the K-th of N disjoint parts of the
 * site, and `npm run merge` joins the parts into the site a single build writes.
 *
 * Which part a file belongs to is a pure function of its path in the site (without the base
 * path): a hash of `/jobs/<id>/`, `/skills/go/2/`, `/og/skills/go.png`, `/jobs/<id>.json`…
 * modulo N. So every page and file lands in exactly one shard, the shards come out about
 * equal in size (the hash spreads paths evenly), and the routes, the search records and the
 * job documents all agree on it without asking each other. The build reads the shard from
 * the environment variable `SKILLBOARD_SHARD` (scripts/build.mjs sets it from `--shard`).
 */

/** The K-th (1-based `index`) of `count` parts. */
export interface Shard {
  index: number;
  count: number;
}

/** The variable scripts/build.mjs passes `--shard K/N` on in. */
export const SHARD_VARIABLE = 'SKILLBOARD_SHARD';

/** What each shard's output folder says about itself, for `npm run merge`. */
export const SHARD_MANIFEST = 'skillboard-shard.json';

/** The most parts a build can be cut into. */
export const MAX_SHARDS = 64;

/**
 * The jobs one CI runner builds. The deploy workflow builds a board with more in parts, one
 * runner each, and merges them (`npm run plan:shards`): the one place this threshold is set.
 * Each part still reads every job (listings need them all) but renders only its share of the
 * pages: at 100,000 jobs a part of four rendered its pages in 3 min of the whole build's 8.
 */
export const JOBS_PER_SHARD = 25_000;

/** How many parts a board of `jobs` job files is built in. */
export function shardCount(jobs: number): number {
  return Math.min(MAX_SHARDS, Math.max(1, Math.ceil(jobs / JOBS_PER_SHARD)));
}

/** `"2/3"` as a shard, or a sentence saying what is wrong with it. */
export function parseShard(text: string): Shard | string {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (match === null)
    return `--shard ${text}: write the part as K/N, e.g. --shard 2/3 for the second of three`;
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1 || count > MAX_SHARDS) return `--shard ${text}: N must be between 1 and ${MAX_SHARDS}`;
  if (index < 1 || index > count) return `--shard ${text}: K must be between 1 and N (${count})`;
  return { index, count };
}

/** The shard this build makes (from `SKILLBOARD_SHARD`), or `undefined` for the whole site. */
export function buildShard(env: Record<string, string | undefined> = process.env): Shard | undefined {
  const text = env[SHARD_VARIABLE];
  if (text === undefined || text === '') return undefined;
  const shard = parseShard(text);
  if (typeof shard === 'string') throw new Error(`${SHARD_VARIABLE}: ${shard}`);
  return shard;
}

/** FNV-1a, 32 bits, over the path's UTF-16 code units: stable across machines and runs. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The 1-based part that the site path `key` (`/jobs/a/`, decoded, without the base) belongs to. */
export function shardOf(key: string, count: number): number {
  return (hash(key) % count) + 1;
}

/** Whether `shard` builds the site path `key`; without a shard, every path is built. */
export function owns(shard: Shard | undefined, key: string): boolean {
  return shard === undefined || shardOf(key, shard.count) === shard.index;
}

/**
 * The site path of a file below the output folder, as `owns` takes it: `jobs/a/index.html`
 * is the page `/jobs/a/`, `jobs/rss.xml` is `/jobs/rss.xml`, `404.html` is `/404.html`.
 */
export function fileKey(relativeFile: string): string {
  const file = `/${relativeFile.split('\\').join('/').replace(/^\/+/, '')}`;
  return file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}

/** The site path of a URL the site links to (`/careers/jobs/a%20b/` under the base `/careers/`). */
export function urlKey(url: string, base: string): string {
  const inside = url.startsWith(base) ? url.slice(base.length) : url.replace(/^\/+/, '');
  return `/${decodeURIComponent(inside)}`;
}

/** Keeps the items whose site path this build's shard owns (all of them without a shard). */
export function ownPaths<T>(items: readonly T[], keyOf: (item: T) => string, shard = buildShard()): T[] {
  return shard === undefined ? [...items] : items.filter((item) => owns(shard, keyOf(item)));
}
