import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  chooseExcerpt,
  excerptWindow,
  markedWords,
  markingTerms,
  matchDoc,
  orderMatches,
  unitPassage,
  type SearchDoc,
} from '../../src/lib/search-match.ts';
import { parseQuery } from '../../src/lib/search-text.ts';

// A small record written by hand: two units, one naming Lavrov only in Arabic.
const article: SearchDoc = {
  kind: 'article',
  id: 'a-call',
  path: 'articles/a-call/',
  date: '2022-10-27',
  title: { en: 'A telephone call', ar: 'اتصال هاتفي' },
  text: { en: 'The two ministers spoke.', ar: 'تحدث الوزيران.' },
  entities: [],
  names: {
    'sergei-lavrov': ['Sergei Lavrov', 'سيرغي لافروف', 'Lavrov', 'لافروف', 'سيرجي لافروف'],
    russia: ['Russia', 'روسيا'],
  },
  units: [
    {
      n: 1,
      ar: 'أجرى وزير الخارجية الروسي سيرغي لافروف اتصالاً هاتفياً',
      en: 'The Russian foreign minister made a telephone call',
      notes: [{ en: 'Sergei Lavrov, foreign minister since 2004.', ar: 'سيرغي لافروف، وزير الخارجية منذ 2004.' }],
      entities: ['sergei-lavrov'],
    },
    {
      n: 2,
      ar: 'وبحث الجانبان العقوبات على روسيا وشراكة بلا حدود',
      en: 'The two sides discussed the sanctions on Russia and a partnership with no limits',
      notes: [],
      entities: ['russia'],
    },
  ],
};
const event: SearchDoc = {
  kind: 'event',
  id: '2022-02-04-statement',
  path: 'events/2022-02-04-statement/',
  date: '2022-02-04',
  title: { en: 'Joint statement', ar: 'البيان المشترك' },
  text: { en: 'A partnership with no limits.', ar: 'شراكة بلا حدود.' },
  entities: [],
  names: {},
};

const units = (query: string, doc = article) => matchDoc(doc, parseQuery(query))?.units.map((unit) => unit.n);

test('every term must match one passage: the record itself or one unit', () => {
  assert.deepEqual(units('بالعقوبات'), [2]);
  assert.deepEqual(units('sanction Russia'), [2]);
  assert.deepEqual(units('sanctions call'), undefined, 'words from two different units are not one match');
  assert.equal(matchDoc(article, parseQuery('telephone call'))?.head, true);
});

test('a name matches in every spelling of the registry, in either script', () => {
  assert.deepEqual(units('Lavrov'), [1]);
  assert.deepEqual(units('سيرجي'), [1]);
  assert.deepEqual(units('لافروڤ'), [1]);
  assert.deepEqual(units('Lavr'), [1], 'a beginning while typing');
  assert.equal(units('Berlusconi'), undefined);
  assert.equal(units('Lavrovsky '), undefined);
});

test('a person filter keeps only the units that name the person', () => {
  assert.deepEqual(
    matchDoc(article, parseQuery('الخارجية'), 'sergei-lavrov')?.units.map((u) => u.n),
    [1],
  );
  assert.equal(matchDoc(article, parseQuery('بالعقوبات'), 'sergei-lavrov'), undefined);
});

test('a phrase must stand as consecutive words', () => {
  assert.deepEqual(units('"no limits"'), [2]);
  assert.deepEqual(units('«بلا حدود»'), [2]);
  assert.equal(units('"limits no"'), undefined);
  assert.equal(matchDoc(event, parseQuery('"no limits"'))?.head, true);
});

test('the excerpt is in the interface language when the match is there, with the name marked in its own script', () => {
  const [unit] = article.units ?? [];
  assert.ok(unit);
  const passage = unitPassage(unit);
  const query = parseQuery('Lavrov');
  const terms = markingTerms(passage, article, query);
  const arabic = chooseExcerpt(passage, terms, 'ar');
  assert.equal(arabic.lang, 'ar');
  assert.deepEqual(
    arabic.pieces.filter((p) => p.mark).map((p) => p.text),
    ['سيرغي', 'لافروف'],
  );
  // the gloss says only "the Russian foreign minister": the unit's own Arabic comes before a note that names him
  assert.equal(chooseExcerpt(passage, terms, 'en').lang, 'ar');
  const [second] = (article.units ?? []).slice(1);
  assert.ok(second);
  const excerptOf = (query: string, locale: 'en' | 'ar') =>
    chooseExcerpt(unitPassage(second), markingTerms(unitPassage(second), article, parseQuery(query)), locale).lang;
  assert.equal(excerptOf('روسيا', 'en'), 'en', 'Russia is named in both');
  assert.equal(excerptOf('Russia', 'ar'), 'ar');
  assert.deepEqual(markedWords(passage, terms).sort(), ['Lavrov', 'Sergei', 'سيرغي', 'لافروف'].sort());
});

test('an excerpt is cut around its first marked word', () => {
  const pieces = Array.from({ length: 200 }, (_, i) => ({ text: `w${i}`, mark: i === 100 }));
  const shown = excerptWindow(pieces);
  assert.equal(shown[0]?.text, '… ');
  assert.equal(shown[1]?.text, 'w60');
  assert.equal(shown.at(-1)?.text, ' …');
});

test('results: articles first, by matching paragraphs or by date, then events', () => {
  const older: SearchDoc = { ...article, id: 'older', date: '2020-01-01' };
  const matches = [event, older, article].flatMap((doc) => matchDoc(doc, parseQuery('limits')) ?? []);
  assert.deepEqual(
    orderMatches(matches, '', 'en').map((m) => m.doc.id),
    ['a-call', 'older', '2022-02-04-statement'],
  );
  assert.deepEqual(
    orderMatches(matches, 'asc', 'en').map((m) => m.doc.id),
    ['older', 'a-call', '2022-02-04-statement'],
  );
  assert.deepEqual(
    orderMatches(matches, 'desc', 'en').map((m) => m.doc.id),
    ['a-call', 'older', '2022-02-04-statement'],
  );
});
