import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkHtml, formatHtmlError } from '../scripts/lib/htmlCheck';

const dir = mkdtempSync(path.join(tmpdir(), 'skillboard-html-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const page = (head: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>T</title>${head}</head><body>${body}</body></html>`;

describe('checkHtml (the W3C Nu Html Checker)', () => {
  test('passes a valid page and reports each error with its file and line', () => {
    mkdirSync(path.join(dir, 'good'));
    mkdirSync(path.join(dir, 'bad'));
    writeFileSync(path.join(dir, 'good/index.html'), page('', '<main><p>Fine.</p></main>'));
    // The two errors the site once had: a data: URL with raw spaces, a script after </html>.
    writeFileSync(
      path.join(dir, 'bad/index.html'),
      `${page(`<link rel="icon" href="data:image/svg+xml,%3Csvg viewBox='0 0 8 8'/%3E">`, '<p>x</p>')}<script src="/a.js"></script>`,
    );
    // One run of the checker (a Java start-up) for both folders.
    const all = checkHtml(['good', 'bad'], dir);
    expect(all.filter((e) => e.file.startsWith('good/'))).toEqual([]);
    const errors = all.map(formatHtmlError);
    expect(
      errors.some((e) => /^bad\/index\.html:1:\d+: Bad value .* “href”.*Space is not allowed/.test(e)),
    ).toBe(true);
    expect(errors.some((e) => /Stray start tag “script”/.test(e))).toBe(true);
  }, 60_000);
});
