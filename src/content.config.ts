/**
 * The content collections. Schemas live in `src/lib/schemas.ts` so the content checker
 * (`npm run check:content`) validates with the very same objects.
 * `CONTENT_DIR` points the whole build at another content tree with the same layout.
 */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { SKILLS_FILE, articleSchema, companySchema, jobSchema, skillSchema } from '@/lib/schemas';
import { contentDir } from '@/lib/contentDir';
import { contentGlob, contentYamlFile } from '@/lib/contentLoaders';
import { bodyRepeatsSummary } from '@/lib/board';

const root = contentDir();

export const collections = {
  skills: defineCollection({ loader: contentYamlFile(`${root}/${SKILLS_FILE}`), schema: skillSchema }),
  companies: defineCollection({
    loader: contentGlob({ pattern: '*.md', base: `${root}/companies` }),
    // The checker validates `logo` as a file name; here Astro resolves it to an image, and
    // `logoFile` keeps the name, for the link-preview card to read (src/lib/ogImage.ts).
    schema: ({ image }) =>
      z.preprocess(
        (d) => (typeof d === 'object' && d !== null && 'logo' in d ? { ...d, logoFile: d.logo } : d),
        companySchema.extend({ logo: image().optional(), logoFile: z.string().optional() }),
      ),
  }),
  articles: defineCollection({
    loader: contentGlob({ pattern: '*.{md,mdx}', base: `${root}/articles` }),
    schema: articleSchema,
  }),
  jobs: defineCollection({
    // Jobs are most of the data store: it keeps their rendered description, not their Markdown,
    // and `summaryInBody` says whether the description repeats the card sentence (the job
    // page and its search record then leave the sentence out). The checker refuses the field
    // in a file (jobSchema is strict); here it is always computed.
    loader: contentGlob({
      pattern: '*.md',
      base: `${root}/jobs`,
      lean: {
        derive: (body, data) => ({
          summaryInBody: typeof data['summary'] === 'string' && bodyRepeatsSummary(body, data['summary']),
        }),
      },
    }),
    schema: jobSchema.safeExtend({ summaryInBody: z.boolean() }),
  }),
};
