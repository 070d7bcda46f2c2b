import { editionSpan, type EditionSpan } from '../lib/edition-span.ts';
import type { Edition } from './edition.ts';

/** The span of the edition's articles (their number, first and last month), which the interface text states. */
export function spanOf(edition: Pick<Edition, 'articles'>): EditionSpan {
  return editionSpan(edition.articles.map((article) => article.entry.data.date));
}
