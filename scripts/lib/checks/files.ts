/**
 * Checks of each file on its own: its name, whether it can be read, and its front matter.
 */
import { lineOf } from '../../../src/lib/readContent';
import { hasMarkup, ID_PATTERN, MARKDOWN_COLLECTIONS, type CollectionName } from '../../../src/lib/schemas';
import { problem, show, type Finding, type Problem } from './problem';
import { schemaProblems } from './schemaProblems';
import { allFiles, entries, type CollectionFile, type ContentTree, type Entry } from './tree';

/**
 * Refuses a file the site would not load as the entry it looks like (a job in MDX, another
 * extension, an id another file or page already has) and a name that is not an id.
 */
export function checkFileNames(tree: ContentTree): Problem[] {
  return allFiles(tree).flatMap((f) => {
    const refused = refusalMessage(f);
    if (refused !== undefined) return [problem(f.file, 1, refused)];
    if (ID_PATTERN.test(f.base)) return [];
    return [
      problem(f.file, 1, `file: "${f.fileName}" is not a kebab-case name; rename it to ${f.id}${f.ext}`),
    ];
  });
}

/** What to tell the editor about a refused file; undefined for a file the site loads. */
function refusalMessage({
  refusal,
  collection,
  base,
  ext,
  fileName,
  id,
}: CollectionFile): string | undefined {
  switch (refusal?.kind) {
    case 'mdx-job':
      return `file: a job cannot be MDX (MDX runs code at build time; only guides in articles/ may use it); rename it to ${base}.md`;
    case 'extension':
      return `file: is not a ${MARKDOWN_COLLECTIONS[collection].extensions.join(' or ')} file, so the site ignores it; rename or delete it`;
    case 'twin':
      return `file: has the same id "${id}" as ${collection}/${refusal.twin}; ids ignore case and extension, keep one of the two files`;
    case 'route':
      return `file: "${fileName}" takes the address of another page (${refusal.clash}); name the file after the company and title, e.g. acme-go-developer${ext}`;
    case undefined:
      return undefined;
  }
}

/** Reports each file that cannot be read or parsed (encoding, size, YAML, front matter) instead of throwing. */
export function checkReadable(tree: ContentTree): Problem[] {
  const failed = [tree.skills, ...allFiles(tree)];
  return failed.flatMap((f) =>
    f.failure === undefined ? [] : [problem(f.file, f.failure.line, f.failure.message)],
  );
}

/**
 * Pages escape every field, so markup here cannot run; it would only show as literal tags.
 * The refusal lives here, not in the shared schema, so a file that slips past the checker
 * still builds (and is proven safe by the hostile fixture).
 */
const PLAIN_TEXT_FIELDS: Readonly<Record<CollectionName, readonly string[]>> = {
  companies: ['name'],
  articles: ['title', 'description'],
  jobs: ['title', 'summary'],
};

/**
 * Refuses front matter that is not `key: value` lines, that fails its collection's schema
 * (every field, and every rule between fields), or that puts markup in a plain-text field.
 */
export function checkFrontMatter(tree: ContentTree): Problem[] {
  return entries(tree).flatMap((f) => {
    if (!f.content.shaped) {
      return [
        problem(
          f.file,
          2,
          'front matter: is not "key: value" lines; write one field per line, e.g. title: Go Engineer',
        ),
      ];
    }
    return frontMatterFindings(f).map((p) => problem(f.file, p.line, p.message));
  });
}

/** The schema's and the plain-text rule's findings for one entry, by line. */
function frontMatterFindings({ collection, content: { data, lines } }: Entry): Finding[] {
  const { schema, rules } = MARKDOWN_COLLECTIONS[collection];
  const found = schemaProblems(schema, data, lines, [], rules);
  for (const field of PLAIN_TEXT_FIELDS[collection]) {
    const value = data[field];
    if (typeof value === 'string' && hasMarkup(value)) {
      found.push({
        line: lineOf(lines, [field]),
        message: `${field}: ${show(value)} contains HTML; write plain text without tags or entities`,
      });
    }
  }
  return found.sort((a, b) => a.line - b.line);
}
