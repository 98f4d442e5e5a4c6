import { expect, test, type Page } from '@playwright/test';
import { headerPolicy, metaPolicy } from '../../src/lib/security';
import { watchProblems } from '../helpers';
import { resultLinks } from '../search';
import { readSitemap } from '../sitemap';

// The whole published site under its security policy: as the meta tag every page carries, and
// with public/_headers' policy added as a real header (hosts that read _headers send both).

/**
 * Serves every response with public/_headers' policy as a real header, as such hosts do.
 * With `documentsOnly`, only pages get it: a page's policy governs what the page loads and
 * runs, so a walk that uses no worker sees the same, without routing every asset through
 * the test process (which doubled the walk's time).
 */
async function sendHeaderPolicy(page: Page, { documentsOnly = false } = {}): Promise<void> {
  await page.route('**/*', async (route) => {
    if (documentsOnly && route.request().resourceType() !== 'document') return route.continue();
    const response = await route.fetch();
    await route.fulfill({
      response,
      headers: { ...response.headers(), 'content-security-policy': headerPolicy() },
    });
  });
}

test.describe('the security policy', () => {
  // One walk for both policies: every page keeps its meta policy, and the header adds the
  // _headers one, so a violation of either shows here (a browser enforces both at once).
  test('no page in the sitemap violates the meta policy or the _headers policy, or logs an error', async ({
    page,
    request,
  }) => {
    await sendHeaderPolicy(page, { documentsOnly: true });
    const problems = await watchProblems(page);
    // Walks every page of the sitemap: allow for a loaded CI machine.
    test.slow();
    const pages = await readSitemap(request, '/sitemap-index.xml');
    expect(pages.length).toBeGreaterThan(10);
    for (const { path } of pages) {
      await page.goto(path);
      // One policy, before the first script (a meta policy covers only what follows it); and
      // the inline site script ran: it sets the theme before first paint. One round trip.
      expect(
        await page.evaluate(() => {
          const metas = document.querySelectorAll('meta[http-equiv="content-security-policy"]');
          const meta = metas[0];
          const script = document.querySelector('script');
          const before = script === null || (meta !== undefined && meta.compareDocumentPosition(script) & 4);
          return {
            policies: metas.length,
            policy: meta?.getAttribute('content'),
            before: Boolean(before),
            theme: document.documentElement.dataset['theme'],
          };
        }),
        path,
      ).toEqual({
        policies: 1,
        policy: metaPolicy(),
        before: true,
        theme: expect.stringMatching(/^(light|dark)$/),
      });
      expect((await problems()).csp, path).toEqual([]);
    }
    expect((await problems()).errors).toEqual([]);
  });

  test('a script the policy does not know is blocked and reported', async ({ page }) => {
    // Proves the listener above can see violations at all.
    const problems = await watchProblems(page);
    await page.goto('/');
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__ran = true';
      document.body.append(s);
    });
    await expect.poll(async () => (await problems()).csp.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).toBeUndefined();
  });

  test('searching breaks no policy', async ({ page }) => {
    const problems = await watchProblems(page);
    await page.goto('/search/?q=developer');
    await page.getByRole('searchbox').first().fill('developer');
    await expect(resultLinks(page).first()).toHaveAttribute('href', /\/jobs\//);
    expect((await problems()).csp).toEqual([]);
    expect((await problems()).errors).toEqual([]);
  });

  test('the search dialog works under the _headers policy sent as a header', async ({ page }) => {
    await sendHeaderPolicy(page);
    const problems = await watchProblems(page);
    await page.goto('/jobs/');
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: 'Search jobs and guides' });
    await expect(dialog.getByRole('searchbox')).toBeFocused();
    await page.keyboard.type('golang');
    await expect(resultLinks(page).first()).toHaveAttribute('href', /\/jobs\/sumup-/);
    expect((await problems()).csp).toEqual([]);
    expect((await problems()).errors).toEqual([]);
  });
});
