/**
 * Measures search on a served, built site in headless Chromium: from opening the search
 * dialog to the first results of a query, the bytes transferred (encoded response sizes)
 * and the number of requests, and the milliseconds from the last keystroke to the results
 * being shown.
 *
 *   npm run measure:search -- --url http://127.0.0.1:4321/ --query go
 *
 * `measureSearch` is exported for the benchmark (scripts/bench*).
 */
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './lib/chromium';

export interface SearchMeasurement {
  /** Encoded bytes of every response from opening search to the first results. */
  bytes: number;
  /** Requests in the same span. */
  requests: number;
  /** Milliseconds from the query's last keystroke to the first result on screen. */
  ms: number;
}

export async function measureSearch({
  baseUrl,
  query,
}: {
  baseUrl: string;
  query: string;
}): Promise<SearchMeasurement> {
  const executablePath = chromiumExecutable();
  const browser = await chromium.launch({
    ...(executablePath !== undefined ? { executablePath } : {}),
    args: CHROMIUM_ARGS,
  });
  try {
    // A fresh context has an empty cache: every byte counts, as for a first-time reader.
    const context = await browser.newContext();
    const page = await context.newPage();
    let counting = false;
    const pending: Promise<number>[] = [];
    // The context sees the page's requests and those of Pagefind's web worker (the index).
    context.on('requestfinished', (request) => {
      if (!counting) return;
      // responseBodySize is the encoded (transferred) size of the body.
      pending.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize));
    });
    context.on('requestfailed', (request) => {
      if (counting) pending.push(Promise.reject(new Error(`${request.url()} failed`)));
    });

    await page.goto(new URL('jobs/', baseUrl.replace(/\/?$/, '/')).href, { waitUntil: 'networkidle' });
    counting = true;
    await page.keyboard.press('/');
    const box = page.getByRole('dialog').getByRole('searchbox');
    await box.waitFor({ state: 'visible' });
    await box.focus();
    // Type all but the last character, then time from the last keystroke to the results. Both
    // ends are read inside the page (the keystroke's own timestamp, and the animation frame in
    // which the first result is there to be drawn), so Playwright's round trips to the
    // browser are not counted as the reader's wait.
    await page.keyboard.type(query.slice(0, -1));
    await page.evaluate(() => {
      const w = window as unknown as { lastKeyAt?: number };
      addEventListener('keydown', (e) => (w.lastKeyAt = e.timeStamp), { capture: true, once: true });
    });
    await page.keyboard.type(query.slice(-1));
    const shownAt = await page.waitForFunction(
      (q) => {
        const summary = document.querySelector('pagefind-modal .pf-summary')?.textContent ?? '';
        const shown = document.querySelector(
          'pagefind-modal .sb-result-link, pagefind-modal .sb-empty:not([hidden])',
        );
        return summary.includes(q) && shown !== null && performance.now();
      },
      query,
      { polling: 'raf', timeout: 30_000 },
    );
    const keyAt = await page.evaluate(() => (window as unknown as { lastKeyAt?: number }).lastKeyAt);
    if (keyAt === undefined) throw new Error('the last keystroke did not reach the page');
    const ms = ((await shownAt.jsonValue()) as number) - keyAt;
    // Let responses that finished with the results be counted.
    await page.waitForLoadState('networkidle');
    counting = false;
    const sizes = await Promise.all(pending);
    return { bytes: sizes.reduce((a, b) => a + b, 0), requests: sizes.length, ms: Math.round(ms) };
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      url: { type: 'string', default: 'http://127.0.0.1:4321/' },
      query: { type: 'string', default: 'go' },
    },
  });
  const result = await measureSearch({ baseUrl: values.url, query: values.query });
  console.log(JSON.stringify(result));
  console.log(
    `search "${values.query}" at ${values.url}: ${(result.bytes / 1024).toFixed(1)} KiB in ${result.requests} requests, ` +
      `results ${result.ms} ms after the keystroke`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
