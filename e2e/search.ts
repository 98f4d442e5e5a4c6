/** Shared steps of the search specs (site and base path). */
import { expect, type Page } from '@playwright/test';

/** Records CSP violations, page errors, console errors and any alert/confirm dialog. */
export function watchPage(page: Page): { problems: string[] } {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  void page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return { problems };
}

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
