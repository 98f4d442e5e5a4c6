/**
 * The content store's module, cut into short string literals (src/integrations/splitDataStore.ts):
 * it must still give exactly the same string, whatever the store holds.
 */
import { describe, expect, test } from 'vitest';
import { DATA_STORE_MODULE, splitDataStore, splitStringLiteral } from '@/integrations/splitDataStore';

/** The module as Astro writes it (vite-plugin-content-virtual-mod.js). */
const astroModule = (json: string) => `export default JSON.parse(${JSON.stringify(json)})`;

/** What a module of that shape exports. */
function run(code: string): unknown {
  const body = code.replace(/^export default /, 'return ');
  return new Function(body)() as unknown;
}

const store = JSON.stringify([
  { id: 'go-dev', html: '<p class="lead">Build "payments" \\ with C:\\temp\n\ttabs</p>' },
  { id: 'émoji', text: 'naïve café 😀 — “quotes” \u2028 line separator \u0001 control' },
  { id: 'ud', text: 'lone \ud83d high surrogate, then a pair split anywhere: 😀😀😀😀' },
]);

describe('splitStringLiteral', () => {
  test.each([1, 2, 3, 5, 7, 16, 1000])('gives back the same value in pieces of %i characters', (length) => {
    const split = splitStringLiteral(astroModule(store), length)!;
    expect(split).toBeDefined();
    expect(run(split)).toEqual(JSON.parse(store));
  });

  test('cuts one long literal into many short ones', () => {
    const big = JSON.stringify({ text: 'a "quoted" word; '.repeat(10_000) });
    const split = splitStringLiteral(astroModule(big), 4096)!;
    const literals = split.split('\n').filter((l) => l.startsWith('"'));
    expect(literals.length).toBeGreaterThan(40);
    expect(Math.max(...literals.map((l) => l.length))).toBeLessThan(4096 + 16);
    expect(run(split)).toEqual(JSON.parse(big));
  });

  test('leaves a module of any other shape alone', () => {
    expect(splitStringLiteral('export default new Map()', 8)).toBeUndefined();
    expect(splitStringLiteral('export default JSON.parse("a") + JSON.parse("b")', 8)).toBeUndefined();
    expect(splitStringLiteral('export default{"jobs":[(await import("x"))]}', 8)).toBeUndefined();
  });
});

describe('the plugin', () => {
  type Transform = (code: string, id: string) => { code: string } | null;
  const transformOf = (plugin: ReturnType<typeof splitDataStore>) => plugin.transform as Transform;

  test('rewrites the data module only', () => {
    const transform = transformOf(splitDataStore({ pieceLength: 8, minLength: 0 }));
    const split = transform(astroModule(store), DATA_STORE_MODULE)!.code;
    expect(split).not.toBe(astroModule(store));
    expect(run(split)).toEqual(JSON.parse(store));
    expect(transform(astroModule(store), '/work/src/pages/index.astro')).toBeNull();
  });

  test('leaves a data module shorter than minLength alone', () => {
    const transform = transformOf(splitDataStore({ pieceLength: 8, minLength: 10_000 }));
    expect(transform(astroModule(store), DATA_STORE_MODULE)).toBeNull();
    const big = astroModule(JSON.stringify({ text: 'word '.repeat(3000) }));
    expect(transform(big, DATA_STORE_MODULE)).not.toBeNull();
  });
});
