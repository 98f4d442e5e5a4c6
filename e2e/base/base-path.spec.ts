import { expect, test } from '@playwright/test';
import { watchProblems } from '../helpers';
import { readSitemap } from '../sitemap';

// The real site built with BASE_PATH=/careers/ (npm run build:base), served under /careers/.

test.describe('the site under a base path', () => {
  // One walk over every page (each page load costs about a second on a loaded 2-core machine):
  // what a reader's browser loads, and what a crawler reads from the head.
  test('every sitemap URL carries the base, loads all its assets, breaks no policy, and names its canonical URL with description, OpenGraph and Twitter tags', async ({
    page,
    request,
  }) => {
    // Walks every page of the sitemap: allow for a loaded CI machine.
    test.slow();
    const pages = await readSitemap(request, 'sitemap-index.xml');
    expect(pages.length).toBeGreaterThan(10);
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    const problems = await watchProblems(page);
    for (const { loc, path } of [
      ...pages,
      { loc: 'http://localhost:4321/careers/404.html', path: '404.html' },
    ]) {
      expect(loc).toMatch(/^http:\/\/localhost:4321\/careers\//);
      await page.goto(path);
      expect((await problems()).csp, path).toEqual([]);
      // The whole head in one round trip to the browser.
      const head = await page.evaluate(() => {
        const attr = (selector: string, name = 'content') =>
          document.head.querySelector(selector)?.getAttribute(name) ?? null;
        const meta: Record<string, string | null> = {};
        for (const selector of [
          'meta[name="description"]',
          'meta[property="og:title"]',
          'meta[property="og:description"]',
          'meta[name="twitter:card"]',
          'meta[name="twitter:title"]',
          'meta[name="twitter:description"]',
          'meta[property="og:image:alt"]',
        ])
          meta[selector] = attr(selector)?.trim() || null;
        return {
          canonical: attr('link[rel="canonical"]', 'href'),
          ogUrl: attr('meta[property="og:url"]'),
          ogImage: attr('meta[property="og:image"]'),
          twitterCard: attr('meta[name="twitter:card"]'),
          meta,
          types: [...document.querySelectorAll('script[type="application/ld+json"]')].map(
            (s) => (JSON.parse(s.textContent ?? '') as { '@type': string })['@type'],
          ),
          crumbs: document.querySelector('nav[aria-label="Breadcrumb"]') !== null,
        };
      });
      expect(head.canonical, path).toBe(loc);
      expect(head.ogUrl, path).toBe(loc);
      for (const [selector, value] of Object.entries(head.meta))
        expect(value, `${path} ${selector}`).toBeTruthy();
      // The preview image is under the base (check:links proves it exists in dist-base).
      expect(head.ogImage, path).toMatch(/^http:\/\/localhost:4321\/careers\/og\/.+\.png$/);
      expect(head.twitterCard, path).toBe('summary_large_image');
      // Every page but the home page has breadcrumbs, so a BreadcrumbList.
      expect(head.types.includes('BreadcrumbList'), path).toBe(head.crumbs);
    }
    expect(failed).toEqual([]);
    expect((await problems()).errors).toEqual([]);
  });

  test('canonical URL, feeds and structured data carry the base', async ({ page }) => {
    await page.goto('jobs/');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      'http://localhost:4321/careers/jobs/',
    );
    await expect(page.locator('link[type="application/rss+xml"]').first()).toHaveAttribute(
      'href',
      'http://localhost:4321/careers/jobs/rss.xml',
    );
    const crumbs = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').first().textContent()) ?? '',
    ) as {
      itemListElement: { item: string }[];
    };
    expect(crumbs.itemListElement.map((i) => i.item)).toEqual([
      'http://localhost:4321/careers/',
      'http://localhost:4321/careers/jobs/',
    ]);
    await page.goto('./');
    const site = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').first().textContent()) ?? '',
    ) as {
      potentialAction: { target: { urlTemplate: string } };
    };
    expect(site.potentialAction.target.urlTemplate).toBe(
      'http://localhost:4321/careers/search/?q={search_term_string}',
    );
  });

  test('a reader who follows links never leaves the base', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('link', { name: 'Browse all jobs' }).click();
    await expect(page).toHaveURL(/\/careers\/jobs\/$/);
    await page.locator('[data-job] a').first().click();
    await expect(page).toHaveURL(/\/careers\/jobs\/[^/]+\/$/);
  });

  test('robots.txt names the sitemap under the base', async ({ request }) => {
    expect(await (await request.get('robots.txt')).text()).toContain(
      'Sitemap: http://localhost:4321/careers/sitemap-index.xml',
    );
  });
});
