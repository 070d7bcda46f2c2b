import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import chicago from '@citation/csl-style-chicago-note-bibliography/info.json' with { type: 'json' };
import mla from 'style-mla';

// Chicago (17th ed., notes and bibliography) and MLA (7th ed., the newest MLA style on the registry) join
// citation-js's built-in APA (7th ed.).
const cslStyles = plugins.config.get('@csl') as { styles: { add(name: string, style: string): void } };
cslStyles.styles.add('chicago', chicago.content);
cslStyles.styles.add('mla', JSON.stringify(mla));
const bibtex = plugins.config.get('@bibtex') as { format: { asciiOnly: boolean; useIdAsLabel: boolean } };
bibtex.format.asciiOnly = false; // keep Arabic titles instead of dropping them
bibtex.format.useIdAsLabel = true;

/** The citation styles offered, in the order shown. */
export const citationStyles = ['chicago', 'apa', 'mla'] as const;
export type CitationStyle = (typeof citationStyles)[number];

/** A CSL-JSON item: the one description every citation format is produced from. */
export interface CslItem {
  id: string;
  type: 'article-newspaper' | 'entry-encyclopedia';
  title: string;
  'container-title': string;
  'collection-title'?: string;
  issued: { 'date-parts': number[][] };
  URL: string;
  language?: string;
  note?: string;
}

/** CSL date parts of a date or of both ends of an interval; CSL wants both ends at the same precision. */
export function cslDateParts(edtf: string): number[][] {
  const ends = edtf.split('/').map((date) => date.split('-').map(Number));
  const precision = Math.min(...ends.map((end) => end.length));
  return ends.map((end) => end.slice(0, precision));
}

/** A CSL item for an article of the edition: the Arabic title with its English in brackets, the outlet, the edition. */
export function articleItem(input: {
  slug: string;
  title: { ar: string; en: string };
  date: string;
  outlet: string;
  edition: string;
  url: string;
}): CslItem {
  return {
    id: input.slug,
    type: 'article-newspaper',
    title: `${input.title.ar} [${input.title.en}]`,
    'container-title': input.outlet,
    'collection-title': input.edition,
    issued: { 'date-parts': cslDateParts(input.date) },
    URL: input.url,
    language: 'ar',
  };
}

/** A CSL item for an event of the chronology, cited as an entry of the edition. */
export function eventItem(input: { id: string; title: string; date: string; edition: string; url: string }): CslItem {
  return {
    id: input.id,
    type: 'entry-encyclopedia',
    title: input.title,
    'container-title': input.edition,
    issued: { 'date-parts': cslDateParts(input.date) },
    URL: input.url,
    language: 'en',
  };
}

/** The bibliography entry of an item in each style, as plain text. */
export function formatCitations(item: CslItem): Record<CitationStyle, string> {
  const cite = new Cite(item);
  const entry = (template: CitationStyle) =>
    (cite.format('bibliography', { template, format: 'text', lang: 'en-US' }) as string).trim();
  return { chicago: entry('chicago'), apa: entry('apa'), mla: entry('mla') };
}

// citeproc takes milliseconds per entry, so an article is formatted once with a placeholder where the unit's
// fragment goes (letters only, which no style alters), and the article and each of its units take their fragment.
const fragmentMarker = 'FRAGMENTMARKER';
const templates = new Map<string, Record<CitationStyle, string>>();

/** The citations of an item, or of one unit of it (`#pN` added to its URL), formatted once per item. */
export function formatCitationsAt(item: CslItem, unit?: number): Record<CitationStyle, string> {
  const key = JSON.stringify(item);
  let template = templates.get(key);
  if (!template) {
    template = formatCitations({ ...item, URL: `${item.URL}${fragmentMarker}` });
    templates.set(key, template);
  }
  const fragment = unit === undefined ? '' : `#p${unit}`;
  const at = (text: string) => text.replaceAll(fragmentMarker, fragment);
  return { chicago: at(template.chicago), apa: at(template.apa), mla: at(template.mla) };
}

/** The files a reference manager imports: BibTeX, RIS and CSL-JSON. */
export function exportFormats(item: CslItem): { bib: string; ris: string; json: string } {
  const cite = new Cite(item);
  return {
    bib: cite.format('bibtex') as string,
    // citation-js breaks RIS values every 70 characters, even mid-word; importers read the break as a space.
    ris: (cite.format('ris') as string).replace(/\n(?![A-Z][A-Z0-9] {2}-)/gu, ''),
    json: `${JSON.stringify([item], null, 2)}\n`,
  };
}
