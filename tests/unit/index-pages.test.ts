import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article, Mention } from '../../src/data/edition.ts';
import { entityIndex, errataIndex } from '../../src/data/index-pages.ts';

const entity = (id: string, kind: string, en: string, ar: string) => ({
  id,
  data: { kind, name: { en, ar } },
});
// written by hand: three people, a place, an outlet; no organisation
const entities = [
  entity('wang-yi', 'person', 'Wang Yi', 'وانغ يي'),
  entity('sergei-lavrov', 'person', 'Sergei Lavrov', 'سيرغي لافروف'),
  entity('xi-jinping', 'person', 'Xi Jinping', 'شي جين بينغ'),
  entity('moscow', 'place', 'Moscow', 'موسكو'),
  entity('tass', 'outlet', 'TASS', 'تاس'),
] as unknown as Parameters<typeof entityIndex>[0] extends Iterable<infer E> ? E[] : never;
const mentions = new Map<string, Mention[]>([
  ['wang-yi', [{} as Mention, {} as Mention]],
  ['moscow', [{} as Mention]],
]);

test('the entities index lists each kind in order, sorted by name in the reader’s language, with counts', () => {
  const en = entityIndex(entities, mentions, 'en');
  assert.deepEqual(
    en.map(({ kind, entities: listed }) => [kind, listed.map((e) => `${e.name} ${String(e.mentions)}`)]),
    [
      ['person', ['Sergei Lavrov 0', 'Wang Yi 2', 'Xi Jinping 0']],
      ['organisation', []],
      ['place', ['Moscow 1']],
      ['outlet', ['TASS 0']],
    ],
  );
  // in Arabic alphabetical order: سيرغي، شي، وانغ
  assert.deepEqual(
    entityIndex(entities, mentions, 'ar')[0]?.entities.map((e) => e.id),
    ['sergei-lavrov', 'xi-jinping', 'wang-yi'],
  );
});

test('the errata index gives each article its errata in unit order, and their total', () => {
  const article = (id: string, units: { n: number; notes: string[] }[], types: Record<string, string>) =>
    ({
      entry: { id },
      units,
      notes: Object.entries(types).map(([noteId, type]) => ({ id: noteId, type })),
    }) as unknown as Article;
  const { byArticle, total } = errataIndex([
    article(
      'a',
      [
        { n: 1, notes: ['x'] },
        { n: 2, notes: ['y', 'z'] },
      ],
      { x: 'term', y: 'erratum', z: 'erratum' },
    ),
    article('b', [{ n: 1, notes: ['w'] }], { w: 'fact' }),
  ]);
  assert.equal(total, 2);
  assert.deepEqual(
    byArticle.map(({ article: { entry }, errata }) => [
      entry.id,
      errata.map((e) => `${String(e.n)}:${e.note.id}:${String(e.number)}`),
    ]),
    [
      ['a', ['2:y:2', '2:z:3']],
      ['b', []],
    ],
  );
});
