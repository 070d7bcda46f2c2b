import assert from 'node:assert/strict';
import { test } from 'node:test';
import { indexWords, maxPrefixKeys, prefixWords } from '../../src/lib/search-layout.ts';

test('a whole word is asked for as each of its keys followed by the key end', () => {
  assert.deepEqual(indexWords({ word: 'talks', forms: ['talks', 'talk'], prefix: false }), ['talksǂ', 'talkǂ']);
});

test('a word still being typed is asked for by its shortest beginnings only, never by an empty key', () => {
  assert.deepEqual(indexWords({ word: 'talks', forms: ['talks', 'talk'], prefix: true }), ['talk']);
  // neither beginning begins the other, so both are asked for; the empty one is dropped
  assert.deepEqual(indexWords({ word: 'وال', forms: ['وال', 'ال', ''], prefix: true }), ['وال', 'ال']);
  assert.deepEqual(indexWords({ word: 'x', forms: [''], prefix: false }), []);
});

test('a word being typed is completed to the whole keys of the lexicon that begin with it', () => {
  const lexicon = ['start', 'starting', 'stark', 'talk', 'started'];
  // Pagefind alone found "starting" and missed "start", which lay in the next index chunk
  assert.deepEqual(prefixWords({ word: 'START', forms: ['start'], prefix: true }, lexicon), [
    'startǂ',
    'startedǂ',
    'startingǂ',
  ]);
  assert.deepEqual(prefixWords({ word: 'Lavr', forms: ['lavr'], prefix: true }, ['lavrov', 'lavrentiev', 'lava']), [
    'lavrentievǂ',
    'lavrovǂ',
  ]);
  // a beginning no key has: nothing to ask for, so no result
  assert.deepEqual(prefixWords({ word: 'Zelenz', forms: ['zelenz'], prefix: true }, ['zelensky']), []);
  // too many completions: the beginning itself
  const many = Array.from({ length: maxPrefixKeys + 1 }, (_, i) => `st${String(i)}`);
  assert.deepEqual(prefixWords({ word: 'st', forms: ['st'], prefix: true }, many), ['st']);
});
