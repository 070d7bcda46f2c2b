import {
  keysOf,
  parseQuery,
  phraseAt,
  termMatches,
  wordAnswers,
  wordsOf,
  type Query,
  type QueryTerm,
} from './search-text.ts';

/** The search filters, as named in the form, the URL and the index. */
export const filterNames = ['year', 'article', 'person', 'topic'] as const;

// What a search result is and how it is checked: the index only proposes candidates; this decides, in the
// browser, which of them really match, which paragraphs to list and which words to mark.

/** A text in each of the edition's languages. */
export interface Bilingual {
  en: string;
  ar: string;
}

/** One unit of an article as search sees it: its two texts, its notes and the registry entities it names. */
export interface SearchUnit {
  n: number;
  ar: string;
  en: string;
  notes: Bilingual[];
  entities: string[];
}

/** One search record: an article (with its units), an event, an entity or a prose page, in both languages. */
export interface SearchDoc {
  kind: 'article' | 'event' | 'entity' | 'page';
  id: string;
  /** The page, relative to the root of an interface language: `articles/<slug>/`. */
  path: string;
  /** The first day it covers (YYYY-MM-DD), for ordering. */
  date?: string;
  dateLabel?: Bilingual;
  title: Bilingual;
  /** Summary, description or page text. */
  text: Bilingual;
  /** The registry entities the record itself names (an event's participants and places; an entity itself). */
  entities: string[];
  /** Every spelling of every entity named in the record or its units. */
  names: Record<string, string[]>;
  units?: SearchUnit[];
}

/** A passage that a query is checked against: its own texts and the entities it names. */
export interface Passage {
  texts: { lang: 'en' | 'ar'; text: string; note?: boolean }[];
  entities: string[];
}

/** The passages of a record: the record itself, then (for an article) each unit. */
export function headPassage(doc: SearchDoc): Passage {
  return {
    texts: [
      { lang: 'ar', text: `${doc.title.ar}\n${doc.text.ar}` },
      { lang: 'en', text: `${doc.title.en}\n${doc.text.en}` },
    ],
    entities: doc.entities,
  };
}

/** A unit as a passage: its Arabic, its gloss, then its notes. */
export function unitPassage(unit: SearchUnit): Passage {
  return {
    texts: [
      { lang: 'ar', text: unit.ar },
      { lang: 'en', text: unit.en },
      ...unit.notes.flatMap((note) => [
        { lang: 'en' as const, text: note.en, note: true },
        { lang: 'ar' as const, text: note.ar, note: true },
      ]),
    ],
    entities: unit.entities,
  };
}

/** The entities of a passage whose spellings answer some term of the query (Lavrov for «لافروف»). */
export function answeringEntities(passage: Passage, doc: SearchDoc, query: Query): string[] {
  return passage.entities.filter((id) => {
    const keys = keysOf(...(doc.names[id] ?? []));
    return query.terms.some((term) => termMatches(term, keys));
  });
}

/** Whether every term of the query matches the passage, and every phrase stands in one of its texts. */
export function passageMatches(passage: Passage, doc: SearchDoc, query: Query): boolean {
  if (!query.terms.length) return false;
  const keys = keysOf(...passage.texts.map((t) => t.text), ...passage.entities.flatMap((id) => doc.names[id] ?? []));
  if (!query.terms.every((term) => termMatches(term, keys))) return false;
  return query.phrases.every((phrase) => passage.texts.some((t) => phraseAt(wordsOf(t.text), phrase).length > 0));
}

/** A record that matches: whether its own title and text do, and which of its units (in text order). */
export interface DocMatch {
  doc: SearchDoc;
  head: boolean;
  units: SearchUnit[];
}

/** Checks a candidate against the query; a person filter keeps only the units that name that person. */
export function matchDoc(doc: SearchDoc, query: Query, person = ''): DocMatch | undefined {
  const head = passageMatches(headPassage(doc), doc, query);
  const units = (doc.units ?? []).filter(
    (unit) => (!person || unit.entities.includes(person)) && passageMatches(unitPassage(unit), doc, query),
  );
  return head || units.length ? { doc, head, units } : undefined;
}

/** The terms whose words are marked in a passage: the query's, and the spellings of the entities that answered it. */
export function markingTerms(passage: Passage, doc: SearchDoc, query: Query): QueryTerm[] {
  const spellings = answeringEntities(passage, doc, query).flatMap((id) => doc.names[id] ?? []);
  return [...query.terms, ...parseQuery(spellings.join(' '), { typing: false }).terms];
}

/** A text cut into words and what lies between them, each word marked if it answers a term. */
export interface Piece {
  text: string;
  mark: boolean;
}

/** Splits a text into pieces, marking the words that answer the terms. */
export function markWords(text: string, terms: QueryTerm[]): Piece[] {
  return text
    .split(/([\p{L}\p{M}\p{N}]+)/u)
    .filter(Boolean)
    .map((piece) => ({ text: piece, mark: /[\p{L}\p{N}]/u.test(piece) && wordAnswers(piece, terms) }));
}

/** The excerpt of a passage to show: in the interface language where it matched there, else the other, else a note. */
export function chooseExcerpt(
  passage: Passage,
  terms: QueryTerm[],
  locale: 'en' | 'ar',
): { lang: 'en' | 'ar'; pieces: Piece[] } {
  const candidates = passage.texts
    .map((t) => ({ ...t, pieces: markWords(t.text, terms) }))
    .filter((t) => t.text.trim());
  const rank = (t: (typeof candidates)[number]) =>
    (t.pieces.some((p) => p.mark) ? 0 : 4) + (t.note ? 2 : 0) + (t.lang === locale ? 0 : 1);
  const best = [...candidates].sort((a, b) => rank(a) - rank(b))[0];
  return best ? { lang: best.lang, pieces: best.pieces } : { lang: locale, pieces: [] };
}

/** About 40 words around the first marked word, with ellipses where the text is cut. */
export function excerptWindow(pieces: Piece[], before = 40, length = 90): Piece[] {
  const first = Math.max(
    0,
    pieces.findIndex((piece) => piece.mark),
  );
  const start = Math.max(0, first - before);
  const shown = pieces.slice(start, start + length);
  return [
    ...(start > 0 ? [{ text: '… ', mark: false }] : []),
    ...shown,
    ...(start + length < pieces.length ? [{ text: ' …', mark: false }] : []),
  ];
}

/** The words marked in a passage, each once: carried to the page so that it marks the same words on arrival. */
export function markedWords(passage: Passage, terms: QueryTerm[]): string[] {
  const words = new Set<string>();
  for (const t of passage.texts) for (const piece of markWords(t.text, terms)) if (piece.mark) words.add(piece.text);
  return [...words];
}

/** Orders matches: articles first (by matching paragraphs, or by date), then events, entities and pages. */
export function orderMatches(matches: DocMatch[], sort: '' | 'asc' | 'desc', locale: 'en' | 'ar'): DocMatch[] {
  const kinds = ['article', 'event', 'entity', 'page'];
  const byDate = (a: DocMatch, b: DocMatch) => (a.doc.date ?? '').localeCompare(b.doc.date ?? '');
  return [...matches].sort((a, b) => {
    const kind = kinds.indexOf(a.doc.kind) - kinds.indexOf(b.doc.kind);
    if (kind) return kind;
    if (sort === 'asc') return byDate(a, b);
    if (sort === 'desc') return byDate(b, a);
    if (a.doc.kind === 'article')
      return b.units.length + Number(b.head) - (a.units.length + Number(a.head)) || byDate(b, a);
    if (a.doc.kind === 'event') return byDate(a, b);
    return a.doc.title[locale].localeCompare(b.doc.title[locale], locale);
  });
}
