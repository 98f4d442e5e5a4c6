import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtFile, pageMeta } from '@/integrations/sitemapPages';

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
