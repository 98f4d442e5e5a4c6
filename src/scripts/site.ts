/**
 * The only script a content page runs, inline in <head> (src/lib/siteScript.ts compiles
 * and minifies this file at build time; its hash goes into the Content-Security-Policy):
 *
 * 1. The theme, set before the first paint (no flash): the stored choice, else the system
 *    setting. It wires the toggle button, which stays hidden without JavaScript.
 * 2. The search trigger: the header's Search link becomes a dialog button, and `/` or
 *    Ctrl/Cmd+K (outside form fields) open it. The dialog's frame (a box to type in, a
 *    close button, "Loading search…") shows at once; search's code is imported on that
 *    first use (or on focus/hover of the link, to be ready) and takes the frame over. The
 *    link points at /search/, whose one module script is search's entry
 *    (src/scripts/search/entry.ts), so the URL of that hashed bundle is read from the
 *    search page itself and no other script is ever downloaded with a content page.
 * 3. A result link carries `?highlight=`: only then is the highlighter loaded.
 *
 * Without JavaScript the link simply opens /search/.
 */

/** The highlight parameter's name (`HIGHLIGHT_PARAM`), written in by the compiler. */
declare const HIGHLIGHT_PARAM: string;

/** What search's entry module exports (src/scripts/search/entry.ts). */
interface SearchEntry {
  open(trigger: HTMLElement, frame?: HTMLDialogElement): Promise<void>;
  warm(): Promise<void>;
  highlight(param: string): Promise<void>;
}

const root = document.documentElement;
const THEME = 'theme';

let stored: string | null = null;
try {
  stored = localStorage.getItem(THEME);
} catch {
  // Storage blocked (private mode, a policy): follow the system setting.
}
root.dataset['theme'] =
  stored === 'light' || stored === 'dark'
    ? stored
    : matchMedia('(prefers-color-scheme: dark)').matches
      ? 'dark'
      : 'light';

let entry: Promise<SearchEntry> | undefined;

/** Search's entry module, imported once; a failed load may be retried. */
function search(link: HTMLAnchorElement): Promise<SearchEntry> {
  entry ??= fetch(link.href)
    .then((r) => r.text())
    .then(
      (html) =>
        import(
          new DOMParser()
            .parseFromString(html, 'text/html')
            .querySelector<HTMLScriptElement>('script[type=module][src]')!.src
        ) as Promise<SearchEntry>,
    )
    .catch((error: unknown) => {
      entry = undefined;
      throw error;
    });
  return entry;
}

/** Shows the dialog's frame now; search's code replaces it when it has loaded. */
function open(link: HTMLAnchorElement): void {
  // /search/ has its own box: search's code focuses it, no dialog.
  if (document.getElementById('search-page')) {
    void search(link).then((m) => m.open(link));
    return;
  }
  const frame = document.createElement('dialog');
  frame.className = 'search-frame';
  frame.setAttribute('aria-label', 'Search');
  frame.innerHTML =
    '<form method="dialog"><input type="search" aria-label="Search" placeholder="Search jobs and guides"><button>Close</button></form><p role="status">Loading search…</p>';
  document.body.append(frame);
  frame.showModal();
  search(link)
    .then((m) => m.open(link, frame))
    // Offline, or a new deploy replaced the bundle: the search page itself still works.
    .catch(() => location.assign(link.href));
}

addEventListener('DOMContentLoaded', () => {
  const toggle = document.getElementById('theme-toggle');
  if (toggle) {
    const show = () => toggle.setAttribute('aria-pressed', String(root.dataset['theme'] === 'dark'));
    show();
    toggle.hidden = false;
    toggle.addEventListener('click', () => {
      root.dataset['theme'] = root.dataset['theme'] === 'dark' ? 'light' : 'dark';
      try {
        localStorage.setItem(THEME, root.dataset['theme']);
      } catch {
        // The choice holds for this page only.
      }
      show();
    });
  }

  const link = document.getElementById('search-link') as HTMLAnchorElement | null;
  if (!link) return;
  for (const [name, value] of [
    ['role', 'button'],
    ['aria-haspopup', 'dialog'],
    ['aria-keyshortcuts', '/ Control+K Meta+K'],
  ] as const)
    link.setAttribute(name, value);
  link.addEventListener('click', (e) => {
    // A new tab or window (modifier keys, middle button) still opens /search/.
    if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    open(link);
  });
  link.addEventListener('keydown', (e) => {
    if (e.key === ' ') {
      e.preventDefault();
      open(link);
    }
  });
  for (const type of ['focus', 'pointerenter']) {
    link.addEventListener(type, () => void search(link).then((m) => m.warm()), { once: true });
  }
  document.addEventListener('keydown', (e) => {
    // Keys typed into a field are the reader's text. Not in a closed dialog's box: it keeps
    // focus until the dialog's `close` event a task later, and a `/` pressed right after
    // Escape would be lost.
    if (
      e.defaultPrevented ||
      e.altKey ||
      (e.target as Element).closest('input:not(dialog:not([open]) *),textarea,select,[contenteditable]')
    )
      return;
    if (
      (e.key === '/' && !e.ctrlKey && !e.metaKey) ||
      (e.key.toLowerCase() === 'k' && (e.ctrlKey || e.metaKey))
    ) {
      e.preventDefault();
      open(link);
    }
  });
  if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) {
    void search(link).then((m) => m.highlight(HIGHLIGHT_PARAM));
  }
});
