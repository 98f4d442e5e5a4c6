/**
 * `npm run merge -- <part folders…>`: joins the outputs of `npm run build -- --shard K/N`
 * (K = 1..N) into one site, equal to a single build's: pages, feeds, sitemap and search
 * index. It writes `OUT_DIR` (default `dist`), or the folder after `--out`.
 *
 *   OUT_DIR=parts/1 npm run build -- --shard 1/2
 *   OUT_DIR=parts/2 npm run build -- --shard 2/2
 *   npm run merge -- parts/1 parts/2
 */
import { MergeError, mergeShards } from './lib/merge';

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = outAt === -1 ? process.env['OUT_DIR'] || 'dist' : args[outAt + 1];
const dirs = outAt === -1 ? args : args.filter((_, i) => i !== outAt && i !== outAt + 1);

if (out === undefined || out === '') {
  console.error('merge: --out needs a folder, e.g. --out dist');
  process.exit(1);
}
const started = performance.now();
try {
  const result = await mergeShards(dirs, out);
  console.log(
    `merge: joined ${result.parts} part(s) into ${out}: ${result.files} files, ` +
      `${result.sitemapPages} pages in the sitemap, ${result.records} search records indexed, ` +
      `in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
} catch (error) {
  if (!(error instanceof MergeError)) throw error;
  console.error(error.message);
  process.exit(1);
}
