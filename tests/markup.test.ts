import { describe, expect, test } from 'vitest';
import { findBodyMarkup, findSvgProblems, hasImageSignature } from '../scripts/lib/markup';

describe('findBodyMarkup', () => {
  test.each([
    ['<script>alert(1)</script>', /<script>/],
    ['<IFRAME src="https://x.example"></IFRAME>', /<iframe>/],
    ['<img src=x onerror="alert(1)">', /event handler/],
    ['<div>hi</div>', /raw HTML \(<div>\)/],
    ['[apply](javascript:alert(1))', /javascript: URL/],
    ['[apply]( JaVaScRiPt:alert(1))', /javascript: URL/],
    ['[apply](&#106;avascript:alert(1))', /javascript: URL/],
    ['[apply][a]\n\n[a]: javascript:alert(1)', /javascript: URL/],
    ['<vbscript:msgbox(1)>', /vbscript: URL/],
  ])('refuses %s', (body, message) => {
    expect(findBodyMarkup(body).map((f) => f.message)).toEqual([expect.stringMatching(message)]);
  });

  test('reports the line of the problem', () => {
    expect(findBodyMarkup('## Role\n\nText.\n\n<script>x</script>\n')[0]?.line).toBe(5);
  });

  test.each([
    'Salary < 50k and > 40k.',
    'Use `<script>` tags wisely.',
    '```html\n<iframe src="x"></iframe>\n```',
    '[apply](https://jobs.example.com) or <https://example.com> or <jobs@example.com>',
    '- Build **APIs** in Go',
  ])('accepts Markdown: %s', (body) => {
    expect(findBodyMarkup(body)).toEqual([]);
  });
});

describe('findSvgProblems', () => {
  test('accepts a plain SVG with internal references', () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg"><defs><linearGradient id="g"/></defs><rect fill="url(#g)"/><use href="#g"/></svg>';
    expect(findSvgProblems(svg)).toEqual([]);
  });

  test.each([
    ['<svg><script>alert(1)</script></svg>', /<script>/],
    ['<svg><rect onclick="x()"/></svg>', /event handler/],
    ['<svg><foreignObject/></svg>', /foreignObject/],
    ['<svg><image xlink:href="//evil.example/x.png"/></svg>', /external reference/],
    ['<svg><image href="https://evil.example/x.png"/></svg>', /external reference/],
    ['<svg><rect style="fill:url(http://evil.example/p)"/></svg>', /external reference/],
    ['<!DOCTYPE svg [<!ENTITY x "y">]><svg/>', /entity/],
  ])('refuses %s', (svg, message) => {
    expect(findSvgProblems(svg).map((f) => f.message)).toContainEqual(expect.stringMatching(message));
  });
});

describe('hasImageSignature', () => {
  test('tells a real PNG from text named .png', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]);
    expect(hasImageSignature('png', png)).toBe(true);
    expect(hasImageSignature('png', new TextEncoder().encode('not a png'))).toBe(false);
    expect(hasImageSignature('jpg', new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe(true);
  });
});
