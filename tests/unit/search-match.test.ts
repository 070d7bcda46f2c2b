import assert from 'node:assert/strict';
import { test } from 'node:test';
import { filler, indexContent, kindAt, passageAt, type SearchLayout } from '../../src/lib/search-layout.ts';
import {
  chooseExcerpt,
  excerptWindow,
  markedWords,
  markingTerms,
  matchCandidate,
  orderMatches,
  passageMatches,
  type Match,
  type SearchPassage,
} from '../../src/lib/search-match.ts';
import { parseQuery } from '../../src/lib/search-text.ts';

// An article written by hand as its passages: its title and summary, then two units, one naming Lavrov only in Arabic.
const lavrovNames = ['Sergei Lavrov', 'سيرغي لافروف', 'Lavrov', 'لافروف', 'سيرجي لافروف'];
const head: SearchPassage = {
  ar: 'اتصال هاتفي\nتحدث الوزيران.',
  en: 'A telephone call\nThe two ministers spoke.',
  notes: [],
  names: {},
};
const first: SearchPassage = {
  n: 1,
  ar: 'أجرى وزير الخارجية الروسي سيرغي لافروف اتصالاً هاتفياً',
  en: 'The Russian foreign minister made a telephone call',
  notes: [{ en: 'Sergei Lavrov, foreign minister since 2004.', ar: 'سيرغي لافروف، وزير الخارجية منذ 2004.' }],
  names: { 'sergei-lavrov': lavrovNames },
};
const second: SearchPassage = {
  n: 2,
  ar: 'وبحث الجانبان العقوبات على روسيا وشراكة بلا حدود',
  en: 'The two sides discussed the sanctions on Russia and a partnership with no limits',
  notes: [],
  names: { russia: ['Russia', 'روسيا'] },
};
const article = [head, first, second];

/** The passages of the article that match a query, by number (0 the title and summary). */
const passages = (query: string) => article.flatMap((p, k) => (passageMatches(p, parseQuery(query)) ? [k] : []));

test('every term must match one passage: the title and summary, or one unit', () => {
  assert.deepEqual(passages('بالعقوبات'), [2]);
  assert.deepEqual(passages('sanction Russia'), [2]);
  assert.deepEqual(passages('sanctions call'), [], 'words from two different units are not one match');
  assert.deepEqual(passages('telephone call'), [0, 1]);
});

test('a name matches in every spelling of the registry, in either script', () => {
  assert.deepEqual(passages('Lavrov'), [1]);
  assert.deepEqual(passages('سيرجي'), [1]);
  assert.deepEqual(passages('لافروڤ'), [1]);
  assert.deepEqual(passages('Lavr'), [1], 'a beginning while typing');
  assert.deepEqual(passages('Berlusconi'), []);
  assert.deepEqual(passages('Lavrovsky '), []);
});

test('a phrase must stand as consecutive words', () => {
  assert.deepEqual(passages('"no limits"'), [2]);
  assert.deepEqual(passages('«بلا حدود»'), [2]);
  assert.deepEqual(passages('"limits no"'), []);
});

// Two articles (ranks 0 and 1) in blocks of 10 words, then one event (rank 2).
const layout: SearchLayout = { stride: 10, counts: { article: 2, event: 1, entity: 1, page: 1 } };

test('a rank gives the kind, and a position its passage', () => {
  assert.deepEqual(
    [0, 1, 2, 3, 4].map((rank) => kindAt(rank, layout)),
    ['article', 'article', 'event', 'entity', 'page'],
  );
  assert.equal(passageAt(0, 'article', layout), 0);
  assert.equal(passageAt(9, 'article', layout), 0);
  assert.equal(passageAt(10, 'article', layout), 1);
  assert.equal(passageAt(57, 'article', layout), 5);
  assert.equal(passageAt(57, 'event', layout), 0, 'anything but an article is one passage');
});

test('an article is written a block per passage, each word in its own block, a word in the same place', () => {
  const passages = [['aǂ', 'bǂ'], ['cǂ', 'aǂ', 'dǂ'], ['aǂ']];
  const { content, words } = indexContent(
    passages.map((passage) => passage.join(' ')),
    5,
  );
  const written = content.split(' ');
  assert.equal(words, written.length);
  assert.ok(written.length > 10 && written.length <= 15, 'two full blocks, then the last up to its last word');
  for (const [k, passage] of passages.entries()) {
    const block = written.slice(k * 5, k * 5 + 5);
    assert.deepEqual(block.filter((word) => word !== filler).sort(), [...passage].sort(), `block ${k}`);
  }
  const places = [0, 1, 2].map((k) => written.indexOf('aǂ', k * 5) - k * 5);
  assert.equal(new Set(places).size, 1, 'aǂ takes the same place in each block');
  assert.throws(() => indexContent(['aǂ', 'bǂ cǂ dǂ'], 2), /exceeds the block of 2/u);
  // a record of one passage is its words as they are: it has no blocks to keep apart
  assert.deepEqual(indexContent(['aǂ bǂ cǂ'], 2), { content: 'aǂ bǂ cǂ', words: 3 });
  // an empty passage is a block of fillers; the last block ends with its last word
  assert.deepEqual(indexContent(['', 'aǂ'], 2).content.split(' ').slice(0, 2), [filler, filler]);
});

test('the passages that match are those holding a position of every term', () => {
  // term one at words 3 (passage 0), 12 (1) and 25 (2); term two at 14 (1) and 27 (2)
  const candidate = {
    id: 'a',
    rank: 1,
    positions: [
      [3, 12, 25],
      [14, 27],
    ],
  };
  assert.deepEqual(matchCandidate(candidate, layout), { id: 'a', rank: 1, kind: 'article', passages: [1, 2] });
  assert.equal(matchCandidate({ id: 'b', rank: 0, positions: [[3], [14]] }, layout), undefined);
  // the person named at word 29 (passage 2): the units that do not name the person drop out, the head stays
  assert.deepEqual(matchCandidate({ id: 'c', rank: 0, positions: [[3, 12, 25]] }, layout, [29])?.passages, [0, 2]);
  assert.deepEqual(matchCandidate({ id: 'c', rank: 0, positions: [[12]] }, layout, []), undefined);
  assert.deepEqual(matchCandidate({ id: 'e', rank: 2, positions: [[3], [140]] }, layout, [])?.passages, [0]);
});

test('the excerpt is in the interface language when the match is there, with the name marked in its own script', () => {
  const query = parseQuery('Lavrov');
  const terms = markingTerms(first, query);
  const arabic = chooseExcerpt(first, terms, 'ar');
  assert.equal(arabic.lang, 'ar');
  assert.deepEqual(
    arabic.pieces.filter((p) => p.mark).map((p) => p.text),
    ['سيرغي', 'لافروف'],
  );
  // the gloss says only "the Russian foreign minister": the unit's own Arabic comes before a note that names him
  assert.equal(chooseExcerpt(first, terms, 'en').lang, 'ar');
  const excerptOf = (query: string, locale: 'en' | 'ar') =>
    chooseExcerpt(second, markingTerms(second, parseQuery(query)), locale).lang;
  assert.equal(excerptOf('روسيا', 'en'), 'en', 'Russia is named in both');
  assert.equal(excerptOf('Russia', 'ar'), 'ar');
  assert.deepEqual(markedWords(first, terms).sort(), ['Lavrov', 'Sergei', 'سيرغي', 'لافروف'].sort());
});

test('an excerpt is cut around its first marked word', () => {
  const pieces = Array.from({ length: 200 }, (_, i) => ({ text: `w${i}`, mark: i === 100 }));
  const shown = excerptWindow(pieces);
  assert.equal(shown[0]?.text, '… ');
  assert.equal(shown[1]?.text, 'w60');
  assert.equal(shown.at(-1)?.text, ' …');
});

test('results: articles first, by matching passages then newest, or by date; then events; entities by title', () => {
  const match = (id: string, rank: number, kind: Match['kind'], passages: number[]): Match => ({
    id,
    rank,
    kind,
    passages,
  });
  // ranks follow the date: the older article is rank 0
  const matches = [
    match('entity-z', 12, 'entity', [0]),
    match('event', 5, 'event', [0]),
    match('older', 0, 'article', [1, 2]),
    match('newer', 1, 'article', [2]),
    match('newest', 2, 'article', [3]),
    match('entity-a', 13, 'entity', [0]),
    match('early-event', 4, 'event', [0]),
  ];
  // entity-a (rank 13) comes first by title
  const order = (sort: '' | 'asc' | 'desc') => orderMatches(matches, sort, [13, 12]).map((m) => m.id);
  assert.deepEqual(order(''), ['older', 'newest', 'newer', 'early-event', 'event', 'entity-a', 'entity-z']);
  assert.deepEqual(order('asc'), ['older', 'newer', 'newest', 'early-event', 'event', 'entity-a', 'entity-z']);
  assert.deepEqual(order('desc'), ['newest', 'newer', 'older', 'event', 'early-event', 'entity-a', 'entity-z']);
});
