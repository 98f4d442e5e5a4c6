import { describe, expect, test } from 'vitest';
import { excerptHtml } from '@/lib/excerpt';

const content =
  'Backend Engineer (Golang). Join SumUp as a Backend Engineer in Sofia. SumUp Sofia, Bulgaria Go golang';
const readableWords = 11;

describe('excerptHtml', () => {
  test('marks the matched words, leaving their punctuation outside the mark', () => {
    expect(excerptHtml({ content, readableWords, locations: [2] })).toBe(
      'Backend Engineer (<mark>Golang</mark>). Join SumUp as a Backend Engineer in Sofia.',
    );
  });

  test('never quotes the keywords after the readable text, even when only they matched', () => {
    const html = excerptHtml({ content, readableWords, locations: [15] });
    expect(html).toBe('Backend Engineer (Golang). Join SumUp as a Backend Engineer in Sofia.');
    expect(html).not.toContain('golang');
    expect(html).not.toContain('<mark>');
  });

  test('shows the words around a match far into the text, with an ellipsis on each cut side', () => {
    const long = Array.from({ length: 100 }, (_, i) => `w${i}`).join(' ');
    const html = excerptHtml({ content: long, readableWords: 100, locations: [50], length: 9 });
    expect(html).toBe('… w47 w48 w49 <mark>w50</mark> w51 w52 w53 w54 w55 …');
  });

  test('escapes the text, so content can never become markup', () => {
    const html = excerptHtml({
      content: '<img src=x onerror=alert(1)> & "q"',
      readableWords: 5,
      locations: [0],
    });
    expect(html).toBe('&lt;<mark>img</mark> src=x onerror=alert(1)&gt; &amp; &quot;q&quot;');
  });

  test('starts after the title the result already shows, and marks matches after it', () => {
    const title = 'Backend Engineer (Golang)';
    expect(excerptHtml({ content, readableWords, locations: [2, 7], title })).toBe(
      'Join SumUp as a <mark>Backend</mark> Engineer in Sofia.',
    );
    // Found by its title alone: the text after it, unmarked, with no ellipsis before it.
    expect(excerptHtml({ content, readableWords, locations: [2], title })).toBe(
      'Join SumUp as a Backend Engineer in Sofia.',
    );
    // A window far into the text still never goes back into the title.
    expect(excerptHtml({ content, readableWords, locations: [10], length: 4, title })).toBe(
      '… Backend Engineer in <mark>Sofia</mark>.',
    );
  });

  test('quotes the title when the text does not open with it, or is nothing but it', () => {
    expect(excerptHtml({ content, readableWords, locations: [2], title: 'Frontend Engineer' })).toBe(
      'Backend Engineer (<mark>Golang</mark>). Join SumUp as a Backend Engineer in Sofia.',
    );
    expect(
      excerptHtml({
        content: 'Backend Engineer.',
        readableWords: 2,
        locations: [0],
        title: 'Backend Engineer',
      }),
    ).toBe('<mark>Backend</mark> Engineer.');
  });

  test('never reads "..": the text is quoted as written', () => {
    expect(excerptHtml({ content, readableWords, locations: [10] })).not.toMatch(/\.\./);
  });
});
