/**
 * Checks of company files beyond their front matter: the logo, and whether any job names them.
 */
import path from 'node:path';
import { decodeContent, lineOf } from '../../../src/lib/readContent';
import { LOGO_FILE_PATTERN } from '../../../src/lib/schemas';
import { findSvgProblems, hasImageSignature } from '../markup';
import { problem, type Problem } from './problem';
import { entries, type ContentTree } from './tree';

/**
 * Refuses a logo that is not beside the company file under that exact name, is not really
 * the image its extension says, or is an SVG that could script or fetch (it is served as is).
 */
export function checkLogos(tree: ContentTree): Problem[] {
  return entries(tree, 'companies').flatMap(({ file, content: { data, lines } }) => {
    const logo = data['logo'];
    // Any other value is the schema's problem.
    if (typeof logo !== 'string' || !LOGO_FILE_PATTERN.test(logo)) return [];
    // The images are looked up by the names the folder lists, not with existsSync: on a
    // case-insensitive disk Logo.PNG would "exist" and then break the build on Linux.
    const bytes = tree.images.get(logo);
    const why = logoProblem(path.basename(path.dirname(file)), logo, bytes);
    return why === undefined ? [] : [problem(file, lineOf(lines, ['logo']), `logo: "${logo}" ${why}`)];
  });
}

/** Why a logo cannot be used (its bytes, or the error reading them), or undefined when it is fine. */
function logoProblem(
  folder: string,
  logo: string,
  bytes: Uint8Array | Error | undefined,
): string | undefined {
  if (bytes === undefined) {
    return `does not exist beside the company file; add the image to ${folder}/ or remove logo`;
  }
  const unreadable = (err: Error) => `cannot be read (${err.message}); replace the file`;
  if (bytes instanceof Error) return unreadable(bytes);
  try {
    return imageProblem(path.extname(logo).slice(1).toLowerCase(), bytes);
  } catch (err) {
    return unreadable(err as Error);
  }
}

/** Why an image's bytes are not what `ext` says, or an SVG's content that is refused. */
function imageProblem(ext: string, bytes: Uint8Array): string | undefined {
  if (ext !== 'svg') {
    return hasImageSignature(ext, bytes)
      ? undefined
      : `is not really a ${ext.toUpperCase()} image; export it again in that format or fix the extension`;
  }
  let svg: string;
  try {
    svg = decodeContent(bytes);
  } catch {
    return 'is not a text SVG file (UTF-8); export it again as plain SVG';
  }
  const first = findSvgProblems(svg)[0];
  return first === undefined
    ? undefined
    : `${first.message} (line ${first.line} of the SVG); export a plain SVG without scripts, handlers, foreignObject or external references`;
}

/** Warns about a company no job names (only for a company without errors: fix those first). */
export function warnUnusedCompanies(tree: ContentTree, faulty: ReadonlySet<string>): Problem[] {
  const named = new Set(entries(tree, 'jobs').map((j) => j.content.data['company']));
  return entries(tree, 'companies')
    .filter((c) => !faulty.has(c.file) && !named.has(c.id))
    .map((c) =>
      problem(
        c.file,
        1,
        `company: no job names "${c.id}"; delete the file or add a job (npm run new:job -- --company ${c.id})`,
        'warning',
      ),
    );
}
