/**
 * The output of a sharded build (`npm run build -- --shard K/N`, src/lib/shard.ts). The big
 * routes (jobs, listings, feeds, preview cards) only render the paths their shard owns; the
 * few routes without paths (the home page, /jobs/rss.xml, llms.txt…) render in every shard,
 * so at the end of the build this removes each route's files that another shard owns. What
 * is left is the shard's part of the site, plus what every shard writes alike (public/ and
 * the bundled assets), which `npm run merge` checks byte for byte.
 *
 * The part's sitemap is removed (the merge writes the site's from all the pages), and a
 * manifest says which part this is and for which site, so the merge can refuse a
 * missing, doubled or foreign part. Without a shard this integration does nothing.
 */
import { readdirSync, rmdirSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { RECORDS_FILE } from '../lib/searchIndex';
import { SHARD_MANIFEST, buildShard, fileKey, owns, type Shard } from '../lib/shard';

/** What `npm run merge` reads from each part. */
export interface ShardManifest extends Shard {
  site: string;
  base: string;
}

/** The sitemap files @astrojs/sitemap writes (`sitemap-index.xml`, `sitemap-0.xml`…). */
export const SITEMAP_FILE = /^sitemap-(?:index|\d+)\.xml$/;

/** Removes `folder` and its parents up to (not including) `root` while they are empty. */
function pruneEmpty(folder: string, root: string): void {
  for (let dir = folder; dir.startsWith(root + path.sep); dir = path.dirname(dir)) {
    if (readdirSync(dir).length > 0) return;
    rmdirSync(dir);
  }
}

export default function shardOutput(): AstroIntegration {
  let site = '';
  let base = '/';
  return {
    name: 'skillboard:shard',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? '';
        base = config.base;
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        const shard = buildShard();
        if (shard === undefined) return;
        const out = fileURLToPath(dir);
        let kept = 0;
        let removed = 0;
        for (const files of assets.values()) {
          for (const url of files) {
            const file = fileURLToPath(url);
            const relative = path.relative(out, file);
            // The search records stay whole: they are already the shard's own.
            if (relative === RECORDS_FILE) continue;
            if (owns(shard, fileKey(relative))) {
              kept += 1;
              continue;
            }
            await rm(file, { force: true });
            pruneEmpty(path.dirname(file), out);
            removed += 1;
          }
        }
        for (const name of readdirSync(out)) {
          if (SITEMAP_FILE.test(name)) await rm(path.join(out, name));
        }
        const manifest: ShardManifest = { ...shard, site, base };
        await writeFile(path.join(out, SHARD_MANIFEST), `${JSON.stringify(manifest)}\n`);
        const next =
          shard.count === 1
            ? 'npm run merge makes it the site'
            : `join the ${shard.count} parts with npm run merge`;
        logger.info(
          `shard ${shard.index}/${shard.count}: kept ${kept} pages and files, removed ${removed} that ` +
            `other shards write; ${next}`,
        );
      },
    },
  };
}
