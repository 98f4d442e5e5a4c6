import { expect, test } from '@playwright/test';
import { expectNoAxeViolationsInEitherTheme, scrollsSideways, useTheme } from '../helpers';

/** One URL per page template of the real site. */
const TEMPLATES = {
  home: '/',
  jobs: '/jobs/',
  job: '/jobs/sap-senior-full-stack-developer/',
  skills: '/skills/',
  'skill with guide': '/skills/back-end-development/',
  'skill without guide': '/skills/go/',
  companies: '/companies/',
  company: '/companies/kimia-group/',
  'not found': '/no-such-page/',
};

for (const [name, url] of Object.entries(TEMPLATES)) {
  test(`${name} page has no axe violations in the light theme, nor in the dark`, async ({ page }) => {
    // Two axe runs: allow for a loaded machine.
    test.slow();
    await useTheme(page, 'light');
    await page.goto(url);
    await expectNoAxeViolationsInEitherTheme(page);
  });
}

test('no page scrolls sideways at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const url of Object.values(TEMPLATES)) {
    await page.goto(url);
    expect(await scrollsSideways(page), url).toBe(false);
  }
});

test('a keyboard user can skip to the content', async ({ page }) => {
  await page.goto('/jobs/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});
