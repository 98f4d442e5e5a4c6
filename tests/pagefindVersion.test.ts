import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { PAGEFIND_VERSION } from '../src/scripts/search/pagefindUi';

// The dialog replaces a private hook of Pagefind's Component UI (`__doLoad__`,
// src/scripts/search/pagefindUi.ts): an upgrade must be a decision, never a caret range.
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };

describe('Pagefind', () => {
  test('is pinned to the exact version the hook was written for', () => {
    expect(pkg.dependencies['pagefind']).toBe(PAGEFIND_VERSION);
    const installed = JSON.parse(readFileSync('node_modules/pagefind/package.json', 'utf8')) as {
      version: string;
    };
    expect(installed.version).toBe(PAGEFIND_VERSION);
  });

  test('the installed binary still ships a Component UI with the hook', () => {
    // The UI bundle is embedded in the platform binary that writes it into every build.
    const bin = `@pagefind/${process.platform}-${process.arch}/bin/pagefind_extended`;
    const binary = [`node_modules/${bin}`, `node_modules/pagefind/node_modules/${bin}`].find((f) =>
      existsSync(f),
    );
    expect(binary, `${bin} is installed`).toBeDefined();
    expect(readFileSync(binary!).includes('__doLoad__')).toBe(true);
  });
});
