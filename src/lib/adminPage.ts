/**
 * `/admin/`: the form editor (Sveltia CMS), a static page that loads the CMS bundle
 * (`/admin/sveltia-cms.js`, copied from the npm package at build time) and its configuration
 * (`/admin/config.yml`, generated from the content schemas by `./cmsConfig`). It carries its own
 * policy (`ADMIN_CSP_DIRECTIVES`) and stays out of search engines, the sitemap and the search index.
 */
import { ADMIN_CSP_DIRECTIVES } from './security';
import { SITE } from './site';

/** The page's HTML. Sveltia reads `config.yml` beside the page. */
export function adminHtml(): string {
  return `<!doctype html>
<html lang="${SITE.lang}">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta http-equiv="Content-Security-Policy" content="${ADMIN_CSP_DIRECTIVES.join('; ')}">
    <meta name="robots" content="noindex, nofollow">
    <meta name="referrer" content="same-origin">
    <title>Edit ${SITE.title}</title>
  </head>
  <body>
    <noscript>The ${SITE.title} editor needs JavaScript. Without it, edit the Markdown files in content/ (see CONTRIBUTING.md).</noscript>
    <script src="sveltia-cms.js"></script>
  </body>
</html>
`;
}
