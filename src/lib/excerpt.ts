/**
 * A record's readable text (`sentences`), and a search result's excerpt of it, built from
 * the record's own text instead of Pagefind's: only the readable part is quoted (a record
 * ends with keywords such as skill aliases, which find the job but are never shown:
 * src/lib/searchRecord.ts `recordText`), and a match is marked as the whole word, its
 * punctuation left outside the mark.
 */

export interface ExcerptInput {
  /** The record's text, words separated by single spaces. */
  content: string;
  /** How many of its words are readable (`meta.words`); the rest are keywords. */
  readableWords: number;
  /** Word positions of the matches (Pagefind's `locations`). */
  locations: readonly number[];
  /** Words to show. */
  length?: number;
  /**
   * The result's title, shown above the excerpt: when the text opens with it, the excerpt
   * starts after it, so a result does not read its title twice.
   */
  title?: string | undefined;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** `(Golang),` -> `(<mark>Golang</mark>),`: the word marked, the punctuation around it not. */
function markWord(word: string): string {
  const m = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(word)!;
  const [, before = '', core = '', after = ''] = m;
  return core === '' ? escape(word) : `${escape(before)}<mark>${escape(core)}</mark>${escape(after)}`;
}

/**
 * Parts of a record's readable text (the title first) as sentences: each ends with a full
 * stop unless it already ends a sentence, so no part reads "Sofia.. Join" or runs into the
 * next. The build writes the text with it; `excerptHtml` finds the title in it by it.
 */
export function sentences(parts: readonly string[]): string {
  return parts
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '')
    .map((p) => (/[.!?:;…]$/.test(p) ? p : `${p}.`))
    .join(' ');
}

/** How many of `words` are the title they open with, as `sentences` wrote it (0 when not). */
function titleWords(words: readonly string[], title: string | undefined): number {
  const own = sentences([title ?? '']).split(' ');
  return own.length < words.length && own.every((word, i) => words[i] === word) ? own.length : 0;
}

/**
 * The excerpt as HTML (every character of the text escaped): `length` readable words
 * around the first match in the readable part after the title, with "…" where text is
 * left out. A record found only through its title or keywords gets its opening words
 * after the title, unmarked.
 */
export function excerptHtml({ content, readableWords, locations, length = 30, title }: ExcerptInput): string {
  const words = content.split(' ');
  const readable = Math.max(0, Math.min(readableWords, words.length));
  const from = titleWords(words.slice(0, readable), title);
  const hits = new Set(locations.filter((i) => Number.isInteger(i) && i >= from && i < readable));
  const first = Math.min(...hits);
  // The match a third of the way in, so it reads in context; the window never passes the end.
  let start = Number.isFinite(first) ? Math.max(from, first - Math.floor(length / 3)) : from;
  start = Math.max(from, Math.min(start, readable - length));
  const end = Math.min(readable, start + length);
  const shown = words
    .slice(start, end)
    .map((word, k) => (hits.has(start + k) ? markWord(word) : escape(word)))
    .join(' ');
  return `${start > from ? '… ' : ''}${shown}${end < readable ? ' …' : ''}`;
}
