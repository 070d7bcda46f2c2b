import CSL, { type Engine } from 'citeproc';
import {
  citationFromHtml,
  citationStyles,
  paragraphLocator,
  styleItem,
  type Citations,
  type CitationStyle,
  type CslItem,
  type FormattedCitation,
} from '../lib/citation.ts';
import { editionStyle, officialLocale } from './styles.ts';

// One citeproc-js engine per style, made once (making one takes about a second); each item is then put in its
// registry and formatted. Citations are in English (en-US) whatever the interface.
const items = new Map<string, unknown>();
const locale = officialLocale('en-US');
const engines = new Map<CitationStyle, Engine>();
function engineOf(style: CitationStyle): Engine {
  let engine = engines.get(style);
  if (!engine) {
    engine = new CSL.Engine(
      { retrieveItem: (id) => items.get(id), retrieveLocale: () => locale },
      editionStyle(style),
      'en-US',
      true,
    );
    engine.opt.development_extensions.wrap_url_and_doi = false;
    engine.setOutputFormat('html');
    engines.set(style, engine);
  }
  return engine;
}

// The item in each style's registry, by its key (style and item)
const registered = new Map<CitationStyle, string>();

// Each item's bibliography entry by style: the same with or without a locator, so formatted once.
const entries = new Map<string, FormattedCitation>();

/**
 * An item's bibliography entry and its first and later notes (or in-text citations) in one style. Each citation is
 * formatted alone at its position (first, or later but not right after the first: a short note, not "ibid."), as
 * citeproc's own `makeCitationCluster` does without a document around it; an in-text style's citation is the same
 * wherever it falls.
 */
function formatIn(style: CitationStyle, work: CslItem, locator?: number | string) {
  const engine = engineOf(style);
  const item = styleItem(work, style);
  const key = `${style}\0${JSON.stringify(item)}`;
  // each style has its own form of an item, under one id: the engine reads it from `items` as it formats
  items.set(item.id, item);
  // the registry is left as updateItems made it: an item formatted again at once (its paragraphs') is in it already
  if (registered.get(style) !== key) {
    engine.updateItems([item.id]);
    registered.set(style, key);
  }
  let bibliography = entries.get(key);
  if (!bibliography) {
    const made = engine.makeBibliography();
    const entry = made ? made[1][0] : undefined;
    if (entry === undefined) throw new Error(`citation: ${style} gave no bibliography entry for ${item.id}`);
    // citeproc's entry is wrapped: <div class="csl-entry">…</div>
    bibliography = citationFromHtml(/^\s*<div class="csl-entry">([\s\S]*)<\/div>\s*$/u.exec(entry)?.[1] ?? entry);
    entries.set(key, bibliography);
  }
  const cited = { id: item.id, ...(locator === undefined ? {} : paragraphLocator(locator)) };
  const at = (position: number) => citationFromHtml(engine.makeCitationCluster([{ ...cited, position }]));
  const first = at(CSL.POSITION_FIRST);
  return { bibliography, first, later: style === 'chicago' ? at(CSL.POSITION_SUBSEQUENT) : first };
}

/** The citations of an item in every form of every style; with a locator, its notes and in-text citations name it. */
export function formatCitations(item: CslItem, locator?: number | string): Citations {
  const [chicago, apa, mla] = citationStyles.map((style) => formatIn(style, item, locator)) as [
    ReturnType<typeof formatIn>,
    ReturnType<typeof formatIn>,
    ReturnType<typeof formatIn>,
  ];
  return {
    chicago: { fullNote: chicago.first, shortNote: chicago.later, bibliography: chicago.bibliography },
    apa: { reference: apa.bibliography, inText: apa.first },
    mla: { worksCited: mla.bibliography, inText: mla.first },
  };
}

/** The placeholder of a paragraph's number in its article's paragraph template (letters, which no style alters). */
export const numberMarker = 'NUMBERMARKER';
const made = new Map<string, Citations>();

/** What an item's citations are formatted once for: the item, and whether as its paragraphs' template. */
export const citationsKey = (item: CslItem, paragraph: boolean): string =>
  `${paragraph ? 'p' : ''}${JSON.stringify(item)}`;

/** Whether this thread has formatted an item's citations already (citationsOnce). */
export const formattedHere = (key: string): boolean => made.has(key);

/**
 * An item's citations, formatted once per item and kind: with `paragraph`, the notes and in-text citations carry
 * the placeholder numberMarker where each paragraph puts its own number (citeproc takes milliseconds per form).
 */
export function citationsOnce(item: CslItem, paragraph = false): Citations {
  const key = citationsKey(item, paragraph);
  let citations = made.get(key);
  if (!citations) {
    citations = formatCitations(item, paragraph ? numberMarker : undefined);
    made.set(key, citations);
  }
  return citations;
}

/** An item's citations for one paragraph: its template's with the paragraph's number. */
export function paragraphCitations(item: CslItem, n: number): Citations {
  const fill = ({ html, text }: FormattedCitation): FormattedCitation => ({
    html: html.replaceAll(numberMarker, String(n)),
    text: text.replaceAll(numberMarker, String(n)),
  });
  const template = citationsOnce(item, true);
  return {
    chicago: {
      fullNote: fill(template.chicago.fullNote),
      shortNote: fill(template.chicago.shortNote),
      bibliography: fill(template.chicago.bibliography),
    },
    apa: { reference: fill(template.apa.reference), inText: fill(template.apa.inText) },
    mla: { worksCited: fill(template.mla.worksCited), inText: fill(template.mla.inText) },
  };
}
