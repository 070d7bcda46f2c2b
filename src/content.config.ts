import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas/article.ts';
import { entitySchema } from './schemas/entity.ts';
import { eventSchema } from './schemas/event.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { pageSchema } from './schemas/page.ts';
import { topicSchema } from './schemas/topic.ts';
import { editionPath } from './lib/edition-dir.ts';

export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: '*.mdx', base: editionPath('content/articles') }),
    schema: articleSchema,
  }),
  entities: defineCollection({
    loader: glob({ pattern: '*.yaml', base: editionPath('content/entities') }),
    schema: entitySchema,
  }),
  events: defineCollection({
    loader: glob({ pattern: '*.yaml', base: editionPath('content/events') }),
    schema: eventSchema,
  }),
  glossary: defineCollection({
    loader: glob({ pattern: '*.yaml', base: editionPath('content/glossary') }),
    schema: glossarySchema,
  }),
  topics: defineCollection({
    loader: glob({ pattern: '*.yaml', base: editionPath('content/topics') }),
    schema: topicSchema,
  }),
  pages: defineCollection({
    loader: glob({ pattern: '*/*.mdx', base: editionPath('content/pages') }),
    schema: pageSchema,
  }),
};
