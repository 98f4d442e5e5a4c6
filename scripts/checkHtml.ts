/**
 * `npm run check:html [-- <dir>…]`: the W3C Nu Html Checker over built sites (default: the
 * production, base-path and fixture builds that `npm test` makes); fails on any error.
 */
import { existsSync } from 'node:fs';
import { checkHtml, formatHtmlError, HtmlCheckUnavailable } from './lib/htmlCheck';

const dirs = process.argv.slice(2);
const targets = dirs.length > 0 ? dirs : ['dist', 'dist-base', 'dist-fixtures'];
const missing = targets.filter((d) => !existsSync(d));
if (missing.length > 0) {
  console.error(
    `check:html: ${missing.join(', ')} not built; run npm run build (and build:base, build:fixtures) first`,
  );
  process.exit(1);
}
try {
  const errors = checkHtml(targets);
  if (errors.length > 0) {
    console.error(`check:html: ${errors.length} error(s) in ${targets.join(', ')}:`);
    for (const e of errors) console.error(formatHtmlError(e));
    process.exit(1);
  }
  console.log(`check:html: every page in ${targets.join(', ')} is valid HTML (W3C Nu Html Checker).`);
} catch (err) {
  if (!(err instanceof HtmlCheckUnavailable)) throw err;
  console.error(`check:html: ${err.message}`);
  process.exit(1);
}
