/**
 * The Content-Security-Policy, in one place: `astro.config.mjs` hands it to Astro (which
 * adds the hashes of every script and style it emits) and `public/_headers` is generated
 * from it (a unit test fails when the committed file differs).
 */
import { SITE_SCRIPT_HASH } from './siteScript';

/** Directives other than script-src and style-src (Astro writes those two with hashes). */
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

/** Styles: our own stylesheet (hashes of inline styles are added by Astro). */
export const CSP_STYLE_RESOURCES = ["'self'"] as const;

/** The referrer policy: the meta tag in every page and the header in `public/_headers`. */
export const REFERRER_POLICY = 'strict-origin-when-cross-origin';

/** Browser features no page of the site uses, switched off for it and any frame. */
export const PERMISSIONS_POLICY =
  'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()';

/**
 * The policy as an HTTP header, for hosts that read `_headers`. Browsers enforce the
 * header and the meta tag together, so this one must allow all the meta tag allows:
 * the site script's hash (src/lib/siteScript.ts) is its only inline script (JSON-LD is data and needs none).
 * A header can say what a meta tag cannot: `frame-ancestors`.
 */
export function headerPolicy(): string {
  return [
    ...CSP_DIRECTIVES,
    `script-src ${[...CSP_SCRIPT_RESOURCES, `'${SITE_SCRIPT_HASH}'`].join(' ')}`,
    `style-src ${CSP_STYLE_RESOURCES.join(' ')}`,
    "frame-ancestors 'none'",
  ].join('; ');
}

/** `public/_headers` (Netlify and Cloudflare Pages format), derived from the policy above. */
export function headersFile(): string {
  return [
    '# Generated from src/lib/security.ts by `npm run build:headers`; do not edit by hand.',
    '/*',
    `  Content-Security-Policy: ${headerPolicy()}`,
    '  X-Content-Type-Options: nosniff',
    '  X-Frame-Options: DENY',
    `  Referrer-Policy: ${REFERRER_POLICY}`,
    `  Permissions-Policy: ${PERMISSIONS_POLICY}`,
    '',
  ].join('\n');
}
