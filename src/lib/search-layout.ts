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

/** The word a key is indexed as. */
export const indexedKey = (key: string): string => `${key}${keyEnd}`;

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

/** The kind of the record at a rank. */
export function kindAt(rank: number, layout: SearchLayout): RecordKind {
  let end = 0;
  for (const kind of recordKinds) {
    end += layout.counts[kind];
    if (rank < end) return kind;
  }
  return 'page';
}

/** The passage of a record a word position falls in: an article's block, anything else's only passage. */
export const passageAt = (position: number, kind: RecordKind, layout: SearchLayout): number =>
  kind === 'article' ? Math.floor(position / layout.stride) : 0;

/** A record's text for Pagefind: each passage's words in its block, or a record's one passage as it is. */
export function indexContent(passages: string[][], stride: number): { content: string; words: number } {
  const words: string[] = [];
  for (const [k, passage] of passages.entries()) {
    if (passages.length > 1 && passage.length > stride) {
      throw new Error(`a passage of ${passage.length} words exceeds the block of ${stride}`);
    }
    while (words.length < k * stride) words.push(filler);
    words.push(...passage);
  }
  return { content: words.join(' '), words: words.length };
}
