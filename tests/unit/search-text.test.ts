import assert from 'node:assert/strict';
import { test } from 'node:test';
import fs from 'node:fs';
import path from 'node:path';
import {
  arabicForms,
  asKey,
  editDistance,
  foldArabic,
  foldLatin,
  formsOf,
  keysOf,
  lexiconShard,
  nearestWords,
  parseQuery,
  phraseAt,
  termMatches,
  unquotedQuery,
  wordAnswers,
  wordsOf,
} from '../../src/lib/search-text.ts';

test('Arabic folds diacritics, tatweel and the hamza, alef, ya and ta marbuta forms', () => {
  assert.equal(foldArabic('أوكرانيا'), 'اوكرانيا');
  assert.equal(foldArabic('مُظهراً'), 'مظهرا');
  assert.equal(foldArabic('الـــصين'), 'الصين');
  assert.equal(foldArabic('إيران'), 'ايران');
  assert.equal(foldArabic('مصطفى'), 'مصطفي');
  assert.equal(foldArabic('سنغافورة'), 'سنغافوره');
  assert.equal(foldArabic('رئيس'), 'رييس');
  assert.equal(foldArabic('مؤتمر'), 'موتمر');
});

test('letters borrowed for foreign sounds fold to the usual Arabic ones, and so do eastern digits', () => {
  assert.equal(foldArabic('لافروڤ'), 'لافروف'); // ڤ for v
  assert.equal(foldArabic('پوتين'), 'بوتين'); // پ for p
  assert.equal(foldArabic('چين'), 'جين'); // چ for ch
  assert.equal(foldArabic('گوگل'), 'غوغل'); // گ for g
  assert.equal(foldArabic('ی'), 'ي'); // the Persian ya
  assert.equal(foldArabic('٢٠٢٤'), '2024');
  assert.equal(foldArabic('۱۹۴۵'), '1945');
});

test('Latin folds case and accents', () => {
  assert.equal(foldLatin('Lávrov'), 'lavrov');
  assert.equal(foldLatin('NATO'), 'nato');
});

test('a key is in the alphabet Pagefind indexes: letters and digits, lower case, no marks', () => {
  assert.equal(asKey('Lávrov'), 'lavrov');
  assert.equal(asKey('ۂ'), 'ہ', 'Pagefind drops the hamza above, so the key does too');
  assert.equal(asKey('𝐀𝐁𝐂'), '', 'capitals without a lower case would make Pagefind split the word');
  assert.equal(asKey('aǂbǁc'), 'abc', 'the letters the index marks its own words with');
  assert.deepEqual(formsOf('لـCNN'), ['لcnn', 'cnn'], 'a Latin name after an Arabic clitic');
  assert.deepEqual(parseQuery('ǂ 𝐀').terms, [], 'a word with no key is no term');
});

/**
 * What Pagefind 1.6 indexes a word as (pagefind/src/fossick/splitting.rs): its alphanumeric characters, lower-cased,
 * without combining marks; and whether it also indexes parts of it (any other character, or a capital after the first).
 */
function pagefindWord(word: string): { word: string; parts: boolean } {
  const kept = Array.from(word)
    .filter((char) => /[\p{Alphabetic}\p{N}]/u.test(char))
    .map((char) => char.toLowerCase())
    .join('');
  return {
    word: kept.normalize('NFD').replace(/\p{M}/gu, ''),
    parts: Array.from(word).some(
      (char, i) => !/[\p{Alphabetic}\p{N}]/u.test(char) || (i > 0 && /\p{Uppercase}/u.test(char)),
    ),
  };
}

test('every key of the edition is a word Pagefind indexes as itself, whole', () => {
  // the sources and every content file (the glosses, notes, registry and pages), and words made to be awkward
  const files = ['sources', 'content'].flatMap((dir) =>
    (fs.readdirSync(dir, { recursive: true }) as string[]).map((file) => path.join(dir, file)),
  );
  const texts = files.filter((file) => fs.statSync(file).isFile()).map((file) => fs.readFileSync(file, 'utf8'));
  const keys = keysOf(...texts, 'Ünïcödé ﬁnal ΟΔΟΣ 𝐀𝐁 İstanbul ۂ لـCNN x² Ǆemal');
  assert.ok(keys.size > 1000);
  for (const key of keys) assert.deepEqual(pagefindWord(key), { word: key, parts: false }, key);
});

test('attached clitics are removed as alternative forms', () => {
  assert.deepEqual(arabicForms('بروسيا'), ['بروسيا', 'روسيا']);
  assert.deepEqual(arabicForms('بالعقوبات'), ['بالعقوبات', 'عقوبات', 'العقوبات']);
  assert.ok(arabicForms('وأوكرانيا').includes('اوكرانيا'));
  assert.ok(arabicForms('للكرملين').includes('الكرملين'));
  assert.ok(arabicForms('والصين').includes('صين'));
  assert.deepEqual(arabicForms('لا'), ['لا'], 'never down to one letter');
});

test('English words are indexed as written and as their Porter stem', () => {
  assert.deepEqual(formsOf('Sanctions'), ['sanctions', 'sanction']);
  assert.deepEqual(formsOf('president'), ['president', 'presid']);
  assert.deepEqual(formsOf('2024'), ['2024']);
});

test('a query: every word a term, the last one matched from its beginning while it is typed', () => {
  const typed = parseQuery('Xi Lavr');
  assert.deepEqual(
    typed.terms.map(({ word, forms, prefix }) => ({ word, forms, prefix })),
    [
      { word: 'Xi', forms: ['xi'], prefix: false },
      { word: 'Lavr', forms: ['lavr'], prefix: true },
    ],
  );
  assert.equal(parseQuery('Xi Lavr ').terms.at(-1)?.prefix, false, 'a space ends the word');
  assert.equal(parseQuery('Lavr', { typing: false }).terms[0]?.prefix, false);
  assert.equal(parseQuery('L').terms[0]?.prefix, false, 'one letter is not a beginning worth searching');
  assert.deepEqual(parseQuery('بالعقوبات ').terms[0]?.forms, ['بالعقوبات', 'عقوبات', 'العقوبات']);
});

test('quoted runs are phrases, in straight, Arabic and curly quotes', () => {
  for (const query of ['"no limits"', '«no limits»', '“no limits”']) {
    const { terms, phrases } = parseQuery(query);
    assert.equal(phrases.length, 1, query);
    assert.deepEqual(
      phrases[0]?.map((t) => t.forms),
      [['no'], ['limit']],
    );
    assert.ok(terms.every((t) => !t.prefix));
  }
  assert.deepEqual(
    parseQuery('«بلا حدود»').phrases[0]?.map((t) => t.word),
    ['بلا', 'حدود'],
  );
});

test('a term matches keys whole, or from their beginning when it is being typed', () => {
  const keys = keysOf('فرض العقوبات على روسيا', 'sanctions against Russia');
  const [sanctions] = parseQuery('بالعقوبات ').terms;
  assert.ok(sanctions && termMatches(sanctions, keys));
  const [lavr] = parseQuery('Lavr').terms;
  assert.ok(lavr && termMatches(lavr, keysOf('Sergei Lavrov')));
  const [berlusconi] = parseQuery('Berlusconi').terms;
  assert.ok(berlusconi && !termMatches(berlusconi, keysOf('Berlin and Berlaymont')), 'no shorter word answers');
  const [ru] = parseQuery('روس ').terms;
  assert.ok(ru && !termMatches(ru, keys), 'a whole word does not match a longer one');
});

test('marking recognises a word by any of its forms', () => {
  const { terms } = parseQuery('روسيا sanction ');
  assert.equal(wordAnswers('بروسيا', terms), true);
  assert.equal(wordAnswers('Sanctions', terms), true);
  assert.equal(wordAnswers('الصين', terms), false);
});

test('a status line quotes a query once: one quoted phrase loses its own marks, any other query is shown as typed', () => {
  assert.equal(unquotedQuery('"no limits"'), 'no limits');
  assert.equal(unquotedQuery('“no limits”'), 'no limits');
  assert.equal(unquotedQuery(' «بلا حدود» '), 'بلا حدود');
  assert.equal(unquotedQuery('Lavrov'), 'Lavrov');
  assert.equal(unquotedQuery('"no limits" Putin'), '"no limits" Putin');
  assert.equal(unquotedQuery('"no" "limits"'), '"no" "limits"');
});

test('a phrase is found only as consecutive words', () => {
  const [phrase] = parseQuery('"no limits"').phrases;
  assert.ok(phrase);
  assert.deepEqual(phraseAt(wordsOf('a partnership with no limits'), phrase), [3]);
  assert.deepEqual(phraseAt(wordsOf('no partnership limits'), phrase), []);
});

test('hostile queries are cut, cleaned and never throw', () => {
  assert.deepEqual(
    parseQuery('<script>alert(1)</script>').terms.map((t) => t.word),
    ['script', 'alert', '1'],
  );
  assert.deepEqual(
    parseQuery('\u202Eروسيا\u202C \uD800').terms.map((t) => t.word),
    ['روسيا'],
  );
  assert.equal(parseQuery('a '.repeat(10_000)).terms.length, 1);
  assert.ok((parseQuery('x'.repeat(10_000)).terms[0]?.word.length ?? 0) <= 200);
  assert.deepEqual(parseQuery('🙂🙂').terms, []);
  assert.deepEqual(parseQuery('"').terms, []);
  assert.deepEqual(wordsOf(''), []);
});

test('edit distance counts insertions, deletions, substitutions and swaps', () => {
  assert.equal(editDistance('lavrov', 'lavrov'), 0);
  assert.equal(editDistance('lavrof', 'lavrov'), 1);
  assert.equal(editDistance('lvarov', 'lavrov'), 1);
  assert.equal(editDistance('patrushv', 'patrushev'), 1);
  assert.equal(editDistance('kitten', 'sitting'), 3);
});

test('suggestions are the nearest indexed words, never far ones', () => {
  const lexicon = { lavrov: 'Lavrov', lavrenti: 'Lavrenti', latvia: 'Latvia', becaus: 'because' };
  assert.deepEqual(nearestWords('Lavrof', lexicon), ['Lavrov']);
  assert.deepEqual(nearestWords('Berlusconi', lexicon), []);
  assert.deepEqual(nearestWords('Berlus', lexicon), [], 'not "because", three edits away as written');
  assert.deepEqual(nearestWords('خاركوف', { خاركيف: 'خاركيف' }), ['خاركيف']);
  assert.deepEqual(nearestWords('باتروشف', { باتروشيف: 'باتروشيف', روسيا: 'روسيا' }), ['باتروشيف']);
});

test('keys that share their first two letters share a lexicon file', () => {
  assert.equal(lexiconShard('lavrov'), lexiconShard('latvia'));
  assert.equal(lexiconShard('la'), lexiconShard('lavrov'));
  assert.match(lexiconShard('روسيا'), /^[0-9a-f]{2}$/u);
});
