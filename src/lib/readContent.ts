/**
 * Reading content files the strict way: UTF-8 only (a BOM is fine), at most 256 KB,
 * YAML without anchors, aliases or timestamps, and front matter that is YAML and never
 * JavaScript. Every refusal is a `ContentReadError` carrying the line to report, so the
 * checker can print it instead of a stack trace.
 */
import matter from 'gray-matter';
import yaml from 'js-yaml';

/** The largest content file the checker reads. */
export const MAX_FILE_BYTES = 256 * 1024;

/** A problem that stops a file from being read at all; `line` is 1-based, in the file. */
export class ContentReadError extends Error {
  constructor(
    message: string,
    readonly line = 1,
  ) {
    super(message);
    this.name = 'ContentReadError';
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes `bytes` as UTF-8, refusing invalid sequences and files over the size limit. */
export function decodeContent(bytes: Uint8Array): string {
  if (bytes.byteLength > MAX_FILE_BYTES) {
    const kb = Math.ceil(bytes.byteLength / 1024);
    throw new ContentReadError(`file: is ${kb} KB, over the 256 KB limit; shorten it or split the text`);
  }
  try {
    // TextDecoder drops a leading BOM by default (ignoreBOM: false).
    return utf8.decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    throw new ContentReadError(
      'file: is not valid UTF-8 text; save it as UTF-8 (in most editors: "Save with encoding" > UTF-8)',
      bad,
    );
  }
}

/** The 1-based line of the first byte sequence that is not UTF-8. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        utf8.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return 1;
}

interface Mark {
  line: number;
}

function yamlMark(err: unknown): Mark | undefined {
  const mark = (err as { mark?: { line?: unknown } }).mark;
  return typeof mark?.line === 'number' ? { line: mark.line } : undefined;
}

/**
 * The line to blame for a YAML error. js-yaml reports an unclosed quote where the text
 * ends (past the last line); the line where the quote opened is the one to fix.
 */
function yamlErrorLine(text: string, firstLine: number, reason: string, markLine: number): number {
  const rows = text.replace(/\r?\n$/, '').split('\n');
  const quote = /within a (double|single) quoted scalar/.exec(reason)?.[1];
  if (quote !== undefined) {
    const q = quote === 'double' ? /(?<!\\)"/g : /'/g;
    const open = rows.findIndex((row) => (row.match(q)?.length ?? 0) % 2 === 1);
    if (open >= 0) return firstLine + open;
  }
  return firstLine + Math.min(markLine, rows.length - 1);
}

/**
 * Parses one YAML document: no timestamps (dates stay text, so `2024-02-30` is not
 * silently turned into March 1st), no custom tags, no anchors or aliases.
 * `firstLine` is the file line the YAML text starts on, for error lines.
 */
export function parseYaml(text: string, firstLine = 1): unknown {
  let anchorLine: number | undefined;
  let result: unknown;
  try {
    result = yaml.load(text, {
      schema: yaml.CORE_SCHEMA,
      // An alias needs an anchor first, so refusing anchors refuses both.
      listener(event, state) {
        // `anchor` is set on the node just closed; @types/js-yaml does not declare it.
        const { anchor } = state as typeof state & { anchor: string | null };
        if (event === 'close' && anchor !== null && anchorLine === undefined) {
          anchorLine = firstLine + state.line;
        }
      },
    });
  } catch (err) {
    if (!(err instanceof yaml.YAMLException)) throw err;
    const mark = yamlMark(err);
    const reason = (err as yaml.YAMLException & { reason?: string }).reason ?? 'cannot be read';
    throw new ContentReadError(
      `YAML: ${reason}; check the indentation, colons and quotes on this line`,
      yamlErrorLine(text, firstLine, reason, mark?.line ?? 0),
    );
  }
  if (anchorLine !== undefined) {
    throw new ContentReadError(
      'YAML: anchors and aliases (&name, *name) are not allowed; write each value out',
      anchorLine,
    );
  }
  return result;
}

const refuseCode = (marker = 'js'): never => {
  throw new ContentReadError(
    `front matter: is JavaScript (---${marker}); write YAML front matter, starting the file with --- alone`,
  );
};

/**
 * gray-matter options. Passing an object also turns off gray-matter's cache, which hands
 * the same (mutable) result back for identical text. `js` and `javascript` are replaced
 * because gray-matter would `eval` them, and `engines: { js: false }` does not stop it.
 */
export const matterOptions = {
  engines: {
    // gray-matter hands over the text after `---`, starting with that line's newline: line 1.
    yaml: {
      parse: (s: string) => toObject(parseYaml(s, 1)),
      // What the commands write, with the same library (keys in the order given).
      stringify: (data: object) => yaml.safeDump(data, { lineWidth: -1, noRefs: true }),
    },
    js: { parse: () => refuseCode('js') },
    javascript: { parse: () => refuseCode('javascript') },
  },
};

function toObject(value: unknown): object {
  // Empty front matter is an empty record; anything else is checked by the schema.
  return value === null || value === undefined ? {} : (value as object);
}

export interface FrontMatterFile {
  /** The parsed front matter (never shared with another call). */
  data: unknown;
  /** The YAML text between the fences. */
  yaml: string;
  /** The body after the closing fence. */
  body: string;
  /** The file line the body starts on. */
  bodyLine: number;
}

/** Splits and parses a Markdown/MDX file with YAML front matter. */
export function parseFrontMatter(text: string): FrontMatterFile {
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n')).trimEnd();
  if (!/^---/.test(firstLine)) {
    throw new ContentReadError('front matter: missing; start the file with a line of three dashes (---)');
  }
  const language = firstLine.slice(3).trim();
  if (language === 'js' || language === 'javascript') refuseCode(language);
  if (language !== '' && language !== 'yaml') {
    throw new ContentReadError(
      `front matter: is marked "${language}"; write YAML front matter, starting the file with --- alone`,
    );
  }
  const file = matter(text, matterOptions);
  if (!/\n---[ \t]*(?:\r?\n|$)/.test(text.slice(3))) {
    throw new ContentReadError('front matter: is never closed; end it with a line of three dashes (---)');
  }
  const bodyLine = (text.slice(0, text.length - file.content.length).match(/\n/g)?.length ?? 0) + 1;
  return { data: file.data, yaml: file.matter, body: file.content, bodyLine };
}

/** A Markdown file with `data` as YAML front matter: what the commands write, read back by `parseFrontMatter`. */
export function stringifyFrontMatter(body: string, data: object): string {
  return matter.stringify(body, data, matterOptions);
}

type Segment = string | number;

/** `['locations', 1, 'country']` -> `locations[1].country`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? String(seg) : `.${String(seg)}`;
  }
  return out;
}

interface Frame {
  col: number;
  kind: 'map' | 'seq';
  path: Segment[];
  index: number;
}

const KEY = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s"'#[{][^:#]*?)[ \t]*:(?:[ \t]|$)/;

function unquote(key: string): string {
  if (key.startsWith('"')) return JSON.parse(key) as string;
  if (key.startsWith("'")) return key.slice(1, -1).replace(/''/g, "'");
  return key;
}

/**
 * The line of every key and list item in block-style YAML, by path
 * (`locations.1.country` -> 9). `firstLine` is the file line the YAML starts on.
 * Flow collections (`[a, b]`) map to their key's line.
 */
export function yamlKeyLines(text: string, firstLine: number): Map<string, number> {
  const lines = new Map<string, number>();
  const stack: Frame[] = [{ col: -1, kind: 'map', path: [], index: 0 }];
  let lastKey: { col: number; path: Segment[] } = { col: -1, path: [] };
  let blockScalarCol: number | undefined;
  const rows = text.split('\n');
  rows.forEach((raw, i) => {
    const lineNo = firstLine + i;
    const row = raw.replace(/\r$/, '');
    const trimmed = row.trim();
    let col = row.length - row.trimStart().length;
    if (blockScalarCol !== undefined) {
      if (trimmed === '' || col > blockScalarCol) return;
      blockScalarCol = undefined;
    }
    if (trimmed === '' || trimmed.startsWith('#')) return;
    let rest = row.slice(col);
    for (;;) {
      const isItem = rest === '-' || rest.startsWith('- ');
      while (
        stack.length > 1 &&
        (stack.at(-1)!.col > col || (!isItem && stack.at(-1)!.kind === 'seq' && stack.at(-1)!.col === col))
      ) {
        stack.pop();
      }
      const top = stack.at(-1)!;
      if (isItem) {
        let seq = top;
        if (!(top.kind === 'seq' && top.col === col)) {
          seq = { col, kind: 'seq', path: lastKey.col <= col ? lastKey.path : [], index: -1 };
          stack.push(seq);
        }
        seq.index++;
        const itemPath = [...seq.path, seq.index];
        lines.set(itemPath.join('.'), lineNo);
        const after = rest.slice(1);
        const pad = after.length - after.trimStart().length;
        col += 1 + pad;
        rest = after.trimStart();
        stack.push({ col, kind: 'map', path: itemPath, index: 0 });
        lastKey = { col: col - 1, path: itemPath };
        if (rest === '') return;
        continue;
      }
      const m = KEY.exec(rest);
      if (m === null) return;
      let parent = top;
      if (top.col < col) {
        parent = { col, kind: 'map', path: lastKey.path, index: 0 };
        stack.push(parent);
      }
      const path = [...parent.path, unquote(m[1]!.trim())];
      lines.set(path.join('.'), lineNo);
      lastKey = { col, path };
      const value = rest
        .slice(m[0].length)
        .replace(/\s#.*$/, '')
        .trim();
      if (/^[|>][-+0-9]*$/.test(value)) blockScalarCol = col;
      return;
    }
  });
  return lines;
}

/** The line for `path`: the key itself, else its nearest parent that has a line, else `fallback`. */
export function lineOf(
  lines: ReadonlyMap<string, number>,
  path: readonly PropertyKey[],
  fallback = 1,
): number {
  for (let n = path.length; n > 0; n--) {
    const line = lines.get(path.slice(0, n).map(String).join('.'));
    if (line !== undefined) return line;
  }
  return fallback;
}
