/**
 * Astro's loaders, reading front matter and YAML with the content checker's reader
 * (`./readContent`), so that the build, the checker and the tests parse a file the same way:
 * what passes the checker builds, and a file it refuses never builds with another meaning
 * (Astro's own YAML reader turns `2026-02-30` into 2 March).
 */
import { readFile } from 'node:fs/promises';
import { file, glob, type DataStore, type Loader } from 'astro/loaders';
import { brokenData } from './devProblems';
import { parseFrontMatter, parseYaml } from './readContent';

type Record_ = Record<string, unknown>;

function asRecord(value: unknown): Record_ {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record_) : {};
}

/** Where a folder collection's files are, and what its data store keeps of them. */
export interface ContentGlobOptions {
  pattern: string;
  base: string;
  /**
   * Keep only what pages use in the data store: no raw Markdown body (`entry.body` is
   * undefined) and no second copy of the front matter in `rendered.metadata`. Astro bundles
   * the whole store as one module; at 10,000 jobs these two made 35 of its 80 MB, and the
   * bundling and compiling of that module set the build's peak memory. `derive` adds to the
   * front matter, before the schema validates it, whatever pages need of the body.
   */
  lean?: { derive: (body: string, data: Record_) => Record_ };
}

/** A store whose entries lose their raw body and their rendered copy of the front matter. */
export function leanStore(store: DataStore): DataStore {
  return {
    ...store,
    set: ({ body: _body, rendered, ...entry }) => {
      if (rendered === undefined) return store.set(entry);
      const { frontmatter: _frontmatter, ...metadata } = rendered.metadata ?? {};
      return store.set({ ...entry, rendered: { ...rendered, metadata } });
    },
  };
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
export function contentGlob({ lean, ...options }: ContentGlobOptions): Loader {
  const inner = glob({ ...options, retainBody: lean === undefined });
  return {
    name: 'skillboard:glob',
    load: (context) =>
      inner.load({
        ...context,
        store: lean === undefined ? context.store : leanStore(context.store),
        parseData: async (props) => {
          if (props.filePath === undefined) return context.parseData(props);
          try {
            const { data, body } = parseFrontMatter(await readFile(props.filePath, 'utf8'));
            const record = asRecord(data);
            const full = lean === undefined ? record : { ...record, ...lean.derive(body, record) };
            return await context.parseData({ ...props, data: full as typeof props.data });
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
