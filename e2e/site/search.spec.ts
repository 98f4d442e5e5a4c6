import { expect, test } from '@playwright/test';
import { THEMES, expectNoAxeViolations, useTheme, watchProblems } from '../helpers';
import { resultLinks, searchOnPage } from '../search';

const SUMUP = '/jobs/sumup-backend-engineer-golang-payments-processing-platform/';
const KIMIA = '/jobs/kimia-group-full-stack-developer-vue-js/';
const SAP = '/jobs/sap-senior-full-stack-developer/';

test.describe('the /search/ page', () => {
  for (const [query, url] of [
    ['golang', SUMUP],
    ['vue', KIMIA],
    ['Budapest', SAP],
  ] as const) {
    test(`"${query}" finds ${url} first`, async ({ page }) => {
      const problems = await watchProblems(page);
      await page.goto('/search/');
      await searchOnPage(page, query);
      await expect(resultLinks(page).first()).toHaveAttribute('href', new RegExp(`^${url}\\?highlight=`));
      expect(await problems()).toEqual({ csp: [], errors: [] });
    });
  }

  test('filtering workplace = Hybrid leaves only hybrid jobs, with a count beside each value', async ({
    page,
  }) => {
    await page.goto('/search/');
    await searchOnPage(page, 'full stack');
    // Results render lazily as they scroll into view: count the list items.
    const items = page.locator('pagefind-results ul > li');
    await expect.poll(() => items.count()).toBeGreaterThan(1);
    const before = await items.count();
    const hybrid = page.getByRole('checkbox', { name: /Hybrid/ });
    await expect(page.locator('label', { has: hybrid }).locator('.pf-filter-checkbox-count')).toHaveText(
      /^\d+$/,
    );
    await hybrid.check();
    await expect(page).toHaveURL(/[?&]workplace=hybrid/);
    await expect.poll(() => items.count()).toBeLessThan(before);
    await expect(resultLinks(page).first()).toBeVisible();
    // Pagefind replaces the results as they load: wait for the filtered list to settle.
    const facts = page.locator('pagefind-results .sb-result-facts');
    await expect
      .poll(async () => {
        const lines = await facts.allTextContents();
        return lines.length > 0 && lines.every((line) => line.includes('Hybrid'));
      })
      .toBe(true);
  });

  test('restores the query, filters and sort from the URL', async ({ page }) => {
    await page.goto('/search/?q=developer&workplace=hybrid&sort=newest');
    await expect(page.locator('#search-page').getByRole('searchbox')).toHaveValue('developer');
    await expect(page.getByLabel('Sort by')).toHaveValue('newest');
    await expect(page.getByRole('checkbox', { name: /Hybrid/ })).toBeChecked();
    await expect(resultLinks(page)).toHaveCount(1);
    await expect(resultLinks(page).first()).toHaveAttribute('href', new RegExp(`^${KIMIA}`));
  });

  test('newest first orders results by the day posted', async ({ page }) => {
    await page.goto('/search/?q=development&sort=newest');
    await expect(page.locator('#search-page .pf-summary')).toContainText('development');
    // Results render lazily: retry until several are shown, then they must be newest first.
    await expect(async () => {
      const days = await page
        .locator('pagefind-results .sb-result-posted')
        .allTextContents()
        .then((lines) => lines.map((l) => new Date(l.replace(/^(?:Posted|Published) /, '')).getTime()));
      expect(days.length).toBeGreaterThan(1);
      expect(
        days.every((d) => Number.isFinite(d)),
        'every result says when it was posted',
      ).toBe(true);
      expect([...days].sort((a, b) => b - a)).toEqual(days);
    }).toPass();
  });

  test('Back returns to the previous search, Forward to the next', async ({ page }) => {
    await page.goto('/search/');
    await searchOnPage(page, 'golang');
    await page.keyboard.press('Enter');
    await searchOnPage(page, 'vue');
    await expect(page).toHaveURL(/\?q=vue$/);
    await page.goBack();
    await expect(page).toHaveURL(/\?q=golang$/);
    await expect(page.locator('#search-page').getByRole('searchbox')).toHaveValue('golang');
    await expect(resultLinks(page).first()).toHaveAttribute('href', new RegExp(`^${SUMUP}`));
    await page.goForward();
    await expect(resultLinks(page).first()).toHaveAttribute('href', new RegExp(`^${KIMIA}`));
  });

  test('words searched, and Enter pressed, while the index still loads make a Back step too', async ({
    page,
  }) => {
    // A slow index: both searches happen before it has loaded (CI once lost the first).
    await page.route('**/pagefind/*.pf_meta', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 2500));
      await route.continue();
    });
    await page.goto('/search/');
    const box = page.locator('#search-page').getByRole('searchbox');
    await box.fill('golang');
    // Past the box's debounce, so Pagefind searches for it.
    await page.waitForTimeout(500);
    await box.press('Enter');
    await box.fill('vue');
    await expect(page.locator('#search-page .pf-summary')).toContainText('vue');
    await expect(page).toHaveURL(/\?q=vue$/);
    await page.goBack();
    await expect(page).toHaveURL(/\?q=golang$/);
    await expect(resultLinks(page).first()).toHaveAttribute('href', new RegExp(`^${SUMUP}`));
  });

  test('asks for Pagefind’s UI and core from its head, before search’s own modules, once each', async ({
    page,
  }) => {
    // The page's first results need both. Asked for by the head, they load beside the page's
    // own modules rather than after them (Lighthouse's phone: the first result 2.5 s → 1.8 s).
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto('/search/');
    await expect(resultLinks(page).first()).toBeVisible();
    const started = await page.evaluate(() => {
      const entry = document.querySelector<HTMLScriptElement>('script[type="module"][src]')?.src;
      const timings = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const at = (file: string) => timings.find((t) => t.name.endsWith(`/pagefind/${file}`))?.startTime;
      const modules = timings.filter((t) => /\/_astro\/[^/]+\.js$/.test(t.name) && t.name !== entry);
      return {
        ui: at('pagefind-component-ui.js'),
        core: at('pagefind.js'),
        modules: modules.length,
        firstModule: Math.min(...modules.map((t) => t.startTime)),
      };
    });
    expect(started.modules, 'search loads modules of its own besides its entry').toBeGreaterThan(0);
    expect(started.ui).toBeLessThan(started.firstModule);
    expect(started.core).toBeLessThan(started.firstModule);
    // What the head asks for is what search imports: the same URLs, fetched once.
    for (const file of ['pagefind-component-ui.js', 'pagefind.js', 'pagefind-component-ui.css']) {
      expect(requested.filter((p) => p === `/pagefind/${file}`)).toHaveLength(1);
    }
  });

  test('Pagefind’s styles apply: its words for screen readers take no room on screen', async ({ page }) => {
    // The head's preload of Pagefind's stylesheet once stood in for the stylesheet itself: the
    // box's label and hint then showed as plain text beside it.
    await page.goto('/search/');
    await expect(resultLinks(page).first()).toBeVisible();
    for (const words of ['Search this site', 'Results will appear as you type']) {
      const box = await page.locator('#search-page').getByText(words, { exact: true }).boundingBox();
      expect(box, words).not.toBeNull();
      expect(box!.width * box!.height, words).toBeLessThanOrEqual(1);
    }
  });

  test('announces the number of results to screen readers', async ({ page }) => {
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { announced: string[] }).announced = seen;
      new MutationObserver(() => {
        for (const el of document.querySelectorAll('[aria-live]')) {
          if (el.textContent) seen.push(el.textContent);
        }
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await page.goto('/search/');
    await searchOnPage(page, 'golang');
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { announced: string[] }).announced.join('|')))
      .toContain('1 result for golang');
  });

  for (const query of ['<img src=x onerror=alert(1)>', '"><script>alert(1)</script>']) {
    test(`shows the query ${query} as text, runs nothing and adds no element`, async ({ page }) => {
      const problems = await watchProblems(page);
      await page.goto(`/search/?q=${encodeURIComponent(query)}`);
      // Shown as typed, as text: in the box and in the summary ("N results for …").
      await expect(page.locator('#search-page').getByRole('searchbox')).toHaveValue(query);
      await expect(page.locator('#search-page .pf-summary')).toContainText(query);
      expect(
        await page.locator('[onerror], img[src="x"], main script, pagefind-results script').count(),
      ).toBe(0);
      await page.waitForTimeout(300);
      expect(await problems()).toEqual({ csp: [], errors: [] });
    });
  }

  for (const theme of THEMES) {
    test(`has no axe violations with results and filters in the ${theme} theme`, async ({ page }) => {
      await useTheme(page, theme);
      await page.goto('/search/?q=full+stack&workplace=hybrid');
      await expect(resultLinks(page)).toHaveCount(1);
      await expectNoAxeViolations(page);
    });
  }

  test('an empty result shows the query as text and links to jobs and skills', async ({ page }) => {
    await page.goto('/search/?q=xyzzyplugh');
    const empty = page.locator('#search-page .sb-empty');
    await expect(empty).toBeVisible();
    await expect(empty).toContainText('“xyzzyplugh”');
    await expect(empty.getByRole('link', { name: 'All jobs' })).toHaveAttribute('href', '/jobs/');
    await expect(empty.getByRole('link', { name: 'All skills' })).toHaveAttribute('href', '/skills/');
  });

  test('with JavaScript the panel shows, the no-JavaScript note does not, and nothing jumps as results load', async ({
    page,
  }) => {
    // On a phone, where the box and the results fill the first screen. Layout shifts are summed
    // as the page loads (Lighthouse's CLS takes the worst burst of them; 0.1 is its limit).
    await page.setViewportSize({ width: 390, height: 844 });
    await page.addInitScript(() => {
      const w = window as unknown as { layoutShift: number };
      w.layoutShift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
          w.layoutShift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto('/search/');
    await expect(page.locator('#search-page').getByRole('searchbox')).toBeVisible();
    await expect(page.getByText('Search needs JavaScript')).toBeHidden();
    // The browse view (no words yet) lists jobs; wait for the first screen's results to load.
    await expect(resultLinks(page).nth(2)).toBeVisible();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 300))));
    const shift = await page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift);
    expect(shift).toBeLessThan(0.02);
  });

  test('without JavaScript says search needs it and links to jobs and skills', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/search/');
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'all open jobs' })).toHaveAttribute(
      'href',
      '/jobs/',
    );
    await expect(page.getByRole('main').getByRole('link', { name: 'jobs by skill' })).toHaveAttribute(
      'href',
      '/skills/',
    );
    await page.goto(SAP);
    await expect(page.getByRole('link', { name: 'Search', exact: true }).first()).toHaveAttribute(
      'href',
      '/search/',
    );
    await context.close();
  });
});

test.describe('the search dialog', () => {
  test('keyboard only from a job page: /, type, arrow down, Enter opens the job with the term marked', async ({
    page,
  }) => {
    const problems = await watchProblems(page);
    await page.goto(SAP);
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: 'Search jobs and guides' });
    await expect(dialog.getByRole('searchbox')).toBeFocused();
    await page.keyboard.type('golang');
    // The results of the whole word, not of "golan" searched on the way: those are replaced
    // when the last search answers, and a result focused before that would lose its focus.
    await expect(dialog.locator('.pf-summary')).toHaveText(/ for golang$/);
    await expect(resultLinks(page).first()).toHaveAttribute('href', new RegExp(`^${SUMUP}`));
    await page.keyboard.press('ArrowDown');
    await expect(resultLinks(page).first()).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${SUMUP}\\?highlight=golang$`));
    await expect(page.locator('article mark').first()).toHaveText(/golang/i);
    expect(await problems()).toEqual({ csp: [], errors: [] });
  });

  test('Ctrl+K opens it, Escape closes it and focus returns to the header trigger', async ({ page }) => {
    await page.goto('/skills/');
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Search jobs and guides' });
    await expect(dialog.getByRole('searchbox')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.locator('#search-link')).toBeFocused();
    await expect(page.locator('#search-link')).toHaveAttribute('aria-expanded', 'false');
  });

  test('/ pressed at once after Escape opens it again, however late the closing finishes', async ({
    page,
  }) => {
    await page.goto('/skills/');
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: 'Search jobs and guides' });
    await expect(dialog.getByRole('searchbox')).toBeFocused();
    // A closed dialog fires `close` a task later, and Pagefind's modal will not open again
    // until then. On a loaded machine that task can come after search has handled the next
    // `/`; here it is held back 300 ms, so the order is the same on every run. Until then
    // focus stays in the closed dialog's box, so the `/` is pressed there, as a reader's is.
    const pressedIn = await page.evaluate(() => {
      const dialogEl = document.querySelector('pagefind-modal dialog')!;
      dialogEl.addEventListener(
        'close',
        (e) => {
          if (!e.isTrusted) return;
          e.stopImmediatePropagation();
          setTimeout(() => dialogEl.dispatchEvent(new Event('close')), 300);
        },
        { capture: true, once: true },
      );
      document
        .querySelector('pagefind-modal input')!
        .dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
      const focused = document.activeElement!;
      focused.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true, cancelable: true }));
      return `${focused.localName} in ${focused.closest('dialog') ? 'a dialog' : 'the page'}`;
    });
    expect(pressedIn).toBe('input in a dialog');
    await expect(dialog.getByRole('searchbox')).toBeFocused();
    await page.waitForTimeout(500);
    await expect(page.locator('dialog[open]')).toHaveCount(1);
    await expect(dialog.getByRole('searchbox')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.locator('dialog[open]')).toHaveCount(0);
    await expect(page.locator('#search-link')).toBeFocused();
  });

  test('/ typed into a text field does not open it', async ({ page }) => {
    await page.goto('/search/');
    const box = page.locator('#search-page').getByRole('searchbox');
    await box.fill('ci/cd');
    await expect(box).toHaveValue('ci/cd');
    await expect(page.locator('pagefind-modal')).toHaveCount(0);
  });

  test('an empty result in the dialog shows the query as text with links onward', async ({ page }) => {
    const problems = await watchProblems(page);
    await page.goto('/');
    await page.locator('#search-link').click();
    const dialog = page.getByRole('dialog', { name: 'Search jobs and guides' });
    await dialog.getByRole('searchbox').fill('<b>xyzzyplugh</b>');
    await expect(dialog.locator('.sb-empty')).toContainText('“<b>xyzzyplugh</b>”');
    await expect(dialog.getByRole('link', { name: 'All jobs' })).toBeVisible();
    expect(await dialog.locator('b').count()).toBe(0);
    expect(await problems()).toEqual({ csp: [], errors: [] });
  });

  for (const theme of THEMES) {
    test(`has no axe violations when open with results in the ${theme} theme`, async ({ page }) => {
      await useTheme(page, theme);
      await page.goto('/jobs/');
      await page.locator('#search-link').click();
      await page.getByRole('dialog').getByRole('searchbox').fill('engineer');
      await expect(resultLinks(page).first()).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
});

test.describe('content pages', () => {
  const templates = [
    '/',
    '/jobs/',
    SAP,
    '/skills/',
    '/skills/back-end-development/',
    '/companies/',
    '/companies/sap/',
    '/no-such-page/',
  ];
  test('request nothing of Pagefind until search is used', async ({ page }) => {
    const problems = await watchProblems(page);
    const requested: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/pagefind/')) requested.push(r.url());
    });
    for (const url of templates) {
      await page.goto(url);
      await page.waitForLoadState('networkidle');
    }
    expect(requested).toEqual([]);
    // The 404 page's own status is logged as a console error: only what search adds counts here.
    const walked = await problems();
    await page.locator('#search-link').click();
    await expect(page.getByRole('dialog').getByRole('searchbox')).toBeFocused();
    await expect
      .poll(() => requested.some((u) => u.endsWith('/pagefind/pagefind-component-ui.js')))
      .toBe(true);
    const { csp, errors } = await problems();
    expect(csp).toEqual([]);
    expect(errors.slice(walked.errors.length)).toEqual([]);
  });
});
