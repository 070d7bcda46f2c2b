import { scriptRuns } from './script-runs.ts';

/** The citation styles offered, in the order shown. */
export const citationStyles = ['chicago', 'apa', 'mla'] as const;
export type CitationStyle = (typeof citationStyles)[number];

/**
 * The forms of a citation each style's manual has, in the order shown: Chicago's full note (a first citation),
 * short note (a later one) and bibliography entry; APA's reference and in-text citation; MLA's works-cited entry
 * and in-text citation.
 */
export const citationForms = {
  chicago: ['fullNote', 'shortNote', 'bibliography'],
  apa: ['reference', 'inText'],
  mla: ['worksCited', 'inText'],
} as const satisfies Record<CitationStyle, readonly string[]>;
export type CitationForm = (typeof citationForms)[CitationStyle][number];

/** One form of a citation: HTML (italics as `<i>`, Arabic runs isolated in `<bdi>`) and the same as plain text. */
export interface FormattedCitation {
  html: string;
  text: string;
}

/** A work's citations: every form of every style. */
export type Citations = { [S in CitationStyle]: Record<(typeof citationForms)[S][number], FormattedCitation> };

/** A name as CSL-JSON writes it; the edition's editors are a team, written as one literal name. */
interface CslName {
  literal: string;
}

/**
 * A CSL-JSON item: the one description every style renders (the citation files carry it too). See the README,
 * "The citation model", for why each field is where it is.
 */
export interface CslItem {
  id: string;
  type: 'article-newspaper' | 'webpage';
  title: string;
  'title-short': string;
  author?: CslName[];
  /** The edition's editors, on an article: CSL's contributor whose role no other variable names (see the README). */
  contributor?: CslName[];
  'container-title': string;
  /** Where Chicago and APA print the edition that reproduces an article; MLA is given it as `source` (styleItem). */
  archive?: string;
  source?: string;
  issued: { 'date-parts': number[][] };
  URL: string;
  language: string;
}

/** The edition as every citation names it: its title, editor and the date of this version of its content. */
export interface EditionInfo {
  title: string;
  editor: string;
  versionDate: string;
}

/** What a citation file records beyond the CSL item: the title's two languages, the edition, its editors. */
export interface CitedWork {
  item: CslItem;
  kind: 'article' | 'event';
  /** The title in the work's language and, for an Arabic report, its English translation. */
  title: { original: string; translated?: string };
  edition: EditionInfo;
}

/** CSL date parts of a date or of both ends of an interval; CSL wants both ends at the same precision. */
export function cslDateParts(edtf: string): number[][] {
  const ends = edtf.split('/').map((date) => date.split('-').map(Number));
  const precision = Math.min(...ends.map((end) => end.length));
  return ends.map((end) => end.slice(0, precision));
}

// Words a short title does not end on (CMOS 14.29 keeps the key words): English and Arabic function words.
const trailing = new Set(
  'a an and as at by for from in into of on or the to with في من إلى الى على عن مع خلال بين و'.split(' '),
);

/** A short title (CMOS 14.29): at most four words of the title, not ending on a function word or a bracket. */
export function shortTitle(title: string): string {
  const words = title
    .replace(/\s*[[(].*$/u, '')
    .split(/\s+/u)
    .filter(Boolean)
    .slice(0, 4);
  while (words.length > 1 && trailing.has((words.at(-1) ?? '').toLowerCase())) words.pop();
  return words.join(' ').replace(/[,:;.،؛]+$/u, '');
}

/** The id (and BibTeX key, RIS ID) of a work: an article's slug, an event's id after "event-", unique together. */
export function citationKey(kind: 'article' | 'event', id: string): string {
  return kind === 'article' ? id : `event-${id}`;
}

/**
 * An article of the edition: the unsigned report (the Arabic title with its English in brackets) in its outlet on
 * its date, reproduced in the edition (whose title is the item's `archive`, where the styles print it).
 */
export function articleWork(input: {
  slug: string;
  title: { ar: string; en: string };
  shortTitle?: string | undefined;
  date: string;
  outlet: string;
  edition: EditionInfo;
  url: string;
}): CitedWork {
  return {
    kind: 'article',
    title: { original: input.title.ar, translated: input.title.en },
    edition: input.edition,
    item: {
      id: citationKey('article', input.slug),
      type: 'article-newspaper',
      title: `${input.title.ar} [${input.title.en}]`,
      'title-short': input.shortTitle ?? shortTitle(input.title.ar),
      contributor: [{ literal: input.edition.editor }],
      'container-title': input.outlet,
      archive: input.edition.title,
      issued: { 'date-parts': cslDateParts(input.date) },
      URL: input.url,
      language: 'ar',
    },
  };
}

/**
 * An event of the chronology: a page of the edition written by its editors, dated by the edition's version; the
 * event's own date is in the title (the Chinese Civil War page was not published in 1927).
 */
export function eventWork(input: {
  id: string;
  title: string;
  dateLabel: string;
  edition: EditionInfo;
  url: string;
}): CitedWork {
  const title = `${input.title} (${input.dateLabel})`;
  return {
    kind: 'event',
    title: { original: title },
    edition: input.edition,
    item: {
      id: citationKey('event', input.id),
      type: 'webpage',
      title,
      'title-short': shortTitle(input.title),
      author: [{ literal: input.edition.editor }],
      'container-title': input.edition.title,
      issued: { 'date-parts': cslDateParts(input.edition.versionDate) },
      URL: input.url,
      language: 'en',
    },
  };
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (text: string) =>
  text.replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));/giu, (whole, dec?: string, hex?: string, name?: string) =>
    dec
      ? String.fromCodePoint(Number(dec))
      : hex
        ? String.fromCodePoint(parseInt(hex, 16))
        : (entities[name ?? ''] ?? whole),
  );
const escape = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

/**
 * A citation as citeproc writes it in HTML (only `<i>`, `<b>`, `<span>` and entities) made ready for the page: its
 * text escaped once, each Arabic run isolated in `<bdi lang="ar" dir="rtl">`; with the same as plain text.
 */
export function citationFromHtml(html: string): FormattedCitation {
  let out = '';
  let text = '';
  for (const [, tag, chunk] of html.trim().matchAll(/(<\/?[a-z][^>]*>)|([^<]+)/giu)) {
    if (tag) {
      if (/^<\/?(?:i|b|em|strong)>$/iu.test(tag)) out += tag.replace(/em>/u, 'i>').replace(/strong>/u, 'b>');
      continue;
    }
    const plain = decode(chunk ?? '');
    text += plain;
    out += scriptRuns(plain, 'en')
      .map((run) => (run.lang ? `<bdi lang="ar" dir="rtl">${escape(run.text)}</bdi>` : escape(run.text)))
      .join('');
  }
  return { html: out, text };
}

/**
 * The item as one style is given it. The official MLA file prints a second container (MLA 9's database or collection
 * the work was found in, in italics, before the URL) only from `source`, and prints `archive` in roman after the URL;
 * Chicago's and APA's files print `archive` and never `source`. So MLA gets the edition as `source`.
 */
export function styleItem(item: CslItem, style: CitationStyle): CslItem {
  if (style !== 'mla' || item.archive === undefined) return item;
  const { archive, ...rest } = item;
  return { ...rest, source: archive };
}

/** The locator of a paragraph as the styles and reference managers write it. */
export const paragraphLocator = (n: number | string) => ({ locator: String(n), label: 'paragraph' as const });

/** How to add a paragraph's locator to a citation of its article, in LaTeX (biblatex), as CMOS/APA write it. */
export function locatorHints(key: string, n: number | string): { latex: string; text: string } {
  return { latex: `\\cite[para.~${n}]{${key}}`, text: `para. ${n}` };
}
