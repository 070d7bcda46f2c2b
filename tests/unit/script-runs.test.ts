import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scriptRuns } from '../../src/lib/script-runs.ts';

test('Arabic inside an English citation is one run, with its spaces but not the punctuation after it', () => {
  assert.deepEqual(scriptRuns('“لافروف يبحث مع وانغ يي.” Unidentified outlet, 27 October 2022.', 'en'), [
    { text: '“' },
    { text: 'لافروف يبحث مع وانغ يي', lang: 'ar' },
    { text: '.” Unidentified outlet, 27 October 2022.' },
  ]);
});

test('a search status line marks the Arabic query alone', () => {
  assert.deepEqual(scriptRuns('Results for “\u2068بوتين\u2069”: 12', 'en'), [
    { text: 'Results for “\u2068' },
    { text: 'بوتين', lang: 'ar' },
    { text: '\u2069”: 12' },
  ]);
});

test('Latin inside Arabic is marked as English; text in one script is one unmarked run', () => {
  assert.deepEqual(scriptRuns('نتائج البحث عن «\u2068Lavrov\u2069»: 3', 'ar'), [
    { text: 'نتائج البحث عن «\u2068' },
    { text: 'Lavrov', lang: 'en' },
    { text: '\u2069»: 3' },
  ]);
  assert.deepEqual(scriptRuns('Nothing found.', 'en'), [{ text: 'Nothing found.' }]);
  assert.deepEqual(scriptRuns('', 'en'), []);
});
