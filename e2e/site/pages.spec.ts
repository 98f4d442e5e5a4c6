import { expect, test } from '@playwright/test';
import { readJobs, readSkills } from '../content';

test('the home page says what the site is and shows skills with their job counts', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const backEnd = page.getByRole('link', { name: /Back-End Development\s+9 jobs/ });
  await expect(backEnd.first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Newest jobs' })).toBeVisible();
  await expect(page.locator('[data-job]')).toHaveCount(6);
});

test('the skills page links every skill', async ({ page }) => {
  await page.goto('/skills/');
  for (const skill of readSkills()) {
    const name = new RegExp(`^${skill.name.replace('.', '\\.')}\\s+\\d+ jobs?`);
    await expect(page.getByRole('main').getByRole('link', { name })).toBeVisible();
  }
});

test('a company page shows the company and its open jobs', async ({ page }) => {
  await page.goto('/companies/sap/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('SAP');
  await expect(page.getByRole('main').getByRole('img', { name: 'SAP logo' }).first()).toBeVisible();
  await expect(page.locator('[data-job="sap-senior-full-stack-developer"]')).toBeVisible();
});

test('the companies page lists every company with a job', async ({ page }) => {
  await page.goto('/companies/');
  const names = new Set(readJobs().map((j) => j.companyName));
  for (const name of names) {
    await expect(page.getByRole('main').getByRole('link', { name: new RegExp(name) })).toBeVisible();
  }
});

test('an unknown URL gets the 404 page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'Browse all open jobs' })).toBeVisible();
});

test('a job page ships no JavaScript but the inline site script', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script' || r.resourceType() === 'fetch') scripts.push(r.url());
  });
  await page.goto('/jobs/sumup-backend-engineer-golang-payments-processing-platform/');
  await page.waitForLoadState('networkidle');
  // Search's code is fetched on first use only (e2e/site/search.spec.ts).
  expect(scripts).toEqual([]);
  const inline = await page
    .locator('script:not([src])')
    .evaluateAll((els) =>
      els.filter((e) => !e.getAttribute('type')?.includes('json')).map((e) => e.textContent?.length ?? 0),
    );
  expect(inline).toHaveLength(1);
  // Theme and search trigger together stay small (src/lib/siteScript.ts).
  expect(inline[0]).toBeLessThan(2048);
});
