/**
 * V8 options for every Node process our commands start (through scripts/withNode.mjs), and for
 * both sides of the benchmark alike (scripts/bench.ts). A 64 MB semi-space (the young
 * generation) instead of V8's default 16 MB: a build allocates short-lived objects for every
 * page, and at 10,000 jobs the smaller one spent about 10 s of a 58 s build collecting them
 * (48 s with this). Plain JavaScript: withNode.mjs runs before anything is installed.
 */
export const V8_OPTIONS = ['--max-semi-space-size=64'];

/** `NODE_OPTIONS` with our options added (options already there win: they come later). */
export function withV8Options(nodeOptions = '') {
  return [...V8_OPTIONS, nodeOptions].join(' ').trim();
}
