/**
 * What may not hide in a job description or a logo. Astro's Markdown passes raw HTML
 * through unchanged, so the checker refuses it in job bodies (employers' text, pasted
 * by editors); an SVG logo is served as a file, so it must not script or fetch anything.
 */
import { linkScheme } from '../../src/lib/schemas';

export interface MarkupFinding {
  /** 1-based line within the text that was scanned. */
  line: number;
  message: string;
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Blanks out code blocks and code spans (keeping line breaks): HTML shown as code is fine. */
function withoutCode(markdown: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  return markdown
    .replace(/^( {0,3})(```+|~~~+)[^\n]*\n[\s\S]*?(?:^\1\2[^\n]*$|(?![\s\S]))/gm, blank)
    .replace(/(`+)[^`\n][\s\S]*?\1/g, blank);
}

const scriptingScheme = /^(?:javascript|vbscript|data):/;

/** Raw HTML and script links in a job's Markdown body. */
export function findBodyMarkup(markdown: string): MarkupFinding[] {
  const text = withoutCode(markdown);
  const found: MarkupFinding[] = [];
  const add = (index: number, message: string) => {
    const line = lineAt(text, index);
    if (!found.some((f) => f.line === line && f.message === message)) found.push({ line, message });
  };
  for (const m of text.matchAll(/<(\/?)([a-z][\w-]*)(?=[\s/>])[^>]*>?/gi)) {
    const tag = m[2]!.toLowerCase();
    if (m[1] === '/') continue;
    if (tag === 'script' || tag === 'iframe') {
      add(m.index, `body: has the HTML element <${tag}>; job descriptions are Markdown only, remove it`);
    } else if (/\son[a-z]+\s*=/i.test(m[0])) {
      add(m.index, `body: has an event handler (on…=) in <${tag}>; remove the HTML and write Markdown`);
    } else {
      add(m.index, `body: has raw HTML (<${tag}>); write Markdown instead (## heading, - list, **bold**)`);
    }
  }
  const destinations = [
    ...text.matchAll(/\]\(\s*<?([^)>\n]*)/g), // [text](destination)
    ...text.matchAll(/^ {0,3}\[[^\]\n]+\]:\s*<?(\S+)/gm), // [ref]: destination
    ...text.matchAll(/<([a-z][a-z\d+.-]*:[^>\s]*)>/gi), // <scheme:autolink>
    ...text.matchAll(/\b(?:href|src)\s*=\s*["']?([^"'\s>]+)/gi), // inside raw HTML, reported too
  ];
  for (const m of destinations) {
    const scheme = linkScheme(m[1]!);
    if (scriptingScheme.test(scheme)) {
      add(
        m.index,
        `body: links to a ${scheme.split(':')[0]}: URL; link only to https:// pages or e-mail addresses`,
      );
    }
  }
  return found.sort((a, b) => a.line - b.line);
}

/** Scripts, handlers, foreignObject and external references in an SVG logo. */
export function findSvgProblems(svg: string): MarkupFinding[] {
  const found: MarkupFinding[] = [];
  const rules: Array<[RegExp, string]> = [
    [/<script[\s>/]/gi, 'has a <script> element'],
    [/<[^>]*\son[a-z]+\s*=/gi, 'has an event handler (on…=)'],
    [/<foreignObject[\s>/]/gi, 'has a <foreignObject> element'],
    [/<!ENTITY/gi, 'declares an XML entity'],
    [/url\(\s*["']?\s*(?!#)[^)\s]/gi, 'has an external reference (url(…) outside the file)'],
    [/@import\b/gi, 'has an external reference (@import)'],
  ];
  for (const [pattern, what] of rules) {
    for (const m of svg.matchAll(pattern)) {
      found.push({ line: lineAt(svg, m.index), message: what });
    }
  }
  // href="#id" points inside the file; anything else (http:, //, data:, a file) leaves it.
  for (const m of svg.matchAll(/\bhref\s*=\s*["']?\s*([^"'\s>]*)/gi)) {
    if (!m[1]!.startsWith('#')) {
      found.push({
        line: lineAt(svg, m.index),
        message: 'has an external reference (href outside the file)',
      });
    }
  }
  return found.sort((a, b) => a.line - b.line);
}

const signatures: Record<string, (b: Uint8Array) => boolean> = {
  png: (b) => [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((x, i) => b[i] === x),
  jpeg: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  webp: (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP',
  avif: (b) => ascii(b, 4, 8) === 'ftyp' && /^avi[fs]$/.test(ascii(b, 8, 12)),
};

function ascii(b: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...b.subarray(from, to));
}

/** True when the bytes really are an image of the type the extension names. */
export function hasImageSignature(extension: string, bytes: Uint8Array): boolean {
  const type = extension.toLowerCase().replace(/^jpg$/, 'jpeg');
  const check = signatures[type];
  return check === undefined || check(bytes);
}
