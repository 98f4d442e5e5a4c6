/**
 * The market panels rendered to HTML (Astro's container API): every chart is an image with
 * a name stating its figures, the same figures are on the page as text, and nothing needs
 * an inline style or a script.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, test } from 'vitest';
import CompanyMarket from '@/components/market/CompanyMarket.astro';
import SkillMarketPanel from '@/components/market/SkillMarket.astro';
import TopSkills from '@/components/market/TopSkills.astro';
import type { CompanyMarket as CompanyFigures, MonthCount, SkillMarket, WorkplaceShare } from '@/lib/market';

const go = { id: 'go', name: 'Go', aliases: [] };
const rust = { id: 'rust', name: 'Rust', aliases: [] };
const sql = { id: 'sql', name: 'SQL', aliases: [] };

const demand: MonthCount[] = [3, 0, 0, 1, 2, 4, 0, 5, 6, 2, 9, 4].map((count, i) => ({
  month: i === 0 ? '2025-12' : `2026-${String(i).padStart(2, '0')}`,
  count,
}));

const mix = (remote: number, hybrid: number, onsite: number, unstated: number): WorkplaceShare[] => [
  { workplace: 'remote', count: remote, percent: 50 },
  { workplace: 'hybrid', count: hybrid, percent: 25 },
  { workplace: 'onsite', count: onsite, percent: 25 },
  { workplace: 'unstated', count: unstated, percent: 0 },
];

const market: SkillMarket = {
  skill: go,
  open: 24,
  workplace: mix(12, 6, 6, 0),
  where: {
    top: [
      { country: 'DE', count: 9 },
      { country: 'anywhere', count: 5 },
    ],
    unplaced: 2,
  },
  pay: {
    currencies: [
      { currency: 'EUR', count: 23, min: 40_000, p25: 60_000, median: 72_000, p75: 85_000, max: 120_000 },
    ],
    salaries: 25,
    tooFew: false,
  },
  demand,
  together: [
    { skill: sql, count: 7 },
    { skill: rust, count: 3 },
  ],
  bySeniority: [
    { seniority: 'junior', currency: 'EUR', count: 6, median: 48_000 },
    { seniority: 'senior', currency: 'EUR', count: 9, median: 90_500 },
  ],
};

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

/** The component's HTML without the source locations the dev renderer adds to every element. */
async function render(...args: Parameters<AstroContainer['renderToString']>): Promise<string> {
  const html = await container.renderToString(...args);
  return html.replace(/ data-astro-source-(?:file|loc)="[^"]*"/g, '');
}

const imageNames = (html: string) =>
  [...html.matchAll(/<svg role="img" aria-label="([^"]*)"/g)].map((m) => m[1]);
const text = (html: string) =>
  html
    .replace(/<svg[\s\S]*?<\/svg>/g, ' ')
    // Inline elements join their neighbours; any other tag separates words.
    .replace(/<\/?(?:strong|time|a)\b[^>]*>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describe('SkillMarket', () => {
  test('is a section named by its heading, with no inline style and no script', async () => {
    const html = await render(SkillMarketPanel, { props: { market, today: '2026-11-25' } });
    expect(html).toMatch(/<section id="market" aria-labelledby="market-heading"/);
    expect(html).toMatch(/<h2 id="market-heading"[^>]*>The market for Go<\/h2>/);
    expect(html).not.toMatch(/style=|<style|<script/);
  });

  test('names each chart by its figures', async () => {
    const html = await render(SkillMarketPanel, { props: { market, today: '2026-11-25' } });
    expect(imageNames(html)).toEqual([
      'Workplace of 24 open jobs: remote 50%, hybrid 25%, on-site 25%',
      'Pay in EUR: median €72k, middle half €60k–€85k, from 23 salaries',
      'Go jobs posted per month, Dec 2025 to Nov 2026: 36 in all, most in Oct 2026 (9), 4 in Nov 2026',
    ]);
  });

  test('puts the same figures on the page as text', async () => {
    const page = text(await render(SkillMarketPanel, { props: { market, today: '2026-11-25' } }));
    expect(page).toContain('24 open jobs on 25 Nov 2026');
    expect(page).toContain('Remote 50% (12)');
    expect(page).toContain('Median €72,000, middle half €60,000–€85,000, all €40,000–€120,000.');
    expect(page).toContain('2 more salaries in currencies with fewer than 5');
    expect(page).toContain('Oct 2026 9');
    expect(page).toContain('Germany 9');
    expect(page).toContain('Anywhere 5');
    expect(page).toContain('2 jobs do not say where');
    expect(page).toContain('Senior €90,500 9');
  });

  test('links each skill asked together to its page', async () => {
    const html = await render(SkillMarketPanel, { props: { market, today: '2026-11-25' } });
    expect(html).toContain('<a href="/skills/sql/">SQL</a>');
    expect(html).toContain('<a href="/skills/rust/">Rust</a>');
  });

  test('says there are too few salaries instead of showing a figure', async () => {
    const few: SkillMarket = {
      ...market,
      pay: { currencies: [], salaries: 3, tooFew: true },
      bySeniority: [],
    };
    const html = await render(SkillMarketPanel, {
      props: { market: few, today: '2026-11-25' },
    });
    expect(text(html)).toContain(
      'Fewer than 5 salaries in every currency (3 salaries in all): too few to show.',
    );
    expect(imageNames(html)).toHaveLength(2);
    expect(html).not.toContain('Pay by seniority');
  });
});

describe('CompanyMarket', () => {
  const figures: CompanyFigures = {
    open: 3,
    workplace: mix(2, 1, 0, 0),
    pay: [{ currency: 'EUR', count: 2, min: 60_000, max: 104_000 }],
    skills: [{ skill: go, count: 3 }],
  };

  test('shows the workplace mix, the pay range and the skills of the open jobs', async () => {
    const html = await render(CompanyMarket, { props: { market: figures, name: 'Acme' } });
    expect(html).toMatch(/<h2 id="market-heading"[^>]*>\s*Hiring at Acme\s*<\/h2>/);
    expect(imageNames(html)).toEqual(['Workplace of 3 open jobs: remote 50%, hybrid 25%']);
    expect(text(html)).toContain('EUR €60,000–€104,000 2');
    expect(html).toContain('<a href="/skills/go/">Go</a>');
    expect(html).not.toMatch(/style=|<script/);
  });

  test('shows nothing for a company without open jobs', async () => {
    const none = { ...figures, open: 0, pay: [], skills: [] };
    const html = await render(CompanyMarket, { props: { market: none, name: 'Acme' } });
    expect(html.trim()).toBe('');
  });
});

describe('TopSkills', () => {
  test('links each skill with its open jobs and a named sparkline', async () => {
    const html = await render(TopSkills, {
      props: { top: [{ skill: go, open: 24, demand }], class: 'mb-10' },
    });
    expect(html).toMatch(/<section aria-labelledby="top-skills-heading" class="mb-10"/);
    expect(html).toMatch(/<a href="\/skills\/go\/"[^>]*>\s*Go\s*<span class="sr-only"> jobs<\/span>\s*<\/a>/);
    expect(text(html)).toContain('24 open jobs · 36 posted in 12 months');
    expect(imageNames(html)).toEqual([
      'Go jobs posted per month, Dec 2025 to Nov 2026: 36 in all, most in Oct 2026 (9), 4 in Nov 2026',
    ]);
  });
});
