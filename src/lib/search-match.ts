import { kindAt, passageAt, recordKinds, type RecordKind, type SearchLayout } from './search-layout.ts';
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

// What a search result is: the index says which passages of which records hold every word of the query (from the
// positions of the words it matched); the browser then fetches only the passages it shows, to cut excerpts from,
// mark the words in, and (for a quoted phrase) check that the words stand together.

/** A text in each of the edition's languages. */
export interface Bilingual {
  en: string;
  ar: string;
}

/**
 * A passage, the unit a query must match as a whole: an article's title and summary, or one of its units (its
 * Arabic, gloss and notes), or a whole event, entity or page. Fetched by byte range from its shard
 * (src/lib/search-docs.ts).
 */
export interface SearchPassage {
  /** The unit's number, for its address (#pN); absent for a record's own title and text. */
  n?: number;
  ar: string;
  en: string;
  notes: Bilingual[];
  /** The registry entities the passage names, each with every spelling the registry records. */
  names: Record<string, string[]>;
}

/** What a result shows above its passages, fetched per result from its shard (src/lib/search-docs.ts). */
export interface SearchHead {
  kind: RecordKind;
  /** The page, relative to the root of an interface language: `articles/<slug>/`. */
  path: string;
  title: Bilingual;
  dateLabel?: Bilingual;
  /** Every record but an article is a single passage, shown whenever the record is: it comes with the head. */
  passage?: SearchPassage;
}

/** The texts of a passage in the order an excerpt prefers them: its Arabic, its gloss, then its notes. */
export function passageTexts(passage: SearchPassage): { lang: 'en' | 'ar'; text: string; note?: boolean }[] {
  return [
    { lang: 'ar', text: passage.ar },
    { lang: 'en', text: passage.en },
    ...passage.notes.flatMap((note) => [
      { lang: 'en' as const, text: note.en, note: true },
      { lang: 'ar' as const, text: note.ar, note: true },
    ]),
  ];
}

/** Every key of a passage: its texts and every spelling of the entities it names (the index holds these). */
export function passageKeys(passage: SearchPassage): Set<string> {
  return keysOf(...passageTexts(passage).map((t) => t.text), ...Object.values(passage.names).flat());
}

/** Whether every term of the query matches the passage, and every phrase stands in one of its texts. */
export function passageMatches(passage: SearchPassage, query: Query): boolean {
  if (!query.terms.length) return false;
  const keys = passageKeys(passage);
  if (!query.terms.every((term) => termMatches(term, keys))) return false;
  return phrasesStand(passage, query);
}

/** Whether every phrase of the query stands, as consecutive words, in one of the passage's texts. */
export function phrasesStand(passage: SearchPassage, query: Query): boolean {
  const texts = passageTexts(passage);
  return query.phrases.every((phrase) => texts.some((t) => phraseAt(wordsOf(t.text), phrase).length > 0));
}

/** A record Pagefind returned for every term: its rank and, for each term, the positions of the words that answer it. */
export interface Candidate {
  id: string;
  rank: number;
  positions: number[][];
}

/** A record that matches, and the passages that do, in text order (0 is an article's own title and summary). */
export interface Match {
  id: string;
  rank: number;
  kind: RecordKind;
  passages: number[];
}

/**
 * The passages of a candidate that hold every term: an article's blocks, another record's only passage. With a
 * person filter (`person`, the positions of that person's mark), an article's units must also name the person.
 */
export function matchCandidate(candidate: Candidate, layout: SearchLayout, person?: number[]): Match | undefined {
  const kind = kindAt(candidate.rank, layout);
  const sets = candidate.positions.map((positions) => new Set(positions.map((p) => passageAt(p, kind, layout))));
  const [first, ...rest] = sets;
  if (!first) return undefined;
  const named = person && new Set(person.map((p) => passageAt(p, kind, layout)));
  const passages = [...first]
    .filter((k) => rest.every((set) => set.has(k)) && (!named || kind !== 'article' || k === 0 || named.has(k)))
    .sort((a, b) => a - b);
  return passages.length ? { id: candidate.id, rank: candidate.rank, kind, passages } : undefined;
}

/** How many results a match counts for: each matching paragraph, and the record itself where it matches. */
export const resultCount = (match: Match): number => match.passages.length;

/** The entities of a passage whose spellings answer some term of the query (Lavrov for «لافروف»). */
export function answeringEntities(passage: SearchPassage, query: Query): string[] {
  return Object.entries(passage.names)
    .filter(([, spellings]) => {
      const keys = keysOf(...spellings);
      return query.terms.some((term) => termMatches(term, keys));
    })
    .map(([id]) => id);
}

/** The terms whose words are marked in a passage: the query's, and the spellings of the entities that answered it. */
export function markingTerms(passage: SearchPassage, query: Query): QueryTerm[] {
  const spellings = answeringEntities(passage, query).flatMap((id) => passage.names[id] ?? []);
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
  passage: SearchPassage,
  terms: QueryTerm[],
  locale: 'en' | 'ar',
): { lang: 'en' | 'ar'; pieces: Piece[] } {
  const candidates = passageTexts(passage)
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
export function markedWords(passage: SearchPassage, terms: QueryTerm[]): string[] {
  const words = new Set<string>();
  for (const t of passageTexts(passage)) {
    for (const piece of markWords(t.text, terms)) if (piece.mark) words.add(piece.text);
  }
  return [...words];
}

/**
 * Orders matches: articles first, then events, entities and pages (the order of their ranks). Articles by matching
 * passages (then newest), or by date; events by date; entities and pages by title, in the order `byTitle` gives
 * their ranks for the interface's language.
 */
export function orderMatches(matches: Match[], sort: '' | 'asc' | 'desc', byTitle: number[] = []): Match[] {
  const kind = (m: Match) => recordKinds.indexOf(m.kind);
  const place = new Map(byTitle.map((rank, i) => [rank, i]));
  const titled = (m: Match) => place.get(m.rank) ?? byTitle.length + m.rank;
  return [...matches].sort((a, b) => {
    if (a.kind !== b.kind) return kind(a) - kind(b);
    if (a.kind === 'entity' || a.kind === 'page') return titled(a) - titled(b);
    if (sort === 'asc') return a.rank - b.rank;
    if (sort === 'desc') return b.rank - a.rank;
    if (a.kind === 'article') return resultCount(b) - resultCount(a) || b.rank - a.rank;
    return a.rank - b.rank;
  });
}
