// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist-*/',
      '.astro/',
      // The benchmark's baseline project generates its own types when it builds.
      'bench/baseline/.astro/',
      'node_modules/',
      'bench/out/',
      'bench/tmp/',
      'test-results/',
      'playwright-report/',
      // Content trees, some deliberately broken (tests/fixtures/bad-content): data, not code.
      'tests/fixtures/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['**/*.ts', '**/*.astro'],
    rules: {
      // Unused arguments named _x are deliberate (callbacks with a fixed signature).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // strictest's noUncheckedIndexedAccess types every index and Map lookup as maybe-undefined;
      // `!` marks the lookups whose key comes from the same index a line earlier.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
