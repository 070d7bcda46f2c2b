import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleSchema } from '../../src/schemas/article.ts';

const valid = {
  slug: '2022-10-27-wang-yi-lavrov-call',
  title: { en: 'A title', ar: 'عنوان' },
  date: '2022-10-27',
  dateBasis: { kind: 'stated' },
  outlet: null,
  summary: { en: 'One. Two.', ar: 'واحد. اثنان.' },
  topics: ['diplomacy'],
  entities: ['wang-yi'],
  events: [{ id: '2022-10-27-wang-yi-lavrov-call', main: true, units: [1] }],
};

/** The dotted paths of the fields a parse rejects. */
const failingFields = (data: unknown) =>
  articleSchema.safeParse(data).error?.issues.map((issue) => issue.path.join('.')) ?? [];

test('a complete article frontmatter passes', () => {
  assert.deepEqual(failingFields(valid), []);
});

test('impossible or malformed dates are rejected on the date field', () => {
  for (const date of ['2022-13-45', '2023-02-29', '2022-10-7', '27 October 2022', '2022-10']) {
    assert.deepEqual(failingFields({ ...valid, date }), ['date'], date);
  }
  assert.deepEqual(failingFields({ ...valid, date: '2024-02-29' }), []);
});

test('a deduced date needs its reasoning in both languages', () => {
  assert.deepEqual(failingFields({ ...valid, dateBasis: { kind: 'deduced' } }), ['dateBasis.note']);
  assert.deepEqual(failingFields({ ...valid, dateBasis: { kind: 'deduced', note: { en: 'Thursday', ar: '' } } }), [
    'dateBasis.note.ar',
  ]);
});

test('unknown fields, non-ASCII slugs and missing translations are rejected by name', () => {
  assert.deepEqual(failingFields({ ...valid, sluggg: 'x' }), ['']);
  assert.deepEqual(failingFields({ ...valid, slug: 'وانغ-يي' }), ['slug']);
  assert.deepEqual(failingFields({ ...valid, title: { en: 'A title' } }), ['title.ar']);
});
