/** The generated jobs, read with the same glob loader as the site, without a schema. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import path from 'node:path';

const root = path.resolve(process.env['CONTENT_DIR'] ?? '../../content');

export const collections = {
  jobs: defineCollection({ loader: glob({ pattern: '*.md', base: `${root}/jobs` }) }),
};
