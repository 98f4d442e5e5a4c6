import { expect, test } from '@playwright/test';
import { watchProblems } from '../helpers';
import { readSitemap } from '../sitemap';

// The real site built with BASE_PATH=/careers/ (npm run build:base), served under /careers/.

test.describe('the site under a base path', () => {
  test('every sitemap URL carries the base, loads all its assets and breaks no policy', async ({
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
    for (const { loc, path } of pages) {
      expect(loc).toMatch(/^http:\/\/localhost:4321\/careers\//);
      await page.goto(path);
      expect((await problems()).csp, path).toEqual([]);
    }
    expect(failed).toEqual([]);
    expect((await problems()).errors).toEqual([]);
  });

  test('every page names its canonical URL and has description, OpenGraph and Twitter tags', async ({
    page,
    request,
  }) => {
    const head = page.locator('head');
    const content = (selector: string) => head.locator(selector).getAttribute('content');
    // Walks every page of the sitemap: allow for a loaded CI machine.
    test.slow();
    const pages = await readSitemap(request, 'sitemap-index.xml');
    for (const { loc, path } of [
      ...pages,
      { loc: 'http://localhost:4321/careers/404.html', path: '404.html' },
    ]) {
      await page.goto(path);
      await expect(head.locator('link[rel="canonical"]'), path).toHaveAttribute('href', loc);
      expect(await content('meta[property="og:url"]'), path).toBe(loc);
      for (const selector of [
        'meta[name="description"]',
        'meta[property="og:title"]',
        'meta[property="og:description"]',
        'meta[name="twitter:card"]',
        'meta[name="twitter:title"]',
        'meta[name="twitter:description"]',
        'meta[property="og:image:alt"]',
      ]) {
        expect((await content(selector))?.trim(), `${path} ${selector}`).toBeTruthy();
      }
      // The preview image is under the base (check:links proves it exists in dist-base).
      expect(await content('meta[property="og:image"]'), path).toMatch(
        /^http:\/\/localhost:4321\/careers\/og\/.+\.png$/,
      );
      expect(await content('meta[name="twitter:card"]'), path).toBe('summary_large_image');
      // Every page but the home page has breadcrumbs, so a BreadcrumbList.
      const types = await page
        .locator('script[type="application/ld+json"]')
        .allTextContents()
        .then((t) => t.map((x) => (JSON.parse(x) as { '@type': string })['@type']));
      const crumbs = (await page.getByRole('navigation', { name: 'Breadcrumb' }).count()) > 0;
      expect(types.includes('BreadcrumbList'), path).toBe(crumbs);
    }
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
