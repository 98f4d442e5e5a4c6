/**
 * Names of the steps `npm run build` times for the benchmark outside `astro build` itself
 * (inside it, each module names its own: src/lib/searchIndex.ts, market.ts, ogCards.ts).
 * Plain JavaScript: scripts/build.mjs runs before anything is compiled.
 */

/** The content check, run beside `astro build` by scripts/build.mjs. */
export const CHECK_STEP = 'content check';
