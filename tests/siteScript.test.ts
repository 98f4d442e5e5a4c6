import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { SITE_SCRIPT, SITE_SCRIPT_SOURCE } from '@/lib/siteScript';

describe('the inline site script', () => {
  test('is compiled from its typed source, minified', () => {
    expect(readFileSync(SITE_SCRIPT_SOURCE, 'utf8')).toContain('declare const HIGHLIGHT_PARAM: string;');
    expect(SITE_SCRIPT).not.toMatch(/\n|HIGHLIGHT_PARAM|: string/);
    // The highlight parameter is written in, not looked up.
    expect(SITE_SCRIPT).toContain('"highlight"');
  });

  test('stays under 1 KB gzipped: every content page runs it', () => {
    expect(gzipSync(SITE_SCRIPT, { level: 9 }).length).toBeLessThan(1024);
  });

  test('shows the search frame from markup with no handler or style attribute (the CSP allows neither)', () => {
    const frame = /innerHTML='([^']*)'/.exec(SITE_SCRIPT)?.[1] ?? '';
    expect(frame).toContain('<input type="search"');
    expect(frame).toContain('Loading search');
    expect(frame).not.toMatch(/\son\w+=|style=/i);
  });
});
