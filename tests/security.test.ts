import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CSP_DIRECTIVES, CSP_SCRIPT_RESOURCES, headerPolicy, headersFile } from '@/lib/security';
import { SITE_SCRIPT_HASH } from '@/lib/siteScript';

const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0] !== '')
      .map(([name, ...values]) => [name!, values]),
  );

describe('the security policy', () => {
  test('scripts come only from the site, hashes and WebAssembly: never unsafe-inline or unsafe-eval', () => {
    expect([...CSP_SCRIPT_RESOURCES]).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    const script = directives(headerPolicy()).get('script-src')!;
    expect(script).not.toContain("'unsafe-inline'");
    expect(script).not.toContain("'unsafe-eval'");
    expect(script).toContain(`'${SITE_SCRIPT_HASH}'`);
  });

  test('locks plugins, base URLs, forms, workers and framing down', () => {
    const d = directives(headerPolicy());
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('base-uri')).toEqual(["'none'"]);
    expect(d.get('form-action')).toEqual(["'self'"]);
    expect(d.get('worker-src')).toEqual(["'self'", 'blob:']);
    expect(d.get('frame-ancestors')).toEqual(["'none'"]);
  });

  test('the header policy has every directive the meta tag has', () => {
    const header = directives(headerPolicy());
    for (const directive of CSP_DIRECTIVES) {
      const [name, ...values] = directive.split(/\s+/);
      expect(header.get(name!), name).toEqual(values);
    }
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
