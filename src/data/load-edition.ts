import { getCollection, getEntry } from 'astro:content';
import { buildEdition, type Edition } from './edition.ts';

let edition: Promise<Edition> | undefined;

/** The whole edition, made once per build from Astro's collections (the one place the pages' data is loaded). */
export function loadEdition(): Promise<Edition> {
  edition ??= (async () => {
    const [colophon, articles, entities, glossary, topics, events, pages] = await Promise.all([
      getEntry('colophon', 'colophon'),
      getCollection('articles'),
      getCollection('entities'),
      getCollection('glossary'),
      getCollection('topics'),
      getCollection('events'),
      getCollection('pages'),
    ]);
    return buildEdition({ colophon, articles, entities, glossary, topics, events, pages });
  })();
  return edition;
}
