import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export type Theme = 'light' | 'dark';
export const THEMES: Theme[] = ['light', 'dark'];

/** Starts every page of this test in `theme`, as if the reader had chosen it before. */
export async function useTheme(page: Page, theme: Theme): Promise<void> {
  await page.addInitScript((t) => localStorage.setItem('theme', t), theme);
}

/** WCAG 2.2 AA, as the site promises. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  const theme = await page.locator('html').getAttribute('data-theme');
  expect(summary, `axe violations on ${page.url()} in the ${theme} theme`).toEqual([]);
}

/**
 * Axe in the light theme, then in the dark one on the same page, switched with the reader's
 * own toggle: one page load and one context for both themes (a new context, a page load and
 * axe's injection cost about 2.5 s of a loaded 2-core machine). Load the page with
 * `useTheme(page, 'light')`.
 */
export async function expectNoAxeViolationsInEitherTheme(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expectNoAxeViolations(page);
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expectNoAxeViolations(page);
}

/** True when the page is wider than the window (a reader would scroll sideways). */
export async function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

export interface PageProblems {
  /** `securitypolicyviolation` events: "path: directive blocked uri". */
  csp: string[];
  /**
   * Console errors and warnings, uncaught exceptions, and alert, confirm or prompt dialogs
   * (no page of the site opens one; they are dismissed).
   */
  errors: string[];
}

export interface WatchOptions {
  /**
   * Console warnings do not count. Only for a third-party application whose warnings are
   * not ours to fix (the CMS at /admin/); its errors still count.
   */
  ignoreConsoleWarnings?: boolean;
}

/**
 * The one watcher of what a page must never do, for every spec: records each CSP
 * violation, console error or warning, uncaught exception and dialog of `page` from the
 * first byte of every page it loads (the listener is installed before any page script
 * runs), for the whole test. Call the returned function for what it has seen so far.
 */
export async function watchProblems(
  page: Page,
  options: WatchOptions = {},
): Promise<() => Promise<PageProblems>> {
  const csp: string[] = [];
  const errors: string[] = [];
  const counted = options.ignoreConsoleWarnings ? ['error'] : ['error', 'warning'];
  page.on('console', (msg) => {
    if (counted.includes(msg.type())) errors.push(`${page.url()}: console ${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  page.on('dialog', (dialog) => {
    errors.push(`${page.url()}: ${dialog.type()} dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  // Reported to this process as they happen, so no navigation can lose one.
  await page.exposeFunction('__reportCsp', (violation: string) => {
    csp.push(violation);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const w = window as unknown as { __reportCsp: (violation: string) => Promise<void> };
      void w.__reportCsp(`${location.pathname}: ${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`);
    });
  });
  return async () => ({ csp: [...csp], errors: [...errors] });
}
