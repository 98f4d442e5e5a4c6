/**
 * What `astro dev` leaves unwatched: the trees that builds, tests and the benchmark write
 * under the project (`dist/`, `dist-*`, `parts/`, `bench/tmp/`, `bench/out/`,
 * `playwright-report/`). Vite watches the whole project: after `npm run bench -- --jobs
 * 100000` (4 GB, about 400,000 files in bench/tmp) the dev server ran out of the system's file
 * watchers, printed an error for each file, and no longer saw an editor's saved changes.
 * A content folder inside one of them (`CONTENT_DIR=bench/tmp/10000/content`) stays watched.
 */
import path from 'node:path';

const OUTPUT_TREES = ['dist', 'parts', 'bench/tmp', 'bench/out', 'playwright-report'];

/** True when `file` is inside `dir` (or is it). */
const inside = (file: string, dir: string) => file === dir || file.startsWith(`${dir}${path.sep}`);

/** A predicate for Vite's `server.watch.ignored`: true for files in the output trees of `root`. */
export function outputTrees(root: string, contentDir: string): (file: string) => boolean {
  const trees = OUTPUT_TREES.map((t) => path.join(root, t));
  return (file) => {
    const absolute = path.resolve(root, file);
    if (inside(absolute, contentDir) || inside(contentDir, absolute)) return false;
    if (trees.some((t) => inside(absolute, t))) return true;
    // `dist-fixtures`, `dist-base`…: the test builds beside dist/.
    const top = path.relative(root, absolute).split(path.sep)[0] ?? '';
    return top.startsWith('dist-');
  };
}
