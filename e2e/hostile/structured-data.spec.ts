import { expect, test } from '@playwright/test';
import { jobPosting } from '../../src/lib/structuredData';
import type { JobData } from '../../src/lib/schemas';
import { frontMatter, readJobFiles } from '../content';
import { watchProblems } from '../helpers';

// Built from tests/fixtures/hostile: titles, names and summaries that try to end the
// script element, open a comment, or split a JavaScript string (U+2028).
const ROOT = 'tests/fixtures/hostile';
const job = readJobFiles(ROOT).find((j) => j.id === 'evil-go-developer')!;
const data = job.data as unknown as JobData;
const company = frontMatter(`${ROOT}/companies/evil.md`) as {
  name: string;
  website: string;
};

test.describe('a job whose text tries to run script', () => {
  test('has exactly one JobPosting, equal to the data built from its file', async ({ page }) => {
    await page.goto(`/jobs/${job.id}/`);
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    const postings = blocks
      .map((b) => JSON.parse(b) as Record<string, unknown>)
      .filter((d) => d['@type'] === 'JobPosting');
    expect(postings).toHaveLength(1);
    const posting = postings[0]!;
    // The description is the Markdown body as Astro renders it; everything else is rebuilt here.
    expect(posting['description']).toContain('Write Go services.');
    expect(posting).toEqual(
      jobPosting({
        id: job.id,
        data,
        company,
        descriptionHtml: posting['description'] as string,
        url: `http://localhost:4321/jobs/${job.id}/`,
      }),
    );
    expect(posting['title']).toBe(data.title);
    expect((posting['hiringOrganization'] as { name: string }).name).toBe(company.name);
  });

  test('runs no script: no dialog, no CSP violation, and the text shows as text', async ({ page }) => {
    // A dialog counts among the errors.
    const problems = await watchProblems(page);
    for (const url of [`/jobs/${job.id}/`, '/jobs/', '/skills/go/', '/companies/evil/', '/']) {
      await page.goto(url);
      expect((await problems()).csp, url).toEqual([]);
    }
    await page.goto(`/jobs/${job.id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(data.title);
    await expect(page.getByRole('main').getByText(data.summary)).toBeVisible();
    await expect(page.getByRole('link', { name: company.name }).first()).toBeVisible();
    // The only script: our inline site script (theme and search trigger), nothing from content.
    expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(1);
    expect(await page.locator('script[src]').count()).toBe(0);
    expect((await problems()).errors).toEqual([]);
  });

  test('the feeds carry the text intact', async ({ request }) => {
    const feed = (await (await request.get('/jobs/feed.json')).json()) as {
      items: { title: string; summary: string }[];
    };
    expect(feed.items.map((i) => i.title)).toEqual([`${data.title} at ${company.name}`]);
    expect(feed.items[0]!.summary).toContain(data.summary);
  });
});
