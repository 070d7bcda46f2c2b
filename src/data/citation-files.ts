import type { CitedWork } from '../lib/citation.ts';
import { articleCitation, eventCitation } from './citations.ts';
import type { Edition } from './edition.ts';

/** A work's citation files: their folder inside the site, their name without extension, the work. */
export interface CitationFiles {
  dir: string;
  name: string;
  work: CitedWork;
}

/**
 * What the citation-files integration writes at the end of the build (not as routes): one BibTeX, RIS and CSL-JSON
 * record beside every article and event page (articles/<slug>/<slug>.bib …). A paragraph is cited as its article
 * with a locator, which goes in the citation, not in the record: it has no files of its own.
 */
export function citationFiles(edition: Edition): CitationFiles[] {
  return [
    ...edition.articles.map((article) => ({
      dir: `articles/${article.entry.id}`,
      name: article.entry.id,
      work: articleCitation(article, edition),
    })),
    ...edition.events.map((event) => ({
      dir: `events/${event.entry.id}`,
      name: event.entry.id,
      work: eventCitation(event),
    })),
  ];
}
