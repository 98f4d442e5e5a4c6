/**
 * A search result's excerpt, built from the record's own text instead of Pagefind's: only
 * the readable part is quoted (a record ends with keywords such as skill aliases, which
 * find the job but are never shown: src/lib/searchRecord.ts `recordText`), and a match is
 * marked as the whole word, its punctuation left outside the mark.
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
 * The excerpt as HTML (every character of the text escaped): `length` readable words
 * around the first match in the readable part, with "…" where text is left out. A record
 * found only through its keywords gets its opening words, unmarked.
 */
export function excerptHtml({ content, readableWords, locations, length = 30 }: ExcerptInput): string {
  const words = content.split(' ');
  const readable = Math.max(0, Math.min(readableWords, words.length));
  const hits = new Set(locations.filter((i) => Number.isInteger(i) && i >= 0 && i < readable));
  const first = Math.min(...hits);
  // The match a third of the way in, so it reads in context; the window never passes the end.
  let start = Number.isFinite(first) ? Math.max(0, first - Math.floor(length / 3)) : 0;
  start = Math.max(0, Math.min(start, readable - length));
  const end = Math.min(readable, start + length);
  const shown = words
    .slice(start, end)
    .map((word, k) => (hits.has(start + k) ? markWord(word) : escape(word)))
    .join(' ');
  return `${start > 0 ? '… ' : ''}${shown}${end < readable ? ' …' : ''}`;
}
