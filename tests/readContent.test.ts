import matter from 'gray-matter';
import { describe, expect, test } from 'vitest';
import {
  ContentReadError,
  decodeContent,
  lineOf,
  matterOptions,
  MAX_FILE_BYTES,
  parseFrontMatter,
  parseYaml,
  yamlKeyLines,
} from '@/lib/readContent';

const JOB = '---\ntitle: Go Engineer\nskills: [go]\ndatePosted: 2024-02-30\n---\n\nBody.\n';

function readError(fn: () => unknown): ContentReadError {
  try {
    fn();
  } catch (err) {
    if (err instanceof ContentReadError) return err;
    throw err;
  }
  throw new Error('expected a ContentReadError');
}

describe('parseFrontMatter', () => {
  test('parsing the same text twice gives independent results (no gray-matter cache)', () => {
    const a = parseFrontMatter(JOB);
    const b = parseFrontMatter(JOB);
    expect(a.data).not.toBe(b.data);
    (a.data as { skills: string[] }).skills.push('rust');
    expect((b.data as { skills: string[] }).skills).toEqual(['go']);
    expect(parseFrontMatter(JOB).data).toEqual(b.data);
  });

  test('keeps dates as text, so 2024-02-30 is not turned into March 1st', () => {
    expect((parseFrontMatter(JOB).data as { datePosted: unknown }).datePosted).toBe('2024-02-30');
  });

  test('knows the line the body starts on', () => {
    expect(parseFrontMatter(JOB).bodyLine).toBe(6);
  });

  test.each(['js', 'javascript', ' js'])('refuses ---%s front matter without running it', (marker) => {
    const text = `---${marker}\n{ title: (globalThis.__ranFrontMatter = "yes") }\n---\nBody\n`;
    expect(readError(() => parseFrontMatter(text)).message).toMatch(/is JavaScript/);
    expect((globalThis as Record<string, unknown>)['__ranFrontMatter']).toBeUndefined();
  });

  test.each(['js', 'javascript'])("gray-matter's own %s engine is replaced by one that throws", (marker) => {
    const text = `---${marker}\n{ title: (globalThis.__ranEngine = "yes") }\n---\nBody\n`;
    expect(() => matter(text, matterOptions)).toThrow(ContentReadError);
    expect((globalThis as Record<string, unknown>)['__ranEngine']).toBeUndefined();
  });

  test('refuses a file without front matter, and front matter that never closes', () => {
    expect(readError(() => parseFrontMatter('# Title\n')).line).toBe(1);
    expect(readError(() => parseFrontMatter('---\ntitle: x\n')).message).toMatch(/never closed/);
  });
});

describe('parseYaml', () => {
  test('refuses anchors and aliases, on the anchor line', () => {
    const err = readError(() => parseYaml('a: 1\nb: &x 2\nc: *x\n'));
    expect(err.message).toMatch(/anchors and aliases/);
    expect(err.line).toBe(2);
  });

  test('reports a syntax error with the file line', () => {
    expect(readError(() => parseYaml('a: 1\nb: [x\n', 2)).line).toBeGreaterThanOrEqual(3);
  });

  test('resolves no custom tags', () => {
    expect(() => parseYaml('a: !!js/function "function () {}"\n')).toThrow(ContentReadError);
  });
});

describe('decodeContent', () => {
  test('accepts UTF-8 with a BOM and drops the BOM', () => {
    expect(decodeContent(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toBe('a');
  });

  test('refuses bytes that are not UTF-8, naming their line', () => {
    const err = readError(() => decodeContent(new Uint8Array([0x61, 0x0a, 0x62, 0xe9, 0x0a])));
    expect(err.line).toBe(2);
    expect(err.message).toMatch(/not valid UTF-8/);
  });

  test('refuses files over 256 KB', () => {
    expect(() => decodeContent(new Uint8Array(MAX_FILE_BYTES))).not.toThrow();
    expect(readError(() => decodeContent(new Uint8Array(MAX_FILE_BYTES + 1))).message).toMatch(/256 KB/);
  });
});

describe('yamlKeyLines', () => {
  const yaml = [
    'title: Go', //  line 2 of the file
    'locations:',
    '  - city: Sofia',
    '    country: BG',
    '  - city: Pest',
    '    country: XX',
    'salary:',
    '  min: 1',
    '  max: 0',
    'summary: >',
    '  not: a key',
    'apply: x',
  ].join('\n');
  const lines = yamlKeyLines(yaml, 2);

  test('finds nested keys and list items', () => {
    expect(lineOf(lines, ['locations', 1, 'country'])).toBe(7);
    expect(lineOf(lines, ['salary', 'max'])).toBe(10);
    expect(lineOf(lines, ['apply'])).toBe(13);
  });

  test('falls back to the nearest parent, then to line 1', () => {
    expect(lineOf(lines, ['locations', 1, 'city', 'x'])).toBe(6);
    expect(lineOf(lines, ['missing'])).toBe(1);
  });

  test('does not read keys inside a block scalar', () => {
    expect(lines.has('summary.not')).toBe(false);
  });

  test('handles a top-level list and compact sequences', () => {
    const skills = yamlKeyLines('# c\n- id: go\n  name: Go\n- id: rust\n  name: Rust\n', 1);
    expect(lineOf(skills, [1, 'name'])).toBe(5);
    const compact = yamlKeyLines('locations:\n- city: A\n  country: HU\n- country: DE\napply: x\n', 1);
    expect(lineOf(compact, ['locations', 1, 'country'])).toBe(4);
    expect(lineOf(compact, ['apply'])).toBe(5);
  });
});

describe('YAML error lines', () => {
  test('blames the line where an unclosed quote opens, not the end of the text', () => {
    const err = readError(() => parseYaml('\ntitle: x\nsummary: "open\ndate: 2026-01-01\n', 1));
    expect(err.line).toBe(3);
  });
});
