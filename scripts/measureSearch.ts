/**
 * Measures search on a served, built site in headless Chromium: from opening the search
 * dialog to the first results of a query, the bytes transferred (encoded response sizes)
 * and the number of requests, and the milliseconds from the query's last keystroke to its
 * results on screen.
 *
 *   npm run measure:search -- --url http://127.0.0.1:4321/ --query go [--key-delay 0]
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
  /** Milliseconds from the query's last keystroke to its first result on screen. */
  ms: number;
}

/**
 * Milliseconds between keystrokes when a reader types: 100 ms, ten keys a second (about
 * 120 words a minute, a fast typist). `0` types the whole query the moment the dialog shows,
 * so the time also holds the start of Pagefind's core (worker, WebAssembly, index metadata),
 * which a reader typing at any human pace does not wait for.
 */
export const READER_KEY_DELAY_MS = 100;

/**
 * Runs in the page before the query's last keystroke: stamps that keystroke, and the
 * animation frame in which the first result of the query itself is there to be drawn. A
 * result of the query is a result link made after the summary first read "… for <query>"
 * (results of a shorter query typed on the way, still on screen or still being drawn, do
 * not count); a query without results counts once its empty state shows.
 */
function watchResults(query: string): string {
  return `(() => {
    const query = ${JSON.stringify(query)};
    const w = window;
    w.sbMeasure = {};
    addEventListener('keydown', (e) => { w.sbMeasure.keyAt = e.timeStamp; }, { capture: true, once: true });
    let stale;
    const observer = new MutationObserver(() => {
      if (w.sbMeasure.keyAt === undefined) return;
      const summary = document.querySelector('pagefind-modal .pf-summary')?.textContent?.trim() ?? '';
      if (stale === undefined) {
        if (!summary.endsWith(' for ' + query) || summary.startsWith('Searching')) return;
        stale = new Set(document.querySelectorAll('pagefind-modal .sb-result-link'));
      }
      const links = [...document.querySelectorAll('pagefind-modal .sb-result-link')];
      const empty = document.querySelector('pagefind-modal .sb-empty:not([hidden])') !== null;
      if (!empty && !links.some((link) => !stale.has(link))) return;
      observer.disconnect();
      requestAnimationFrame(() => { w.sbMeasure.shownAt = performance.now(); });
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  })()`;
}

export async function measureSearch({
  baseUrl,
  query,
  keyDelayMs = READER_KEY_DELAY_MS,
}: {
  baseUrl: string;
  query: string;
  /** Between keystrokes: `READER_KEY_DELAY_MS`, or 0 for the whole query at once. */
  keyDelayMs?: number;
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
    // Both ends are read inside the page (watchResults), so neither Playwright's round trips
    // nor its pause after a key press are counted as the reader's wait.
    await page.keyboard.type(query.slice(0, -1), { delay: keyDelayMs });
    await page.evaluate(watchResults(query));
    await page.keyboard.type(query.slice(-1));
    await page.waitForFunction(
      () => (window as { sbMeasure?: { shownAt?: number } }).sbMeasure?.shownAt,
      null,
      {
        timeout: 30_000,
      },
    );
    const { keyAt, shownAt } = await page.evaluate(
      () => (window as unknown as { sbMeasure: { keyAt?: number; shownAt: number } }).sbMeasure,
    );
    if (keyAt === undefined) throw new Error('the last keystroke did not reach the page');
    // Let responses that finished with the results be counted.
    await page.waitForLoadState('networkidle');
    counting = false;
    const sizes = await Promise.all(pending);
    return {
      bytes: sizes.reduce((a, b) => a + b, 0),
      requests: sizes.length,
      ms: Math.round(shownAt - keyAt),
    };
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      url: { type: 'string', default: 'http://127.0.0.1:4321/' },
      query: { type: 'string', default: 'go' },
      'key-delay': { type: 'string', default: String(READER_KEY_DELAY_MS) },
    },
  });
  const keyDelayMs = Number(values['key-delay']);
  if (!Number.isInteger(keyDelayMs) || keyDelayMs < 0)
    throw new Error('--key-delay takes whole milliseconds (0 or more)');
  const result = await measureSearch({ baseUrl: values.url, query: values.query, keyDelayMs });
  console.log(JSON.stringify(result));
  console.log(
    `search "${values.query}" at ${values.url}: ${(result.bytes / 1024).toFixed(1)} KiB in ${result.requests} requests, ` +
      `results ${result.ms} ms after the last keystroke (${keyDelayMs} ms between keys)`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
