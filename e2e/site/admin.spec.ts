import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parseYaml } from '../../src/lib/readContent';
import { ADMIN_CSP_DIRECTIVES } from '../../src/lib/security';
import { watchProblems } from '../helpers';

// The form editor (Sveltia CMS) at /admin/, issue 14. Its configuration is generated from the
// content schemas; here the CMS loads it, with its GitHub backend swapped for Sveltia's
// in-memory test backend (no login), and must show the four collections without an error.

/** The CMS's interface fonts and update check live on CDNs; these machines have no internet. */
async function offlineCdns(page: import('@playwright/test').Page) {
  const font = readFileSync('src/assets/fonts/inter-latin-400-normal.woff');
  await page.route(/^https:\/\/cdn\.jsdelivr\.net\//, (r) =>
    r.fulfill({ status: 200, contentType: 'font/woff', body: font }),
  );
  await page.route(/^https:\/\/unpkg\.com\//, (r) =>
    r.fulfill({ status: 200, contentType: 'application/json', json: { version: '0.0.0' } }),
  );
}

test('/admin/ has its own policy, stays out of search engines, and serves a config made from the schemas', async ({
  request,
}) => {
  // As served (the CMS rewrites the document once it runs).
  const res = await request.get('/admin/');
  expect(res.status()).toBe(200);
  const html = await res.text();
  expect(html).toContain(
    `<meta http-equiv="Content-Security-Policy" content="${ADMIN_CSP_DIRECTIVES.join('; ')}">`,
  );
  expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
  expect(html).not.toContain('data-pagefind-body');
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  expect(sitemap).not.toContain('/admin/');

  const config = parseYaml(await (await request.get('/admin/config.yml')).text()) as {
    backend: { name: string; repo: string; branch: string };
    collections: { name: string; label: string; folder?: string }[];
  };
  expect(config.backend).toMatchObject({ name: 'github', branch: 'main' });
  expect(config.backend.repo).toMatch(/^[\w.-]+\/[\w.-]+$/);
  expect(config.collections.map((c) => c.name)).toEqual(['jobs', 'companies', 'articles', 'skills']);
  expect(config.collections[0]!.folder).toBe('content/jobs');
});

test('/admin/ loads its configuration without console errors and shows the four collections', async ({
  page,
}) => {
  // Sveltia's own console warnings are not ours to fix; its errors still fail the test.
  const problems = await watchProblems(page, { ignoreConsoleWarnings: true });
  await offlineCdns(page);
  await page.route(/\/admin\/config\.yml/, async (route) => {
    const res = await route.fetch();
    const text = await res.text();
    const swapped = text.replace(/^backend:\n(?: {2}.*\n)+/m, 'backend:\n  name: test-repo\n');
    expect(swapped).not.toBe(text);
    await route.fulfill({ response: res, body: swapped });
  });
  await page.goto('/admin/');
  await page.getByRole('button', { name: 'Work with Test Repository' }).click();
  const nav = page.getByRole('navigation').or(page.locator('body'));
  for (const label of ['Jobs', 'Companies', 'Guides', 'Skills']) {
    await expect(nav.getByText(label, { exact: true }).first()).toBeVisible();
  }
  // A new job's form has the schema's fields, the company as a choice from the companies.
  await page.getByRole('button', { name: /New/ }).first().click();
  await expect(page.getByText('Title', { exact: true }).first()).toBeVisible();
  await expect(page.getByText('Company', { exact: true }).first()).toBeVisible();
  const { csp, errors } = await problems();
  expect(csp).toEqual([]);
  expect(errors).toEqual([]);
});
