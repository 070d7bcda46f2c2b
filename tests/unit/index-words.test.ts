import assert from 'node:assert/strict';
import { test } from 'node:test';
import { indexWords } from '../../src/lib/search-layout.ts';

test('a whole word is asked for as each of its keys followed by the key end', () => {
  assert.deepEqual(indexWords({ word: 'talks', forms: ['talks', 'talk'], prefix: false }), ['talksǂ', 'talkǂ']);
});

test('a word still being typed is asked for by its shortest beginnings only, never by an empty key', () => {
  assert.deepEqual(indexWords({ word: 'talks', forms: ['talks', 'talk'], prefix: true }), ['talk']);
  // neither beginning begins the other, so both are asked for; the empty one is dropped
  assert.deepEqual(indexWords({ word: 'وال', forms: ['وال', 'ال', ''], prefix: true }), ['وال', 'ال']);
  assert.deepEqual(indexWords({ word: 'x', forms: [''], prefix: false }), []);
});
