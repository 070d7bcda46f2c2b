import assert from 'node:assert/strict';
import { test } from 'node:test';
import { maxQueryLength } from '../../src/lib/constants.ts';
import { indexWords } from '../../src/lib/search-layout.ts';
import { markWords } from '../../src/lib/search-match.ts';
import { lexiconShard, parseQuery } from '../../src/lib/search-text.ts';
import { generatedQueries, hostilePayloads } from '../support/hostile-queries.ts';

const queries = [...hostilePayloads, ...generatedQueries];

test('every hostile query parses, while typed and once submitted, into terms Pagefind can be asked for', () => {
  for (const raw of queries) {
    for (const typing of [true, false]) {
      const { terms, phrases } = parseQuery(raw, { typing });
      assert.ok(terms.length <= maxQueryLength, JSON.stringify(raw.slice(0, 20)));
      for (const term of [...terms, ...phrases.flat()]) {
        assert.ok(term.forms.length > 0, `a term with no form from ${JSON.stringify(raw.slice(0, 20))}`);
        for (const word of indexWords(term)) {
          // one word for Pagefind: no white space, no lone surrogate (the query is made well formed first)
          assert.doesNotMatch(word, /\s/u);
          assert.ok(word.isWellFormed(), JSON.stringify(word));
          assert.match(lexiconShard(word), /^[0-9a-z]+$/u);
        }
      }
    }
  }
});

test('marking a hostile text with its own query keeps every character and marks only words', () => {
  for (const raw of queries) {
    const text = raw.toWellFormed();
    const pieces = markWords(text, parseQuery(text, { typing: false }).terms);
    assert.equal(pieces.map((piece) => piece.text).join(''), text);
    for (const piece of pieces.filter((p) => p.mark)) assert.match(piece.text, /^[\p{L}\p{M}\p{N}]+$/u);
  }
});

test('markup in a query is words, not markup: its letters are the terms', () => {
  assert.deepEqual(
    parseQuery('<img src=x onerror=alert(1)>', { typing: false }).terms.map((term) => term.word),
    ['img', 'src', 'x', 'onerror', 'alert', '1'],
  );
  assert.deepEqual(
    parseQuery('"><svg onload=alert(1)>', { typing: false }).terms.map((term) => term.word),
    ['svg', 'onload', 'alert', '1'],
  );
});
