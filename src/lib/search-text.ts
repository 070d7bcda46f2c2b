import { stemmer } from 'stemmer';

// Shared by the index builder and the browser, so that what is indexed and what is asked fold alike.

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

/** Folds Arabic spelling variation: diacritics and tatweel dropped, hamza and alef forms, ى and ة unified. */
export function foldArabic(word: string): string {
  return word
    .replace(arabicMarks, '')
    .replace(/[أإآٱ]/gu, 'ا')
    .replace(/ؤ/gu, 'و')
    .replace(/ئ/gu, 'ي')
    .replace(/ى/gu, 'ي')
    .replace(/ة/gu, 'ه');
}

/** A folded Arabic word and its forms without attached clitics (و ف ب ل ك, ال, لل), each of two letters or more. */
export function arabicForms(word: string): string[] {
  const folded = foldArabic(word);
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

/** The forms under which a word is indexed and matched: folded Arabic with and without clitics, stemmed English. */
export function formsOf(word: string): string[] {
  if (arabicLetter.test(word)) return arabicForms(word);
  if (latinLetter.test(word)) return [stemmer(word.toLowerCase())];
  return [word.toLowerCase()];
}

/** Extra index words for a text, so that every spelling a reader may type finds it. */
export function indexTokens(text: string): string[] {
  return [...new Set(wordsOf(text).flatMap(formsOf))];
}

/** The longest query searched; a longer one is cut, never sent whole. */
export const maxQueryLength = 200;

/** The terms of a reader's query as the index holds them: Arabic folded, English stemmed. */
export function queryTerms(query: string): string[] {
  return [
    ...new Set(
      wordsOf(query.slice(0, maxQueryLength)).map((word) => {
        if (arabicLetter.test(word)) return foldArabic(word);
        return formsOf(word)[0] ?? word;
      }),
    ),
  ].filter((term) => term.length > 0);
}

/** Whether a word of a text answers one of the query's terms (for highlighting). */
export function answersQuery(word: string, terms: string[]): boolean {
  return formsOf(word).some((form) => terms.includes(form));
}
