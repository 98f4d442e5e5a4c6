/**
 * The content tree as the checks see it, read and parsed once: skills.yaml, every file of
 * every collection folder (with its front matter, key lines and body, or why it cannot be
 * read), and the company logos' bytes. Reading never throws for an editor's mistake: a file
 * that cannot be read carries the problem to report, so one bad file hides no other.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  ContentReadError,
  decodeContent,
  parseFrontMatter,
  parseYaml,
  yamlKeyLines,
} from '../../../src/lib/readContent';
import { jobIdClash } from '../../../src/lib/routes';
import {
  COLLECTION_NAMES,
  ID_PATTERN,
  LOGO_EXTENSIONS,
  MARKDOWN_COLLECTIONS,
  SKILLS_FILE,
  type CollectionName,
} from '../../../src/lib/schemas';
import { isRecord, record, type Finding } from './problem';

/** skills.yaml: its parsed YAML and key lines, or why it cannot be read. */
export interface SkillsFile {
  file: string;
  yaml: { data: unknown; lines: Map<string, number> } | undefined;
  failure: Finding | undefined;
}

/** A Markdown file's parsed front matter and body. */
export interface FrontMatter {
  /** The front matter when it is a mapping, else `{}`. */
  data: Record<string, unknown>;
  /** The front matter is a mapping (else the schema has nothing to check). */
  shaped: boolean;
  /** The line of each key, by path (`salary.max`). */
  lines: Map<string, number>;
  body: string;
  /** The file line the body starts on. */
  bodyLine: number;
}

/** Why the site would not load a file of a collection folder as an entry; such a file is not read. */
export type Refusal =
  | { kind: 'mdx-job' }
  | { kind: 'extension' }
  | { kind: 'twin'; twin: string }
  | { kind: 'route'; clash: string };

/** One file of a collection folder (logo images aside). */
export interface CollectionFile {
  file: string;
  fileName: string;
  /** The name without its extension. */
  base: string;
  /** The extension, lowercase, with the dot. */
  ext: string;
  collection: CollectionName;
  /** The id Astro's loader would give it. */
  id: string;
  refusal: Refusal | undefined;
  /** Undefined when refused or unreadable. */
  content: FrontMatter | undefined;
  /** Why it cannot be read or parsed. */
  failure: Finding | undefined;
}

/** A file the site loads, read and parsed. */
export type Entry = CollectionFile & { content: FrontMatter };

export interface CollectionFolder {
  collection: CollectionName;
  /** Every file name in the folder, images too, names that are ids first. */
  names: string[];
  files: CollectionFile[];
}

export interface ContentTree {
  skills: SkillsFile;
  /** In `COLLECTION_NAMES` order. */
  folders: CollectionFolder[];
  /** Each image in companies/ by its listed file name (case and all): its bytes, or the error reading it. */
  images: ReadonlyMap<string, Uint8Array | Error>;
}

/** Reads and parses the tree under `dir`. */
export function readContentTree(dir: string): ContentTree {
  const folders = COLLECTION_NAMES.map((collection) => readFolder(dir, collection));
  const companies = folders.find((f) => f.collection === 'companies')!;
  return {
    skills: readSkillsFile(path.join(dir, SKILLS_FILE)),
    folders,
    images: readImages(path.join(dir, companies.collection), companies.names),
  };
}

/** Every file of every collection folder, refused ones too. */
export function allFiles(tree: ContentTree): CollectionFile[] {
  return tree.folders.flatMap((f) => f.files);
}

/** The entries the site loads: of one collection, or of all. */
export function entries(tree: ContentTree, collection?: CollectionName): Entry[] {
  return allFiles(tree).filter(
    (f): f is Entry => f.content !== undefined && (collection === undefined || f.collection === collection),
  );
}

/** A logo's extension (`.png`); images in companies/ are logos, not company files. */
function isLogoExtension(ext: string): boolean {
  return (LOGO_EXTENSIONS as readonly string[]).includes(ext.slice(1));
}

function readFolder(dir: string, collection: CollectionName): CollectionFolder {
  const folder = path.join(dir, collection);
  // Names that already are ids first, so of `foo.md` and `Foo.md` the odd one is reported.
  const canonical = (n: string) => (ID_PATTERN.test(n.replace(/\.[^.]*$/, '')) ? 0 : 1);
  const names = listDir(folder).sort((a, b) => canonical(a) - canonical(b));
  const byId = new Map<string, string>();
  const files: CollectionFile[] = [];
  for (const fileName of names) {
    const ext = path.extname(fileName).toLowerCase();
    if (collection === 'companies' && isLogoExtension(ext)) continue;
    const base = fileName.slice(0, fileName.length - ext.length);
    const id = slugOf(base);
    const refusal = refusalOf(collection, ext, id, byId.get(id));
    // A file at another page's address still claims its id: a second spelling is its twin.
    if (refusal === undefined || refusal.kind === 'route') byId.set(id, fileName);
    const file = path.join(folder, fileName);
    const read = refusal === undefined ? readMarkdown(file) : { content: undefined, failure: undefined };
    files.push({ file, fileName, base, ext, collection, id, refusal, ...read });
  }
  return { collection, names, files };
}

/** Why the site would not load a file as an entry: the first reason that applies, if any. */
function refusalOf(
  collection: CollectionName,
  ext: string,
  id: string,
  twin: string | undefined,
): Refusal | undefined {
  if (collection === 'jobs' && ext === '.mdx') return { kind: 'mdx-job' };
  if (!MARKDOWN_COLLECTIONS[collection].extensions.includes(ext)) return { kind: 'extension' };
  if (twin !== undefined) return { kind: 'twin', twin };
  const clash = collection === 'jobs' ? jobIdClash(id) : undefined;
  return clash === undefined ? undefined : { kind: 'route', clash };
}

function readMarkdown(file: string): Pick<CollectionFile, 'content' | 'failure'> {
  const text = readText(file);
  if (typeof text !== 'string') return { content: undefined, failure: text };
  try {
    const fm = parseFrontMatter(text);
    const content: FrontMatter = {
      data: record(fm.data),
      shaped: isRecord(fm.data),
      lines: yamlKeyLines(fm.yaml, 1),
      body: fm.body,
      bodyLine: fm.bodyLine,
    };
    return { content, failure: undefined };
  } catch (err) {
    return { content: undefined, failure: parseFailure(err) };
  }
}

function readSkillsFile(file: string): SkillsFile {
  const text = readText(file);
  if (typeof text !== 'string') return { file, yaml: undefined, failure: text };
  try {
    return { file, yaml: { data: parseYaml(text), lines: yamlKeyLines(text, 1) }, failure: undefined };
  } catch (err) {
    return { file, yaml: undefined, failure: parseFailure(err) };
  }
}

/** Logos are read whole, to check what they really are. */
function readImages(folder: string, names: readonly string[]): Map<string, Uint8Array | Error> {
  const images = new Map<string, Uint8Array | Error>();
  for (const name of names.filter((n) => isLogoExtension(path.extname(n).toLowerCase()))) {
    try {
      images.set(name, readFileSync(path.join(folder, name)));
    } catch (err) {
      images.set(name, err instanceof Error ? err : new Error(String(err)));
    }
  }
  return images;
}

/** A file's text, or why it cannot be read (missing, not UTF-8, too large). */
function readText(file: string): string | Finding {
  try {
    return decodeContent(readFileSync(file));
  } catch (err) {
    if (err instanceof ContentReadError) return { line: err.line, message: err.message };
    return {
      line: 1,
      message: `file: cannot be read (${(err as Error).message}); check it exists and is readable`,
    };
  }
}

/** Why a file's text cannot be parsed; anything but a `ContentReadError` is the checker's own fault. */
function parseFailure(err: unknown): Finding {
  if (err instanceof ContentReadError) return { line: err.line, message: err.message };
  return {
    line: 1,
    message: `file: cannot be checked (${(err as Error).message}); check it, or report this to the developers`,
  };
}

/** Lowercase kebab form of a file name, the id Astro's loader would give it. */
function slugOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The files (not folders) in `dir`, hidden ones left out; none when it does not exist. */
function listDir(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((n) => !n.startsWith('.') && statSync(path.join(dir, n)).isFile())
      .sort();
  } catch {
    return [];
  }
}
