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
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** True when the page is wider than the window (a reader would scroll sideways). */
export async function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

export interface PageProblems {
  /** `securitypolicyviolation` events: "directive blocked-uri". */
  csp: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
}

/**
 * Records every CSP violation and console error of `page` from the first byte on (the
 * listener is installed before any page script runs). Call the returned function after
 * each navigation: violations are kept per page, console errors for the whole test.
 */
export async function watchProblems(page: Page): Promise<() => Promise<PageProblems>> {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`${page.url()}: ${msg.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__csp.push(`${location.pathname}: ${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`);
    });
  });
  // Violations live in the page, so read them before the next navigation.
  return async () => ({
    csp: await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp),
    errors: [...errors],
  });
}
