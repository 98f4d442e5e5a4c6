/**
 * How one result looks, in the dialog and on /search/: title link, company monogram,
 * company, place, workplace, day posted, and Pagefind's excerpt with the matched words
 * in <mark>. Built with DOM calls and textContent; only the excerpt is HTML, and
 * Pagefind builds it from the indexed text with every character escaped.
 */

interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function postedLabel(day: string | undefined, type: string | undefined): string | undefined {
  if (day === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const when = dayFormat.format(new Date(`${day}T00:00:00Z`));
  return `${type === 'Guide' ? 'Published' : 'Posted'} ${when}`;
}

/** One `<li>` with a single link, so the arrow keys step from result to result. */
export function renderResult(result: ResultData): HTMLElement {
  const { meta } = result;
  const item = el('li', 'sb-result');
  const card = el('div', 'sb-result-card');

  if (meta['initials'] !== undefined) {
    const logo = el('span', 'sb-result-logo', meta['initials']);
    logo.setAttribute('aria-hidden', 'true');
    // CSSOM writes are allowed by the CSP (only style attributes in markup are not).
    logo.style.backgroundColor = `oklch(0.42 0.11 ${Number(meta['hue'] ?? 0)})`;
    card.append(logo);
  }

  const body = el('div', 'sb-result-body');
  const title = el('p', 'sb-result-title');
  const link = el('a', 'sb-result-link', meta['title'] ?? result.url);
  link.href = meta['url'] ?? result.url;
  title.append(link);
  body.append(title);

  const facts = [
    meta['type'] === 'Guide' ? 'Career guide' : meta['company'],
    meta['location'],
    meta['workplace'],
    postedLabel(meta['date'], meta['type']),
  ].filter((f): f is string => f !== undefined && f !== '');
  if (facts.length > 0) body.append(el('p', 'sb-result-facts', facts.join(' · ')));

  if (result.excerpt !== '') {
    const excerpt = el('p', 'sb-result-excerpt');
    excerpt.innerHTML = result.excerpt;
    body.append(excerpt);
  }
  card.append(body);
  item.append(card);
  return item;
}
