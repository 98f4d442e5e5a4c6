import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtFile, pageMeta, readHead } from '@/integrations/sitemapPages';
import { tempDirs } from './helpers';

const tempDir = tempDirs();

describe('pageMeta', () => {
  test('reads noindex and the updated time from the head', () => {
    const html =
      '<html><head><meta name="robots" content="noindex"><meta property="og:updated_time" content="2026-11-24"></head><body></body></html>';
    expect(pageMeta(html)).toEqual({ noindex: true, modified: '2026-11-24' });
  });

  test('an indexable page without a date', () => {
    expect(pageMeta('<head><meta name="description" content="noindex here is text"></head>')).toEqual({
      noindex: false,
      modified: undefined,
    });
  });

  test('ignores meta-like text in the body', () => {
    expect(pageMeta('<head></head><body><meta name="robots" content="noindex"></body>').noindex).toBe(false);
  });
});

describe('builtFile', () => {
  test('maps a page URL under the base to its index.html', () => {
    expect(builtFile('/out', '/careers/', 'https://example.org/careers/jobs/a/')).toBe(
      path.join('/out', 'jobs', 'a', 'index.html'),
    );
    expect(builtFile('/out', '/', 'http://localhost:4321/')).toBe(path.join('/out', 'index.html'));
  });
});

describe('readHead', () => {
  const dir = tempDir('sitemap-head-');
  const write = (name: string, html: string) => {
    const file = path.join(dir, name);
    writeFileSync(file, html);
    return file;
  };
  const robots = '<meta name="robots" content="noindex">';

  test('a short page is read whole', () => {
    const html = `<html><head>${robots}</head><body>Hi</body></html>`;
    expect(readHead(write('short.html', html))).toBe(html);
  });

  test('a long page is read through its head only, which still holds the meta tags', () => {
    const body = 'x'.repeat(100_000);
    const head = readHead(write('long.html', `<html><head>${robots}</head><body>${body}</body></html>`));
    expect(head.length).toBeLessThan(20_000);
    expect(pageMeta(head).noindex).toBe(true);
  });

  test('a head longer than the first read is read whole, so a late robots tag still counts', () => {
    const padding = `<meta name="description" content="${'y'.repeat(40_000)}">`;
    const html = `<html><head>${padding}${robots}</head><body></body></html>`;
    expect(pageMeta(readHead(write('long-head.html', html))).noindex).toBe(true);
  });
});
