/**
 * `npm run check:links`: crawls the site built under a base path (`npm run build:base`
 * writes `dist-base/` for `/careers/`) and fails with a list of every link, asset,
 * `#fragment`, feed or sitemap URL that does not resolve to a file in it.
 *
 * Usage: npm run check:links [-- <dir> <base>]   (defaults: dist-base /careers/;
 * the origin is SITE_URL, as in astro.config.mjs). The deploy workflow checks the Pages
 * build with `npm run check:links -- dist <its base>`.
 */
import { checkLinks, formatBroken } from './lib/linkCheck';

const [dir = 'dist-base', base = '/careers/'] = process.argv.slice(2);
const site = process.env['SITE_URL'] || 'http://localhost:4321';

const broken = checkLinks({ dir, base, site });
if (broken.length > 0) {
  console.error(`check:links: ${broken.length} broken link(s) in ${dir} (base ${base}, site ${site}):`);
  console.error(formatBroken(broken));
  process.exit(1);
}
console.log(`check:links: every link in ${dir} resolves (base ${base}, site ${site}).`);
