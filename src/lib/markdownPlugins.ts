/**
 * Sätteri (Astro 7's Markdown pipeline) plugins, set in astro.config.mjs:
 *
 * - `nestHeadings` (job and company bodies, `.md`): a body sits under its page's own
 *   section heading ("About the role", an h2), so its headings start at h3 and never read
 *   larger than the page's. An editor's `# Title` or `## The role` becomes an h3.
 * - `guideIntro` (guides, `.mdx`): the guide's first section is its introduction; the rest
 *   folds into a <details> ("Read the full guide"), so on a phone the market and the job
 *   openings below it are a short scroll away. The text stays on the page, whole and
 *   indexable (search engines and Pagefind read folded text; so do screen readers once
 *   opened), and works without JavaScript.
 */
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';

type HastPlugin = Exclude<NonNullable<SatteriProcessorOptions['hastPlugins']>[number], readonly unknown[]>;

/** The outermost heading level a page body may use. */
export const BODY_TOP_LEVEL = 3;

/** `h1` -> 3, `h2` -> 3, `h3` -> 4 … `h6` -> 6. */
export function nestedLevel(level: number): number {
  return Math.min(6, Math.max(BODY_TOP_LEVEL, level + 1));
}

export const nestHeadings: HastPlugin = {
  name: 'skillboard-nest-headings',
  element: {
    filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
    visit(node) {
      const level = nestedLevel(Number(node.tagName.slice(1)));
      return { ...node, tagName: `h${level}` };
    },
  },
};

/** The text of the control that unfolds a guide. */
export const FULL_GUIDE_LABEL = 'Read the full guide';
/** Class of the fold, for styles and tests. */
export const GUIDE_REST_CLASS = 'guide-rest';

interface Node {
  type: string;
  tagName?: string;
  children?: Node[];
}

/**
 * Where the guide's introduction ends: the index of the root's second h2, or undefined
 * when the guide has fewer than three sections (short enough to show whole).
 */
export function introEnd(children: readonly Node[]): number | undefined {
  const sections = children.flatMap((n, i) => (n.type === 'element' && n.tagName === 'h2' ? [i] : []));
  return sections.length >= 3 ? sections[1] : undefined;
}

export const guideIntro: HastPlugin = {
  name: 'skillboard-guide-intro',
  after(root, ctx) {
    const children = root.children as unknown as Node[];
    const end = introEnd(children);
    if (end === undefined) return;
    const fold = {
      type: 'element',
      tagName: 'details',
      properties: { className: [GUIDE_REST_CLASS], id: 'full-guide' },
      children: [
        {
          type: 'element',
          tagName: 'summary',
          properties: {},
          children: [{ type: 'text', value: FULL_GUIDE_LABEL }],
        },
        ...children.slice(end),
      ],
    };
    ctx.replaceNode(root, { ...root, children: [...children.slice(0, end), fold] } as typeof root);
  },
};
