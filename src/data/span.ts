import { editionSpan, type EditionSpan } from '../lib/edition-span.ts';
import { loadEdition } from './edition.ts';

/** The span of the edition's articles (their number, first and last month), which the interface text states. */
export async function loadSpan(): Promise<EditionSpan> {
  return editionSpan((await loadEdition()).articles.map((article) => article.entry.data.date));
}
