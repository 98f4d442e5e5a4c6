/**
 * How one result looks, in the dialog and on /search/: the facts of a job card (title,
 * company monogram, company, place, workplace, salary, day posted, in the card's words:
 * the index stores them as the card prints them) and an excerpt of the readable text with
 * the matched words marked (src/lib/excerpt.ts). Built with DOM calls and textContent;
 * only the excerpt is HTML, and it escapes every character of the text.
 */
import { excerptHtml } from '@/lib/excerpt';

export interface ResultData {
  url: string;
  /** The record's text; `meta.words` says how much of it is readable. */
  content?: string;
  /** Pagefind's excerpt, used only when the record has no `content`. */
  excerpt: string;
  /** Word positions of the matches in `content`. */
  locations?: number[];
  meta: Record<string, string | undefined>;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The excerpt's HTML: built from the readable text when the record says how long it is. */
function excerptOf(result: ResultData): string {
  const words = Number(result.meta['words']);
  if (result.content === undefined || !Number.isInteger(words)) return result.excerpt;
  return excerptHtml({
    content: result.content,
    readableWords: words,
    locations: result.locations ?? [],
    title: result.meta['title'],
  });
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

  const company = meta['type'] === 'Guide' ? 'Career guide' : meta['company'];
  if (company !== undefined) body.append(el('p', 'sb-result-company', company));
  // Place, workplace badge and salary: the card's line (src/components/JobBadges.astro).
  if (meta['location'] !== undefined) {
    const facts = el('p', 'sb-result-facts');
    facts.append(el('span', '', meta['location']));
    if (meta['workplace'] !== undefined) facts.append(el('span', 'badge', meta['workplace']));
    if (meta['salary'] !== undefined) facts.append(el('span', 'sb-result-salary', meta['salary']));
    body.append(facts);
  }
  if (meta['posted'] !== undefined) body.append(el('p', 'sb-result-posted', meta['posted']));

  const html = excerptOf(result);
  if (html !== '') {
    const excerpt = el('p', 'sb-result-excerpt');
    excerpt.innerHTML = html;
    body.append(excerpt);
  }
  card.append(body);
  item.append(card);
  return item;
}
