import { hashOf, type QueryTerm } from './search-text.ts';

// How the edition's keys are laid out in its Pagefind index. The build writes them this way and the browser reads
// Pagefind's answers back through the same rules, so that the word positions Pagefind returns for each result say
// which paragraphs matched, with no record fetched.

/**
 * The language every record is indexed under. One index serves both interfaces, so a query gives the same
 * records from either; and Pagefind has no stemmer for it, so the index holds exactly the edition's own keys.
 */
export const searchLanguage = 'zxx';

/** The kinds of search record, in the order results list them (and the order of their ranks). */
export const recordKinds = ['article', 'event', 'entity', 'page'] as const;
export type RecordKind = (typeof recordKinds)[number];

/**
 * Ends every indexed key. Pagefind searches a bare word as the beginning of indexed words, and when none begins with
 * it, answers the longest indexed word it begins with instead. With every indexed word ending in a letter no key
 * contains, "key + ǂ" begins only the key itself, and no indexed word is the beginning of anything a query asks: an
 * exact look-up finds that key alone and every position of it, and no search can fall back to a shorter word.
 */
export const keyEnd = '\u01C2'; // ǂ

/** Pagefind counts it as a word (a position) and indexes nothing for it: it pads a passage to its block. */
export const filler = '-';

/** The words of a passage as a search record holds them, apart by single spaces. */
export const wordsIn = (passage: string): string[] => (passage ? passage.split(' ') : []);

/** The word a key is indexed as. */
export const indexedKey = (key: string): string => `${key}${keyEnd}`;

/** The words Pagefind is asked for a term: its keys whole, or the beginnings, less any another one begins. */
export function indexWords(term: QueryTerm): string[] {
  const forms = term.forms.filter(Boolean); // an empty key would be the key end alone, which begins person marks
  if (!term.prefix) return forms.map(indexedKey);
  return forms.filter((form) => !forms.some((other) => other !== form && form.startsWith(other)));
}

/** The most whole keys a word being typed is completed to; past it, Pagefind is asked for the beginning itself. */
export const maxPrefixKeys = 64;

/**
 * The words Pagefind is asked for a word being typed: every indexed key (from the lexicon) that begins with one of its
 * forms, whole, because Pagefind's own completion of a beginning can miss keys that lie in another index chunk; a
 * beginning no key has asks for nothing.
 */
export function prefixWords(term: QueryTerm, lexicon: Iterable<string>): string[] {
  const beginnings = indexWords(term);
  const keys = [...new Set(lexicon)].filter((key) => beginnings.some((beginning) => key.startsWith(beginning)));
  return keys.length > maxPrefixKeys ? beginnings : keys.sort().map(indexedKey);
}

/**
 * The word marking, in a paragraph, a person the paragraph names: the person filter keeps only those paragraphs.
 * It begins with the key end, which begins no query word, and spells the id in letters Pagefind keeps whole.
 */
export function personWord(id: string): string {
  const spelled = Array.from(id, (char) =>
    /[a-z0-9]/u.test(char) ? char : char === '-' ? '\u01C1' : `\u01C0${(char.codePointAt(0) ?? 0).toString(36)}\u01C0`,
  );
  return `${keyEnd}${spelled.join('')}${keyEnd}`;
}

/** What the browser needs to read Pagefind's answers: the block size and how many records of each kind there are. */
export interface SearchLayout {
  /**
   * Positions per passage block: an article's passage k (0 its title and summary, then its units) takes the words
   * k × stride to (k + 1) × stride − 1, padded with fillers, so a position gives its passage without the record.
   */
  stride: number;
  /** Records of each kind, in rank order: ranks 0 to articles − 1 are articles, then events, entities, pages. */
  counts: Record<RecordKind, number>;
}

/** The sort key whose value is each record's rank: searching sorted by it makes Pagefind return the rank. */
export const rankSort = 'rank';

/** The kind of the record at a rank, and its place among the records of that kind; nothing beyond the last. */
export function placeAt(rank: number, counts: SearchLayout['counts']): { kind: RecordKind; index: number } | undefined {
  let start = 0;
  for (const kind of recordKinds) {
    if (rank >= start && rank < start + counts[kind]) return { kind, index: rank - start };
    start += counts[kind];
  }
  return undefined;
}

/** The kind of the record at a rank. */
export const kindAt = (rank: number, layout: SearchLayout): RecordKind => placeAt(rank, layout.counts)?.kind ?? 'page';

/** The passage of a record a word position falls in: an article's block, anything else's only passage. */
export const passageAt = (position: number, kind: RecordKind, layout: SearchLayout): number =>
  kind === 'article' ? Math.floor(position / layout.stride) : 0;

/**
 * A record's text for Pagefind: a record of one passage as it is; an article's passages each in its block. A word
 * takes the same place in every block (a hash of it, or the next free place), so that its positions in different
 * paragraphs differ by whole blocks: Pagefind stores them as differences, which then repeat and compress to a
 * fraction (a fifth less index on a corpus of unlike articles, and less for a common word).
 */
export function indexContent(passages: readonly string[], stride: number): { content: string; words: number } {
  const [only] = passages;
  if (passages.length === 1 && only !== undefined) return { content: only, words: wordsIn(only).length };
  // the text is written as runs: a block's words in their places, and the fillers between them as one string each
  const parts: string[] = [];
  let words = 0;
  for (const [k, text] of passages.entries()) {
    const passage = wordsIn(text);
    if (passage.length > stride) throw new Error(`a passage of ${passage.length} words exceeds the block of ${stride}`);
    const block = new Array<string | undefined>(stride);
    let last = -1;
    for (const word of passage) {
      let place = hashOf(word) % stride;
      while (block[place] !== undefined) place = (place + 1) % stride;
      block[place] = word;
      last = Math.max(last, place);
    }
    // the last block ends with its last word
    const end = k === passages.length - 1 ? last + 1 : stride;
    let gap = 0;
    for (let place = 0; place < end; place++) {
      const word = block[place];
      if (word === undefined) {
        gap++;
        continue;
      }
      if (gap) parts.push(fillers(gap));
      gap = 0;
      parts.push(word);
    }
    if (gap) parts.push(fillers(gap));
    words += end;
  }
  return { content: parts.join(' '), words };
}

const fillerRuns = new Map<number, string>();
/** `count` fillers, apart as words are. */
function fillers(count: number): string {
  let run = fillerRuns.get(count);
  if (run === undefined) {
    run = Array.from({ length: count }, () => filler).join(' ');
    fillerRuns.set(count, run);
  }
  return run;
}

/**
 * How much of the index goes in one of its files (Pagefind counts a word's positions on each record, plus one). A
 * search fetches the files holding its words, and every search first loads the list of all the files: at its
 * default (20,000) Pagefind puts the real edition's index in a few 30 KB files, one fetched for any word; many
 * small files make the list long (about 11 bytes each, gzip). So about 300 files, none larger than the default:
 * measured on the real edition and the 1,000-article corpus (see the README).
 */
export function indexChunkSize(records: Iterable<{ words: readonly string[] }>): number {
  let size = 0;
  for (const { words } of records) {
    const all = words.flatMap(wordsIn);
    size += all.length + new Set(all).size;
  }
  return Math.min(20_000, Math.max(1000, Math.round(size / 300)));
}
