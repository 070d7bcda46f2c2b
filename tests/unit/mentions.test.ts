import assert from 'node:assert/strict';
import { test } from 'node:test';
import { arabicNamePattern, entitiesNamedIn, firstMentions, requiredWord } from '../../src/lib/mentions.ts';
import { articleSlugs, entityRegistry, unitsOf } from '../support/edition.ts';

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

test('a spelling whose longest word is not in a text is skipped, and every unit of the sources names the same', () => {
  assert.equal(requiredWord('بحر الصين الشرقي'), 'الشرقي');
  assert.equal(requiredWord('الكرملين'), 'كرملين', 'للكرملين has no ال');
  assert.equal(requiredWord('شي جين بينغ'), 'بينغ');
  const names = entityRegistry();
  const spellings = names
    .flatMap(({ id, ar }) => ar.map((variant) => ({ id, variant })))
    .sort((a, b) => b.variant.length - a.variant.length);
  // every pattern run on every text, as before the skip
  const everyPattern = (text: string) => {
    let masked = text;
    const spans: { id: string; start: number }[] = [];
    for (const { id, variant } of spellings)
      masked = masked.replace(arabicNamePattern(variant), (match, start: number) => {
        spans.push({ id, start });
        return ' '.repeat(match.length);
      });
    return [...new Set(spans.sort((a, b) => a.start - b.start).map((span) => span.id))];
  };
  let named = 0;
  for (const slug of articleSlugs())
    for (const unit of unitsOf(slug)) {
      const expected = everyPattern(unit);
      named += expected.length;
      assert.deepEqual(entitiesNamedIn(unit, names), expected, unit);
    }
  assert.ok(named > 100, `the sources name ${named} entities`);
});
