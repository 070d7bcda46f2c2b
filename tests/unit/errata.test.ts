import assert from 'node:assert/strict';
import { test } from 'node:test';
import { errataOf } from '../../src/lib/errata.ts';

const notes = [
  { id: 'lavrov', type: 'person' },
  { id: 'quote', type: 'erratum' },
  { id: 'month', type: 'erratum' },
  { id: 'gloss', type: 'translation' },
  { id: 'spaces', type: 'erratum' },
];

test('errata come in unit order, each at the first unit citing it, with its footnote number', () => {
  const units = [
    { n: 1, notes: [] },
    { n: 2, notes: ['lavrov', 'month'] },
    { n: 3, notes: ['gloss', 'quote'] },
    { n: 4, notes: ['month', 'lavrov'] },
    { n: 5, notes: ['spaces'] },
  ];
  assert.deepEqual(
    errataOf(units, notes).map(({ n, number, note }) => [n, number, note.id]),
    [
      [2, 2, 'month'],
      [3, 4, 'quote'],
      [5, 5, 'spaces'],
    ],
  );
});

test('an article without erratum notes has no errata', () => {
  assert.deepEqual(errataOf([{ n: 1, notes: ['lavrov', 'gloss'] }], notes), []);
  assert.deepEqual(errataOf([{ n: 1, notes: [] }], []), []);
});

test('the note itself is handed back, whatever else it carries', () => {
  const note = { id: 'quote', type: 'erratum', en: 'Two statements joined.', ar: 'تصريحان دُمجا.' };
  assert.equal(errataOf([{ n: 7, notes: ['quote'] }], [note])[0]?.note, note);
});
