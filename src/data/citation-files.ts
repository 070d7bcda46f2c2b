import type { CslItem } from '../lib/citation.ts';
import { articleCsl, eventCsl } from './citations.ts';
import type { Edition } from './edition.ts';

/** A page's citation files: their folder inside the site, their name without extension, the item, the paragraphs. */
export interface CitationFiles {
  dir: string;
  name: string;
  item: CslItem;
  paragraphs: number[];
}

/**
 * What the citation-files integration writes at the end of the build (not as routes): BibTeX, RIS and CSL-JSON
 * beside every article and event page (articles/<slug>/<slug>.bib …), and for each citable paragraph
 * (articles/<slug>/<slug>-p<N>.bib …).
 */
export function citationFiles(edition: Edition): CitationFiles[] {
  return [
    ...edition.articles.map((article) => ({
      dir: `articles/${article.entry.id}`,
      name: article.entry.id,
      item: articleCsl(article, edition),
      // a heading is cited through its number link alone (see Unit.astro)
      paragraphs: article.units.filter((unit) => !unit.heading).map((unit) => unit.n),
    })),
    ...edition.events.map((event) => ({
      dir: `events/${event.entry.id}`,
      name: event.entry.id,
      item: eventCsl(event),
      paragraphs: [],
    })),
  ];
}
