import { formatDate } from './dates.ts';
import type { Locale } from './i18n.ts';

/** What the interface says of the edition as a whole, taken from its articles: how many, and when they appeared. */
export interface EditionSpan {
  /** The number of articles. */
  count: number;
  /** The month of the first article and of the last (YYYY-MM). */
  first: string;
  last: string;
  /**
   * Where a timeline stops compressing: 1 January of the first article's year. The articles' own years are drawn
   * to scale; the older events they recall share a narrow band before this day.
   */
  denseFrom: string;
}

/** The span of an edition's articles, from their dates (YYYY-MM-DD, in any order). */
export function editionSpan(articleDates: readonly string[]): EditionSpan {
  if (!articleDates.length) throw new Error('An edition has at least one article');
  const sorted = [...articleDates].sort();
  const first = (sorted[0] ?? '').slice(0, 7);
  const last = (sorted.at(-1) ?? '').slice(0, 7);
  return { count: articleDates.length, first, last, denseFrom: `${first.slice(0, 4)}-01-01` };
}

/** The span as interface placeholders: {count}, {from} and {to} (months, as the site writes them), {year}. */
export function spanPlaceholders(span: EditionSpan, locale: Locale): Record<string, string | number> {
  return {
    count: span.count,
    from: formatDate(span.first, locale),
    to: formatDate(span.last, locale),
    year: span.denseFrom.slice(0, 4),
  };
}
