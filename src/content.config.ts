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
    loader: contentGlob({ pattern: '*.md', base: `${root}/jobs` }),
    schema: jobSchema,
  }),
};
