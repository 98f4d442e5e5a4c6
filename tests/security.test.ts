import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { headersFile, metaPolicy } from '@/lib/security';
import { SITE_SCRIPT } from '@/lib/siteScript';

const directives = (policy: string) =>
  Object.fromEntries(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0] !== '')
      .map(([name, ...values]) => [name!, values]),
  );

/** The Content-Security-Policy public/_headers sends for a path pattern (the last one it sets). */
function sentPolicy(pattern: string): Record<string, string[]> {
  const lines = readFileSync('public/_headers', 'utf8').split('\n');
  const start = lines.indexOf(pattern);
  const end = lines.findIndex((l, i) => i > start && !l.startsWith(' '));
  const policies = lines
    .slice(start + 1, end)
    .map((l) => /^ {2}Content-Security-Policy: (.*)$/.exec(l)?.[1])
    .filter((p) => p !== undefined);
  expect(policies.length, pattern).toBeGreaterThan(0);
  return directives(policies.at(-1)!);
}

describe('the security policy', () => {
  test('the meta tag of every page: scripts and styles from the site only, the inline site script by its hash', () => {
    const siteScript = `'sha256-${createHash('sha256').update(SITE_SCRIPT).digest('base64')}'`;
    expect(directives(metaPolicy())).toEqual({
      'default-src': ["'self'"],
      'img-src': ["'self'", 'data:'],
      'connect-src': ["'self'"],
      'worker-src': ["'self'", 'blob:'],
      'object-src': ["'none'"],
      'base-uri': ["'none'"],
      'form-action': ["'self'"],
      'script-src': ["'self'", "'wasm-unsafe-eval'", siteScript],
      'style-src': ["'self'"],
    });
  });

  test('the header allows what the meta tag allows, the inline site script by its hash, and no framing', () => {
    const siteScript = `'sha256-${createHash('sha256').update(SITE_SCRIPT).digest('base64')}'`;
    expect(sentPolicy('/*')).toEqual({
      'default-src': ["'self'"],
      'img-src': ["'self'", 'data:'],
      'connect-src': ["'self'"],
      'worker-src': ["'self'", 'blob:'],
      'object-src': ["'none'"],
      'base-uri': ["'none'"],
      'form-action': ["'self'"],
      'script-src': ["'self'", "'wasm-unsafe-eval'", siteScript],
      'style-src': ["'self'"],
      'frame-ancestors': ["'none'"],
    });
  });

  test('the form editor’s own policy still takes scripts from the site only, and cannot be framed', () => {
    const admin = sentPolicy('/admin/*');
    expect(admin['script-src']).toEqual(["'self'"]);
    expect(admin['object-src']).toEqual(["'none'"]);
    expect(admin['frame-ancestors']).toEqual(["'none'"]);
  });
});

describe('public/_headers', () => {
  test('is exactly what src/lib/security.ts generates (run `npm run build:headers`)', () => {
    expect(readFileSync('public/_headers', 'utf8')).toBe(headersFile());
  });

  test('sends nosniff, a referrer policy and a permissions policy to every path', () => {
    const file = headersFile();
    expect(file).toMatch(/^\/\*$/m);
    expect(file).toMatch(/^ {2}X-Content-Type-Options: nosniff$/m);
    expect(file).toMatch(/^ {2}Referrer-Policy: strict-origin-when-cross-origin$/m);
    expect(file).toMatch(/^ {2}Permissions-Policy: \S/m);
  });
});
