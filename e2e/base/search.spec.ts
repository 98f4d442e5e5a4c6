import { expect, test } from '@playwright/test';
import { watchProblems } from '../helpers';
import { resultLinks, searchOnPage } from '../search';

// baseURL ends in /careers/: relative paths here resolve below it.
test('under the base path, search finds results whose links carry the base', async ({ page }) => {
  const problems = await watchProblems(page);
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('search/');
  await searchOnPage(page, 'golang');
  await expect(resultLinks(page).first()).toHaveAttribute(
    'href',
    /^\/careers\/jobs\/sumup-backend-engineer-golang-payments-processing-platform\/\?highlight=golang$/,
  );
  for (const href of await resultLinks(page).evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
    expect(href).toMatch(/^\/careers\//);
  }
  expect(
    requested.filter((p) => p.includes('/pagefind/')).every((p) => p.startsWith('/careers/pagefind/')),
  ).toBe(true);
  expect(await problems()).toEqual({ csp: [], errors: [] });
});

test('under the base path, the dialog opens a result with the term marked', async ({ page }) => {
  await page.goto('jobs/');
  await page.keyboard.press('/');
  await page.getByRole('dialog').getByRole('searchbox').fill('vue');
  await resultLinks(page).first().click();
  await expect(page).toHaveURL(/\/careers\/jobs\/kimia-group-full-stack-developer-vue-js\/\?highlight=vue$/);
  await expect(page.locator('article mark').first()).toHaveText(/vue/i);
});
