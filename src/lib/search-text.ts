import { stemmer } from 'stemmer';
import { maxQueryLength } from './constants.ts';

// The one folding of the edition's search: the index builder and the browser both call it, so what is
// indexed and what is asked can never fold differently.

const arabicMarks = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/gu; // harakat, Quranic marks, tatweel
const invisibles = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/gu; // zero-width and bidi controls
const arabicLetter = /\p{Script=Arabic}/u;
const latinLetter = /\p{Script=Latin}/u;
const clitics = [
  'وال',
  'بال',
  'فال',
  'كال',
  'ولل',
  'فلل',
  'ال',
  'لل',
  'وب',
  'ول',
  'فب',
  'فل',
  'وك',
  'و',
  'ف',
  'ب',
  'ل',
  'ك',
];
// Letters borrowed for foreign sounds (ڤ v, پ p, چ ch, گ g) or typed from Persian keyboards, and the hamza,
// alef, ya and ta marbuta forms, each to the letter an Arabic reader would write instead.
const letters: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ؤ: 'و',
  ئ: 'ي',
  ى: 'ي',
  ی: 'ي',
  ة: 'ه',
  ۃ: 'ه',
  ھ: 'ه',
  ڤ: 'ف',
  ڥ: 'ف',
  پ: 'ب',
  چ: 'ج',
  گ: 'غ',
  ک: 'ك',
  ژ: 'ز',
};
const letterPattern = new RegExp(`[${Object.keys(letters).join('')}]`, 'gu');
const easternDigits = /[\u0660-\u0669\u06F0-\u06F9]/gu;

/** Folds Arabic spelling variation: marks and tatweel dropped; hamza, alef, ya, ta marbuta and borrowed letters unified. */
export function foldArabic(word: string): string {
  return word
    .replace(arabicMarks, '')
    .replace(letterPattern, (letter) => letters[letter] ?? letter)
    .replace(easternDigits, (digit) => String((digit.codePointAt(0) ?? 0) & 0xf));
}

/** Folds a Latin word: lower case, accents dropped. */
export function foldLatin(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The letters the index keeps for its own marks (see search-layout.ts): no key may contain them. */
export const reservedLetters = /[\u01C0-\u01C3]/gu; // ǀ ǁ ǂ ǃ, click letters no text of the edition uses

/**
 * A form in the alphabet Pagefind indexes: it keeps only letters and digits, lower-cases them and drops combining
 * marks, so a key already in that form is indexed as exactly itself (and two keys never become one word there).
 * A letter that would stay upper case (𝐀) would make Pagefind split the word, and is dropped.
 */
export function asKey(form: string): string {
  return form
    .normalize('NFD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]|\p{Uppercase}/gu, '')
    .replace(reservedLetters, '');
}

/** A folded Arabic word and its forms without attached clitics (و ف ب ل ك, ال, لل), each of two letters or more. */
export function arabicForms(word: string): string[] {
  const folded = asKey(foldArabic(word));
  const forms = new Set([folded]);
  for (const clitic of clitics) {
    if (folded.startsWith(clitic) && folded.length - clitic.length >= 2) {
      const rest = folded.slice(clitic.length);
      forms.add(rest);
      if (clitic.endsWith('لل')) forms.add(`ال${rest}`);
    }
  }
  return [...forms];
}

/** The words of a text, with invisible and bidi control characters and lone surrogates removed. */
export function wordsOf(text: string): string[] {
  return (
    text
      .toWellFormed()
      .replace(invisibles, '')
      .match(/[\p{L}\p{M}\p{N}]+/gu) ?? []
  );
}

/** The keys under which a word is indexed: folded Arabic with and without clitics; English folded and stemmed. */
export function formsOf(word: string): string[] {
  if (arabicLetter.test(word)) return arabicForms(word);
  const folded = asKey(foldLatin(word));
  if (latinLetter.test(word)) return [...new Set([folded, asKey(stemmer(folded))])];
  return [folded];
}

/** Every key of a text, as the index holds them. */
export function keysOf(...texts: string[]): Set<string> {
  const keys = new Set<string>();
  for (const text of texts) {
    for (const word of wordsOf(text)) for (const form of formsOf(word)) if (form) keys.add(form);
  }
  return keys;
}

/** One word of a query: the keys that answer it, as whole words or (the word still being typed) as their beginnings. */
export interface QueryTerm {
  word: string;
  forms: string[];
  prefix: boolean;
}

/** A reader's query: every term must match; each phrase must also match as consecutive words. */
export interface Query {
  terms: QueryTerm[];
  phrases: QueryTerm[][];
}

/** The forms a whole query word is matched by: folded with its clitic-free forms, or an English stem. */
function exactForms(word: string): string[] {
  if (arabicLetter.test(word)) return arabicForms(word);
  const folded = asKey(foldLatin(word));
  return [latinLetter.test(word) ? asKey(stemmer(folded)) : folded];
}

const phrasePattern = /"([^"]*)"|«([^»]*)»|“([^”]*)”/gu;

/**
 * A query as a status line quotes it ("Results for “…”"): a query that is one quoted phrase from end to end ("…",
 * «…», “…”) without its own marks, since the line supplies its language's; any other query as typed.
 */
export function unquotedQuery(raw: string): string {
  const whole = /^\s*(?:"([^"]*)"|«([^»]*)»|“([^”]*)”)\s*$/u.exec(raw);
  return whole ? (whole[1] ?? whole[2] ?? whole[3] ?? '') : raw;
}

/** Whether a word has a key at all: one made only of letters the index cannot hold is no word to search. */
const hasKey = (word: string) => formsOf(word).some(Boolean);

/**
 * Parses a query: quoted runs ("…", «…», “…”) are phrases, every other word a term. The last word is
 * matched as a beginning while it is still being typed (the query ends in it), if it has two letters or more.
 */
export function parseQuery(raw: string, { typing = true } = {}): Query {
  const query = raw.slice(0, maxQueryLength).toWellFormed();
  const phrases: QueryTerm[][] = [];
  const loose = query.replace(phrasePattern, (...groups: (string | undefined)[]) => {
    const words = wordsOf(groups.slice(1, 4).find((group) => group !== undefined) ?? '').filter(hasKey);
    if (words.length) phrases.push(words.map((word) => ({ word, forms: exactForms(word), prefix: false })));
    return ' ';
  });
  const words = wordsOf(loose).filter(hasKey);
  const stillTyping = typing && /[\p{L}\p{M}\p{N}]$/u.test(query.replace(invisibles, ''));
  const terms: QueryTerm[] = words.map((word, i) => {
    const prefix = stillTyping && i === words.length - 1 && Array.from(formsOf(word)[0] ?? '').length >= 2;
    return { word, forms: prefix ? prefixForms(word) : exactForms(word), prefix };
  });
  for (const phrase of phrases) terms.push(...phrase);
  const seen = new Set<string>();
  return {
    terms: terms.filter((term) => {
      const key = `${term.prefix ? '*' : ''}${term.forms.join(' ')}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    }),
    phrases,
  };
}

/** The forms a word still being typed is matched by, as beginnings of indexed keys. */
function prefixForms(word: string): string[] {
  if (arabicLetter.test(word)) return arabicForms(word);
  const folded = asKey(foldLatin(word));
  return [...new Set([folded, ...(latinLetter.test(word) ? [asKey(stemmer(folded))] : [])])];
}

/** Whether a term is answered by one of some keys (a word's forms, or all the keys of a record). */
export function termMatches(term: QueryTerm, keys: Iterable<string>): boolean {
  for (const key of keys) {
    for (const form of term.forms) if (term.prefix ? key.startsWith(form) : key === form) return true;
  }
  return false;
}

/** Whether a word answers one of the terms (for marking it). */
export function wordAnswers(word: string, terms: QueryTerm[]): boolean {
  const forms = formsOf(word);
  return terms.some((term) => termMatches(term, forms));
}

/** The positions (word indexes) in `words` where a phrase occurs as consecutive words. */
export function phraseAt(words: string[], phrase: QueryTerm[]): number[] {
  const found: number[] = [];
  for (let i = 0; i + phrase.length <= words.length; i++) {
    if (phrase.every((term, j) => termMatches(term, formsOf(words[i + j] ?? '')))) found.push(i);
  }
  return found;
}

/** How many files the lexicon is split into. */
export const lexiconShards = 64;

/** A small, stable hash of a text's code points (FNV-1a). */
export function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** The lexicon file that holds a key: a hash of its first two characters, so that keys sharing them share a file. */
export function lexiconShard(key: string): string {
  return (hashOf(Array.from(key).slice(0, 2).join('')) % lexiconShards).toString(16).padStart(2, '0');
}

/** Edit distance (insertions, deletions, substitutions and swaps of neighbours) between two words. */
export function editDistance(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  const width = y.length + 1;
  // one flat table, row i at i * width: d[i][j] is the distance between the first i letters of a and j of b
  const d = new Uint16Array((x.length + 1) * width);
  const at = (i: number, j: number) => d[i * width + j] ?? 0;
  for (let i = 0; i <= x.length; i++) d[i * width] = i;
  for (let j = 0; j <= y.length; j++) d[j] = j;
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + (x[i - 1] === y[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      d[i * width + j] = best;
    }
  }
  return at(x.length, y.length);
}

/** The indexed words nearest to a word the index lacks, closest first: at most `limit`, never further than two edits. */
export function nearestWords(word: string, lexicon: Record<string, string>, limit = 3): string[] {
  const wanted = formsOf(word)[0] ?? '';
  const length = Array.from(wanted).length;
  const allowed = length <= 4 ? 1 : 2;
  const scored = new Map<string, number>();
  // words as written, not the clitic-free forms and stems that only the index uses
  for (const surface of new Set(Object.values(lexicon))) {
    const candidate = formsOf(surface)[0] ?? '';
    if (Math.abs(Array.from(candidate).length - length) > allowed) continue;
    const distance = editDistance(wanted, candidate);
    if (distance > 0 && distance <= allowed) scored.set(surface, Math.min(scored.get(surface) ?? distance, distance));
  }
  return [...scored]
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([surface]) => surface);
}
