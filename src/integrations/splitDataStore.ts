/**
 * A Vite plugin that cuts the content layer's data module into short string literals.
 *
 * Astro writes the whole content store into one module as `export default JSON.parse("…")`:
 * one string literal of the store's size (46 MB at 10,000 jobs, 460 MB at 100,000). V8 reads a
 * string literal into a buffer that grows by at most 1 MB at a time, copying what it holds, so
 * compiling the module takes time quadratic in its size: measured here, a 50 MB literal
 * compiles in 5.9 s and a 100 MB one in 29 s, against 1.1 s and 2.7 s as 1 MiB pieces. At
 * 100,000 jobs the build sat more than ten minutes in that compile before its first page.
 *
 * This plugin rewrites that one literal as an array of pieces joined at run time: the same
 * string, in time linear in its size. Any other module, or a data module of another shape
 * (a later Astro), is left as it is. So is a store under `minLength` characters: at 10,000
 * jobs (50 M characters) two alternating pairs of builds took the same time either way, and
 * the pieces, joined once more at run time, raised the peak RSS by 200 to 450 MB.
 */
import type { Plugin } from 'vite';

/** Astro's resolved id of the data module (`RESOLVED_DATA_STORE_VIRTUAL_ID`). */
export const DATA_STORE_MODULE = '\0astro:data-layer-content';

const HEAD = 'export default JSON.parse("';
const TAIL = '")';
/** The longest escape in a JSON string: `\uXXXX`. */
const LONGEST_ESCAPE = 6;

/**
 * `code` with its single string literal cut into pieces of about `pieceLength` characters,
 * or `undefined` when `code` is not `export default JSON.parse("…")`.
 */
export function splitStringLiteral(code: string, pieceLength: number): string | undefined {
  const trimmed = code.trimEnd();
  if (!trimmed.startsWith(HEAD) || !trimmed.endsWith(TAIL)) return undefined;
  const end = trimmed.length - TAIL.length;
  const pieces: string[] = [];
  let start = HEAD.length;
  while (start < end) {
    let cut = Math.min(start + pieceLength, end);
    // Cut only where the characters before hold no backslash: never inside an escape.
    while (cut < end && trimmed.slice(cut - LONGEST_ESCAPE, cut).includes('\\')) cut++;
    pieces.push(trimmed.slice(start, cut));
    start = cut;
  }
  // The literal must be one JSON string: no unescaped quote between its two ends.
  if (pieces.some((p) => /(?<!\\)(?:\\\\)*"/.test(p))) return undefined;
  return `export default JSON.parse([\n"${pieces.join('",\n"')}"\n].join(""))\n`;
}

/** Lengths in characters: of the pieces, and of the smallest module that is cut. */
export interface SplitOptions {
  pieceLength?: number;
  minLength?: number;
}

/** The plugin. */
export function splitDataStore({
  pieceLength = 2 ** 20,
  minLength = 64 * 2 ** 20,
}: SplitOptions = {}): Plugin {
  return {
    name: 'skillboard:split-data-store',
    transform(code, id) {
      if (id !== DATA_STORE_MODULE || code.length < minLength) return null;
      const split = splitStringLiteral(code, pieceLength);
      return split === undefined ? null : { code: split, map: { mappings: '' } };
    },
  };
}
