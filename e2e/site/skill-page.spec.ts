import { expect, test } from '@playwright/test';
import { readJobs } from '../content';

const jobs = readJobs();

test.describe('the back-end development skill page', () => {
  test('shows the guide with every heading of the seed article', async ({ page }) => {
    await page.goto('/skills/back-end-development/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Mastering Back-End Development: A Key Skill for Thriving in Tech Careers',
    );
    const headings = await page.locator('article h2').allTextContents();
    expect(headings).toEqual([
      'Understanding Back-End Development',
      'Key Components of Back-End Development',
      'Why is Back-End Development Important in Tech Jobs?',
      'Real-World Applications',
      'Skills Required for Back-End Developers',
      'Career Opportunities',
      'Learning and Development',
    ]);
  });

  test('lists the nine seed jobs under "Job Openings for Back-End Development"', async ({ page }) => {
    await page.goto('/skills/back-end-development/');
    await expect(page.getByRole('heading', { name: 'Job Openings for Back-End Development' })).toBeVisible();
    const cards = page.locator('[data-job]');
    await expect(cards).toHaveCount(9);
    expect(jobs).toHaveLength(9);
    for (const job of jobs) {
      const card = page.locator(`[data-job="${job.id}"]`);
      await expect(card.getByRole('link', { name: job.title })).toBeVisible();
      await expect(card).toContainText(job.summary);
      await expect(card.getByRole('img', { name: `${job.companyName} logo` })).toBeVisible();
    }
  });

  for (const job of jobs) {
    test(`the card "${job.title}" opens its job page`, async ({ page }) => {
      await page.goto('/skills/back-end-development/');
      await page.locator(`[data-job="${job.id}"]`).getByRole('link', { name: job.title }).click();
      await expect(page).toHaveURL(new RegExp(`/jobs/${job.id}/$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(job.title);
      await expect(
        page.getByRole('main').getByRole('link', { name: job.companyName, exact: true }),
      ).toBeVisible();
      await expect(page.getByRole('main')).toContainText(job.summary);
      await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText('Jobs');
      await expect(page.getByRole('list', { name: 'Skills for this job' }).getByRole('link')).toHaveCount(
        job.skills.length,
      );
    });
  }
});
