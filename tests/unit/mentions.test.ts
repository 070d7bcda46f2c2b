import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entitiesNamedIn, entityNoteProblems, firstMentions } from '../../src/lib/mentions.ts';

const registry = [
  { id: 'china', ar: ['الصين', 'جمهورية الصين الشعبية'] },
  { id: 'east-china-sea', ar: ['بحر الصين الشرقي'] },
  { id: 'xi-jinping', ar: ['شي جين بينغ', 'شي جين بينج', 'شي'] },
  { id: 'russia', ar: ['روسيا'] },
  { id: 'kremlin', ar: ['الكرملين'] },
  { id: 'rt', ar: ['RT'] },
];

test('names are found with attached clitics, as whole words only', () => {
  assert.deepEqual(entitiesNamedIn('ووقّع هو وشي على بيان', registry), ['xi-jinping']);
  assert.deepEqual(entitiesNamedIn('دعم بروسيا وللكرملين', registry), ['russia', 'kremlin']);
  assert.deepEqual(entitiesNamedIn('كل شيء عن الروسية والشيوعي', registry), []);
  assert.deepEqual(entitiesNamedIn('وفق ما ذكرت شبكة "RT" الروسية', registry), ['rt']);
});

test('a longer name covers the shorter names inside it', () => {
  assert.deepEqual(entitiesNamedIn('فوق بحر الصين الشرقي', registry), ['east-china-sea']);
  assert.deepEqual(entitiesNamedIn('جمهورية الصين الشعبية ثم شي جين بينج', registry), ['china', 'xi-jinping']);
});

test('firstMentions gives the first unit naming each entity', () => {
  const first = firstMentions(['عن الصين', 'روسيا والصين', 'شي'], registry);
  assert.deepEqual(
    [...first],
    [
      ['china', 1],
      ['russia', 2],
      ['xi-jinping', 3],
    ],
  );
});

test('entityNoteProblems wants each named entity listed and annotated at its first mention', () => {
  const source = ['الصين', 'روسيا والصين', 'شي'];
  const units = [
    { n: 1, notes: ['c'] },
    { n: 2, notes: [] },
    { n: 3, notes: ['r', 'x'] },
  ];
  const notes = [
    { id: 'c', entity: 'china' },
    { id: 'r', entity: 'russia' },
    { id: 'x', entity: 'xi-jinping' },
  ];
  assert.deepEqual(entityNoteProblems(units, source, ['china', 'russia', 'xi-jinping'], notes, registry), [
    'notes: the note on "russia" is first cited in unit 3, but unit 2 names it first',
  ]);
  assert.deepEqual(entityNoteProblems(units, source, ['china', 'kremlin', 'atlantis'], notes.slice(0, 1), registry), [
    'entities: "russia" is named in unit 2 but not listed',
    'notes: "russia" (first named in unit 2) has no note',
    'entities: "xi-jinping" is named in unit 3 but not listed',
    'notes: "xi-jinping" (first named in unit 3) has no note',
    'entities.1: "kremlin" is listed but none of its spellings occurs in the text',
    'entities.2: "atlantis" is not in content/entities/',
  ]);
});
