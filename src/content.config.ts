import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { articleSchema } from './schemas/article.ts';
import { entitySchema } from './schemas/entity.ts';
import { eventSchema } from './schemas/event.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { pageSchema } from './schemas/page.ts';
import { topicSchema } from './schemas/topic.ts';
import { waitingForDrafts } from './check/edition-files.ts';
import { editionPath } from './check/edition-files.ts';
import { checkEdition } from './check/engine.ts';
import { articlesLoader } from './loaders/articles.ts';
import { publishedOnly, type LoadingEntry } from './loaders/published-only.ts';

/** A collection of the files matching `pattern` in content/<folder>/, each checked by its schema. */
const fromContent = <S extends z.ZodType>(
  folder: string,
  pattern: string,
  schema: S,
  heldBack?: () => (entry: LoadingEntry) => boolean,
) => {
  const loader = glob({ pattern, base: editionPath(`content/${folder}`) });
  return defineCollection({ loader: heldBack ? publishedOnly(loader, heldBack) : loader, schema });
};

export const collections = {
  // drafts are checked by the content check, never published; nor are the events and entities only drafts refer to
  // compiled once by the project's own loader, kept in the data store, never a module of the bundle
  articles: defineCollection({
    loader: articlesLoader({
      dir: editionPath('content/articles'),
      heldBack: () => (entry) => entry.data.draft === true,
      everyProblem: () => checkEdition(),
    }),
    schema: articleSchema,
  }),
  entities: fromContent('entities', '*.yaml', entitySchema, () => {
    const { entities } = waitingForDrafts();
    return (entry) => entities.has(entry.id);
  }),
  events: fromContent('events', '*.yaml', eventSchema, () => {
    const { events } = waitingForDrafts();
    return (entry) => events.has(entry.id);
  }),
  glossary: fromContent('glossary', '*.yaml', glossarySchema),
  topics: fromContent('topics', '*.yaml', topicSchema),
  pages: fromContent('pages', '*/*.mdx', pageSchema),
};
