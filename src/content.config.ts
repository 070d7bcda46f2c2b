import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas/article.ts';
import { pageSchema } from './schemas/page.ts';
import { editionPath } from './lib/edition-dir.ts';

export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: '*.mdx', base: editionPath('content/articles') }),
    schema: articleSchema,
  }),
  pages: defineCollection({
    loader: glob({ pattern: '*/*.mdx', base: editionPath('content/pages') }),
    schema: pageSchema,
  }),
};
