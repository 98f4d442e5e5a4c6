/**
 * The Content-Security-Policy, in one place: `astro.config.mjs` hands it to Astro (which
 * adds the hashes of every script and style it emits) and `scripts/` checks that
 * `public/_headers` says the same for hosts that read it.
 */

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
