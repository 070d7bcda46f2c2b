import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { articleSchema } from './schemas/article.ts';
import { entitySchema } from './schemas/entity.ts';
import { eventSchema } from './schemas/event.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { pageSchema } from './schemas/page.ts';
import { topicSchema } from './schemas/topic.ts';
import { editionPath } from './lib/edition-dir.ts';

/** A collection of the files matching `pattern` in content/<folder>/, each checked by its schema. */
const fromContent = <S extends z.ZodType>(folder: string, pattern: string, schema: S) =>
  defineCollection({ loader: glob({ pattern, base: editionPath(`content/${folder}`) }), schema });

export const collections = {
  articles: fromContent('articles', '*.mdx', articleSchema),
  entities: fromContent('entities', '*.yaml', entitySchema),
  events: fromContent('events', '*.yaml', eventSchema),
  glossary: fromContent('glossary', '*.yaml', glossarySchema),
  topics: fromContent('topics', '*.yaml', topicSchema),
  pages: fromContent('pages', '*/*.mdx', pageSchema),
};
