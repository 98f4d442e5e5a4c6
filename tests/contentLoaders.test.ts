/**
 * What the content layer keeps of a job: Astro bundles its whole data store into the build,
 * so a job's entry keeps its rendered description and headings, not its Markdown and not a
 * second copy of its front matter.
 */
import { describe, expect, test } from 'vitest';
import type { DataStore } from 'astro/loaders';
import { leanStore } from '@/lib/contentLoaders';

type Entry = Parameters<DataStore['set']>[0];

/** A data store that only records what is set in it. */
function recordingStore(): { store: DataStore; stored: Entry[] } {
  const stored: Entry[] = [];
  const store: DataStore = {
    get: () => undefined,
    entries: () => [],
    set: (entry) => {
      stored.push(entry);
      return true;
    },
    values: () => [],
    keys: () => [],
    delete: () => {},
    clear: () => {},
    has: () => false,
    addModuleImport: () => {},
  };
  return { store, stored };
}

describe('leanStore', () => {
  test('stores a job without its Markdown body or its rendered front matter', () => {
    const { store, stored } = recordingStore();
    const headings = [{ depth: 3, slug: 'the-role', text: 'The role' }];
    leanStore(store).set({
      id: 'go-dev',
      data: { title: 'Go developer', summaryInBody: true },
      body: '## The role\n\nBuild payments.',
      filePath: 'content/jobs/go-dev.md',
      digest: 'abc',
      rendered: {
        html: '<h3 id="the-role">The role</h3><p>Build payments.</p>',
        metadata: { headings, imagePaths: [], frontmatter: { title: 'Go developer' } },
      },
    });
    expect(stored).toEqual([
      {
        id: 'go-dev',
        data: { title: 'Go developer', summaryInBody: true },
        filePath: 'content/jobs/go-dev.md',
        digest: 'abc',
        rendered: {
          html: '<h3 id="the-role">The role</h3><p>Build payments.</p>',
          metadata: { headings, imagePaths: [] },
        },
      },
    ]);
  });

  test('stores an entry that was not rendered as it came, less its body', () => {
    const { store, stored } = recordingStore();
    leanStore(store).set({ id: 'a', data: { title: 'A' }, body: 'text', digest: 'd' });
    expect(stored).toEqual([{ id: 'a', data: { title: 'A' }, digest: 'd' }]);
  });

  test('reads through to the store it wraps', () => {
    const { store } = recordingStore();
    const lean = leanStore({ ...store, has: (key) => key === 'a', keys: () => ['a'] });
    expect(lean.has('a')).toBe(true);
    expect(lean.keys()).toEqual(['a']);
  });
});
