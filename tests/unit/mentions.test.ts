import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entitiesNamedIn, firstMentions } from '../../src/lib/mentions.ts';

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
