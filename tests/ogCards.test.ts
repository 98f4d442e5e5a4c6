import { describe, expect, test } from 'vitest';
import { buildBoard } from '@/lib/board';
import { buildMarket } from '@/lib/market';
import { buildOgCards, clip, titleSize, MAX_TITLE } from '@/lib/ogCards';
import { renderCard } from '@/lib/ogImage';
import { createUrls } from '@/lib/urls';
import { companies, makeJob, skills } from './helpers';

const salary = (min: number) => ({ currency: 'EUR', min, max: min + 10_000, per: 'year' as const });
const board = buildBoard({
  jobs: [
    ...[50_000, 60_000, 70_000, 80_000, 90_000].map((min, i) =>
      makeJob(`go-${i}`, { skills: ['go', 'sql'], company: 'acme', salary: salary(min) }),
    ),
    makeJob('rust', { skills: ['rust'], company: 'globex' }),
    makeJob('closed', { skills: ['rust'], company: 'globex', validThrough: '2026-11-01' }),
  ],
  companies,
  skills,
  articles: [
    {
      id: 'mastering-go',
      data: { skill: 'go', draft: false, title: 'Mastering Go', description: 'All about Go.' },
    },
  ],
  today: '2026-11-20',
});
const market = buildMarket(board);
const site = { title: 'Skillboard', description: 'Career guides and job openings, by skill.' };
const cards = buildOgCards(board, market, site, (id) => (id === 'globex' ? '/logos/globex.svg' : undefined));

describe('buildOgCards', () => {
  test('makes one card per skill (its guide when it has one), per company, and one for the site', () => {
    expect(cards.all.map((c) => c.key).sort()).toEqual(
      [
        'site',
        'guides/mastering-go',
        ...skills.filter((s) => s.id !== 'go').map((s) => `skills/${s.id}`),
        ...companies.map((c) => `companies/${c.id}`),
      ].sort(),
    );
    expect(new Set(cards.all.map((c) => c.key)).size).toBe(cards.all.length);
  });

  test('a skill with a guide shows the guide, its open jobs and the median of its pay', () => {
    const go = cards.skill('go');
    expect(go).toMatchObject({ kind: 'guide', title: 'Mastering Go', eyebrow: 'Career guide' });
    // Yearly midpoints 55k, 65k, 75k, 85k, 95k: the median is 75k.
    expect(go.facts).toEqual(['GO: 5 open jobs', 'Median pay €75k a year']);
    expect(go.alt).toBe('Career guide “Mastering Go”: GO: 5 open jobs, median pay €75k a year.');
  });

  test('a skill without enough salaries shows no pay, and says when it has no open job', () => {
    const rust = cards.skill('rust');
    expect(rust).toMatchObject({ kind: 'skill', key: 'skills/rust', title: 'RUST jobs' });
    expect(rust.facts).toEqual(['1 open job']);
    const none = skills.find((s) => !['go', 'rust', 'sql'].includes(s.id))!;
    expect(cards.skill(none.id).facts).toEqual(['No open jobs right now']);
    expect(cards.skill(none.id).alt).toBe(`${none.name} jobs on Skillboard: no open jobs right now.`);
  });

  test('a company card has its open jobs, top skills and monogram, and its logo file when it has one', () => {
    const acme = cards.company('acme');
    expect(acme.facts).toEqual(['5 open jobs', 'Hiring for GO, SQL']);
    expect(acme.monogram?.letters).toBe('A');
    expect(acme.logoFile).toBeUndefined();
    expect(cards.company('globex').logoFile).toBe('/logos/globex.svg');
    expect(cards.company('globex').facts[0]).toBe('1 open job');
  });

  test('the site card counts the open jobs only', () => {
    expect(cards.site.facts[0]).toBe(`6 open jobs · ${skills.length} skills · ${companies.length} companies`);
    expect(cards.company('nobody')).toBe(cards.site);
  });

  test('file names are the URL of the image, below the base', () => {
    const urls = createUrls('/careers/', 'https://example.org');
    expect(urls.absolute(urls.ogImage(cards.skill('go').key))).toBe(
      'https://example.org/careers/og/guides/mastering-go.png',
    );
  });
});

describe('clip and titleSize', () => {
  test('long titles are cut at a word with an ellipsis, short ones kept', () => {
    expect(clip('Mastering Go')).toBe('Mastering Go');
    const long = 'word '.repeat(40).trim();
    const cut = clip(long);
    expect([...cut].length).toBeLessThanOrEqual(MAX_TITLE);
    expect(cut.endsWith('word…')).toBe(true);
  });
  test('longer titles get smaller type', () => {
    expect(titleSize('Go jobs')).toBeGreaterThan(titleSize('Senior Platform Engineer, Payments'));
    expect(titleSize('Senior Platform Engineer, Payments')).toBeGreaterThan(titleSize('x'.repeat(60)));
  });
});

describe('renderCard', () => {
  const pngSize = (png: Uint8Array) => {
    const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
    return { width: view.getUint32(16), height: view.getUint32(20) };
  };

  test('draws a 1200 × 630 PNG under 150 KB, for every kind of card', async () => {
    for (const card of [cards.site, cards.skill('go'), cards.skill('rust'), cards.company('acme')]) {
      const png = await renderCard(card);
      expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
      expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
      expect(png.byteLength).toBeLessThan(150 * 1024);
    }
  });

  test('a logo that cannot be read falls back to the monogram', async () => {
    const png = await renderCard(cards.company('globex'));
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
  });

  test('draws the same bytes on every run: pixels only, no time or text in the file', async () => {
    const [a, b] = await Promise.all([renderCard(cards.site), renderCard(cards.site)]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    // The chunks after the 8-byte signature: length, type, data, CRC.
    const view = new DataView(a.buffer, a.byteOffset, a.byteLength);
    const types: string[] = [];
    for (let at = 8; at < a.byteLength; at += 12 + view.getUint32(at)) {
      types.push(String.fromCharCode(...a.subarray(at + 4, at + 8)));
    }
    expect(types[0]).toBe('IHDR');
    expect(types.at(-1)).toBe('IEND');
    expect(types.filter((t) => ['tIME', 'tEXt', 'zTXt', 'iTXt', 'eXIf'].includes(t))).toEqual([]);
  });
});
