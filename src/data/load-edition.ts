import { getCollection, getEntry } from 'astro:content';
import { formatAhead } from '../citation/ahead.ts';
import { articleCitation, eventCitation } from './citations.ts';
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
    const built = buildEdition({ colophon, articles, entities, glossary, topics, events, pages });
    // in the order the pages ask for them: each article's citations and its paragraphs' template, then the events'
    void formatAhead([
      ...built.articles.flatMap((article) => {
        const { item } = articleCitation(article, built);
        return [
          { item, paragraph: false },
          { item, paragraph: true },
        ];
      }),
      ...built.events.map((event) => ({ item: eventCitation(event, built).item, paragraph: false })),
    ]);
    return built;
  })();
  return edition;
}
