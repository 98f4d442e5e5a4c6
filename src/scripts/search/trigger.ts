/**
 * The only script content pages run besides the theme script, so it stays tiny: it turns
 * the header's Search link into a dialog trigger, listens for `/` and Ctrl/Cmd+K, and
 * imports the dialog (and with it Pagefind) on the reader's first use. Nothing of
 * Pagefind is requested before that. A result link carries `?highlight=`; only then is
 * Pagefind's highlight script loaded, to mark the searched words on the page.
 */

type DialogModule = typeof import('./dialog');
let dialog: Promise<DialogModule> | undefined;
const loadDialog = () => (dialog ??= import('./dialog'));

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

export function initSearchTrigger(): void {
  const link = document.getElementById('search-link');
  if (!(link instanceof HTMLAnchorElement)) return;
  // /search/ runs from here too, so every page has one small entry script.
  if (document.getElementById('search-page') !== null) void import('./page').then((m) => m.initSearchPage());

  const open = () => {
    // On /search/ itself the page's own search box is the search.
    const pageInput = document.querySelector<HTMLInputElement>('#search-page input');
    if (pageInput !== null) pageInput.focus();
    else void loadDialog().then((m) => m.openSearchDialog(link));
  };

  link.setAttribute('role', 'button');
  link.setAttribute('aria-haspopup', 'dialog');
  link.setAttribute('aria-keyshortcuts', '/ Control+K Meta+K');
  link.addEventListener('click', (event) => {
    // Ctrl-, Cmd- and Shift-click still open /search/ in a new tab or window.
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    open();
  });
  link.addEventListener('keydown', (event) => {
    if (event.key === ' ') {
      event.preventDefault();
      open();
    }
  });
  // Focus or hover is the first sign of intent: fetch the dialog code and Pagefind's UI
  // (not the index) so the dialog opens at once.
  const warm = () => void loadDialog().then((m) => m.prepareSearchDialog());
  link.addEventListener('focus', warm, { once: true });
  link.addEventListener('pointerenter', warm, { once: true });

  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.altKey || isTyping(event.target)) return;
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey;
    const k = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
    if (!slash && !k) return;
    event.preventDefault();
    open();
  });

  // The parameter's name comes from the page (HIGHLIGHT_PARAM), so this file imports nothing
  // the search code also imports, and stays one small file.
  const param = link.dataset['highlightParam'];
  if (param !== undefined && new URLSearchParams(location.search).has(param)) {
    void import('./highlight').then((m) => m.highlightSearchTerms(param));
  }
}
