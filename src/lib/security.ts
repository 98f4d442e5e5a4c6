/**
 * The Content-Security-Policy, in one place: every page carries it as a meta tag (written by
 * src/layouts/BaseLayout.astro, the same string on every page) and `public/_headers` is
 * generated from it (a unit test fails when the committed file differs).
 */
import { SITE_SCRIPT_HASH } from './siteScript';

/** Directives other than script-src and style-src. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
] as const;

/** Extra script sources: our own files, and Pagefind's WebAssembly. Never unsafe-inline/eval. */
export const CSP_SCRIPT_RESOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/** Styles: our own stylesheets only (no inline style, in markup or in a style element). */
export const CSP_STYLE_RESOURCES = ["'self'"] as const;

/** The referrer policy: the meta tag in every page and the header in `public/_headers`. */
export const REFERRER_POLICY = 'strict-origin-when-cross-origin';

/** Browser features no page of the site uses, switched off for it and any frame. */
export const PERMISSIONS_POLICY =
  'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()';

let policy: string | undefined;

/**
 * The policy of every public page, as its meta tag says it: the site script's hash
 * (src/lib/siteScript.ts) is its only inline script (JSON-LD is data and needs none). Made
 * once per build: Astro's own CSP support hashed each page's inline script again while
 * rendering it (about 2 s at 10,000 jobs), and wrote its tag after that script.
 */
export function metaPolicy(): string {
  policy ??= [
    ...CSP_DIRECTIVES,
    `script-src ${[...CSP_SCRIPT_RESOURCES, `'${SITE_SCRIPT_HASH}'`].join(' ')}`,
    `style-src ${CSP_STYLE_RESOURCES.join(' ')}`,
  ].join('; ');
  return policy;
}

/**
 * The policy as an HTTP header, for hosts that read `_headers`: the meta tag's, plus what
 * only a header can say, `frame-ancestors`. Browsers enforce header and meta tag together.
 */
export function headerPolicy(): string {
  return `${metaPolicy()}; frame-ancestors 'none'`;
}

/**
 * The form editor at `/admin/` (Sveltia CMS, `src/lib/adminPage.ts`) has its own policy: the CMS
 * runs its own bundle, sets inline styles, previews uploads from `blob:` URLs and talks to
 * GitHub's API. Scripts still come from this site only, and nothing may frame it.
 */
export const ADMIN_CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  // The CMS's interface fonts and icons come from jsDelivr.
  "font-src 'self' data: https://cdn.jsdelivr.net",
  "img-src 'self' blob: data: https://avatars.githubusercontent.com https://raw.githubusercontent.com",
  "media-src 'self' blob:",
  "frame-src 'self' blob:",
  "worker-src 'self' blob:",
  // GitHub's API for the content; unpkg for the CMS's check for a newer version of itself.
  "connect-src 'self' blob: data: https://api.github.com https://www.githubstatus.com https://raw.githubusercontent.com https://unpkg.com",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** The admin policy as a header (with `frame-ancestors`, which a meta tag cannot carry). */
export function adminHeaderPolicy(): string {
  return [...ADMIN_CSP_DIRECTIVES, "frame-ancestors 'none'"].join('; ');
}

/**
 * `public/_headers` (Netlify and Cloudflare Pages format), derived from the policies above.
 * `/admin/*` detaches the site's policy (`! Content-Security-Policy`, Cloudflare Pages' syntax)
 * and sets its own; a host that cannot detach a header needs the same exception in its own rules.
 */
export function headersFile(): string {
  return [
    '# Generated from src/lib/security.ts by `npm run build:headers`; do not edit by hand.',
    '/*',
    `  Content-Security-Policy: ${headerPolicy()}`,
    '  X-Content-Type-Options: nosniff',
    '  X-Frame-Options: DENY',
    `  Referrer-Policy: ${REFERRER_POLICY}`,
    `  Permissions-Policy: ${PERMISSIONS_POLICY}`,
    '/admin/*',
    '  ! Content-Security-Policy',
    `  Content-Security-Policy: ${adminHeaderPolicy()}`,
    '  X-Robots-Tag: noindex',
    '',
  ].join('\n');
}
