/**
 * Astro's loaders, reading front matter and YAML with the content checker's reader
 * (`./readContent`), so that the build, the checker and the tests parse a file the same way:
 * what passes the checker builds, and a file it refuses never builds with another meaning
 * (Astro's own YAML reader turns `2026-02-30` into 2 March).
 */
import { readFile } from 'node:fs/promises';
import { file, glob, type Loader } from 'astro/loaders';
import { brokenData } from './devProblems';
import { parseFrontMatter, parseYaml } from './readContent';

type Record_ = Record<string, unknown>;

function asRecord(value: unknown): Record_ {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record_) : {};
}

/**
 * Markdown and MDX files found by Astro's glob loader, whose front matter comes from our
 * reader: the loader still finds, watches and renders the files; only the data it validates
 * is replaced. Unchanged files are skipped by the loader's digest before this reads them.
 *
 * Under `astro dev` (the only time the loader has a watcher) a file that cannot be read or
 * fails its schema is stored as a marker (`src/lib/devProblems.ts`) instead of stopping the
 * server: the dev content check prints its problems and its page shows them.
 */
export function contentGlob(options: { pattern: string; base: string }): Loader {
  const inner = glob(options);
  return {
    name: 'skillboard:glob',
    load: (context) =>
      inner.load({
        ...context,
        parseData: async (props) => {
          if (props.filePath === undefined) return context.parseData(props);
          try {
            const { data } = parseFrontMatter(await readFile(props.filePath, 'utf8'));
            return await context.parseData({ ...props, data: asRecord(data) as typeof props.data });
          } catch (err) {
            if (context.watcher === undefined) throw err;
            return brokenData(err instanceof Error ? err.message : String(err)) as typeof props.data;
          }
        },
      }),
  };
}

/** A YAML list file (`skills.yaml`), read by our YAML reader. */
export function contentYamlFile(path: string): Loader {
  return file(path, {
    parser: (text) => {
      const list = parseYaml(text);
      return Array.isArray(list) ? list.map(asRecord) : [];
    },
  });
}
