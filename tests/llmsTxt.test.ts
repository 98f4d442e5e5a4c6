import { describe, expect, test } from 'vitest';
import { buildBoard } from '@/lib/board';
import { buildFeeds } from '@/lib/feeds';
import { llmsTxt, type LlmsArticle } from '@/lib/llmsTxt';
import { createUrls } from '@/lib/urls';
import { BENCH_BUILD_DATE, generateCompanies, generateJobs, generateSkills } from '../scripts/bench/generate';
import { companies, makeJob, skills } from './helpers';

const urls = createUrls('/careers/', 'https://example.org');

const guide = (skill: string, title: string, draft = false): LlmsArticle => ({
  id: skill,
  data: { skill, draft, title, description: `All about\n${title}.` },
});

const board = buildBoard({
  jobs: [
    makeJob('a', { skills: ['go', 'sql'], company: 'acme', locations: [{ country: 'DE' }] }),
    makeJob('b', { skills: ['go'], company: 'acme', workplace: 'remote', locations: [{ country: 'AT' }] }),
    makeJob('closed', { skills: ['rust'], company: 'globex', validThrough: '2026-11-01' }),
  ],
  companies,
  skills: [...skills, { id: 'c-sharp', name: 'C# [.NET]', aliases: [] }],
  articles: [guide('go', 'Mastering Go'), guide('rust', 'Hidden Rust', true)],
  today: '2026-11-20',
});
const text = llmsTxt(board, buildFeeds(board), urls);
const lines = text.split('\n');

describe('llmsTxt', () => {
  test('opens with the title and a one-paragraph summary with the board’s counts', () => {
    expect(lines[0]).toBe('# Skillboard');
    expect(lines[1]).toBe('');
    expect(lines[2]).toMatch(/^> Skillboard: .* 2 open jobs at 1 company, rebuilt every day/);
    expect(lines[3]).toBe('');
  });

  test('has the sections in order, each a list of [name](absolute url): note links', () => {
    expect(lines.filter((l) => l.startsWith('## '))).toEqual([
      '## Guides',
      '## Skills',
      '## Jobs as data',
      '## Feeds',
    ]);
    const items = lines.filter((l) => l.startsWith('- '));
    expect(items.length).toBeGreaterThan(10);
    for (const item of items)
      expect(item).toMatch(/^- \[[^\n]+\]\(https:\/\/example\.org\/careers\/[^)\s]*\): \S/);
  });

  test('lists published guides only, on one line each', () => {
    expect(text).toContain(
      '- [Mastering Go](https://example.org/careers/skills/go/): All about Mastering Go.',
    );
    expect(text).not.toContain('Hidden Rust');
  });

  test('lists every skill with its open-job count, closed jobs not counted', () => {
    expect(text).toContain('- [GO](https://example.org/careers/skills/go/): 2 open jobs');
    expect(text).toContain('- [SQL](https://example.org/careers/skills/sql/): 1 open job');
    expect(text).toContain('- [RUST](https://example.org/careers/skills/rust/): 0 open jobs');
  });

  test('escapes brackets in a name, so it cannot end its link', () => {
    expect(text).toContain('- [C# \\[.NET\\]](https://example.org/careers/skills/c-sharp/): 0 open jobs');
  });

  test('says where the job documents, their schema and the feeds live', () => {
    expect(text).toContain('- [Job document schema](https://example.org/careers/schemas/job.json): ');
    expect(text).toContain('https://example.org/careers/jobs/{id}.json');
    expect(text).toContain('- [All jobs (RSS)](https://example.org/careers/jobs/rss.xml): ');
    expect(text).toContain('https://example.org/careers/skills/{skill}/rss.xml');
    expect(text).toContain('https://example.org/careers/companies/{company}/rss.xml');
    expect(text).toContain('- [Remote jobs (RSS)](https://example.org/careers/jobs/remote/rss.xml)');
    expect(text).toContain('- [Jobs in Austria (RSS)](https://example.org/careers/jobs/country/at/rss.xml)');
    expect(text).toContain('- [Jobs in Germany (RSS)](https://example.org/careers/jobs/country/de/rss.xml)');
  });

  test('stays small at 10,000 jobs: no line per job or company', () => {
    const big = buildBoard({
      jobs: generateJobs(10_000, 3),
      companies: generateCompanies(3).map((c) => ({ id: c.id, data: { name: c.name, website: c.website } })),
      skills: generateSkills(),
      articles: [],
      today: BENCH_BUILD_DATE,
    });
    const bigText = llmsTxt(big, buildFeeds(big), urls);
    expect(bigText.length).toBeLessThan(10_000);
    expect(bigText).not.toContain('/jobs/job-');
    expect(bigText).not.toContain('/companies/' + big.companies[0]!.id);
  });
});
