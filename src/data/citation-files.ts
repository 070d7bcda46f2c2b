import { exportFormats, paragraphFile, paragraphItem } from '../lib/citation.ts';
import { articleCsl } from './citations.ts';
import type { Edition } from './edition.ts';

/** A citation file to be written into the build: its path inside the site and its text. */
export interface CitationFile {
  path: string;
  body: string;
}

/**
 * The BibTeX, RIS and CSL-JSON files of every citable paragraph, beside its article's page
 * (articles/<slug>/<slug>-p<N>.bib …): written by the paragraph-citations integration, not as routes.
 */
export function paragraphCitationFiles(edition: Edition): CitationFile[] {
  return edition.articles.flatMap((article) => {
    const item = articleCsl(article, edition);
    const slug = article.entry.id;
    return article.units
      .filter((unit) => !unit.heading) // a heading is cited through its number link alone (see Unit.astro)
      .flatMap((unit) => {
        const files = exportFormats(paragraphItem(item, unit.n));
        return (['bib', 'ris', 'json'] as const).map((ext) => ({
          path: `articles/${slug}/${paragraphFile(slug, unit.n)}.${ext}`,
          body: files[ext],
        }));
      });
  });
}
