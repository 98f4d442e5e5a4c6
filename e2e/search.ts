/** Shared steps of the search specs (site and base path). */
import { expect, type Page } from '@playwright/test';

/** The result links shown on /search/ or in the dialog, in order. */
export function resultLinks(page: Page) {
  return page.locator('pagefind-results .sb-result-link');
}

/** Types a query into the /search/ page's box and waits for the summary to answer. */
export async function searchOnPage(page: Page, query: string): Promise<void> {
  const box = page.locator('#search-page').getByRole('searchbox');
  await box.fill(query);
  await expect(page.locator('#search-page .pf-summary')).toContainText(query);
}
