// What new:article proposes: boilerplate against the editors' own noise marks in the five articles (read from the
// MDX with a regular expression), and names the registry lacks in hand-written lines.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { nameCandidates, proposedNoise } from '../../src/lib/draft-hints.ts';
import { articleSlugs, root, unitsOf } from '../support/edition.ts';

/** The editors' noise marks in an article, by unit number. */
function editorsNoise(slug: string): Map<number, string> {
  const mdx = fs.readFileSync(path.join(root, 'content/articles', `${slug}.mdx`), 'utf8');
  return new Map(
    [...mdx.matchAll(/<Unit n=\{(\d+)\}[^>]*\bnoise="([a-z-]+)"/gu)].map(([, n, kind]) => [Number(n), kind ?? '']),
  );
}

test("every boilerplate proposal in the five sources is a line the editors marked, with the editors' kind", () => {
  for (const slug of articleSlugs()) {
    const marked = editorsNoise(slug);
    proposedNoise(unitsOf(slug)).forEach((kind, i) => {
      if (kind) assert.equal(kind, marked.get(i + 1), `${slug} unit ${String(i + 1)}: proposed ${kind}`);
    });
  }
});

test('the widgets the editors marked by their words are all proposed (a related headline between paragraphs is not)', () => {
  const proposed = (slug: string) =>
    proposedNoise(unitsOf(slug)).flatMap((kind, i) => (kind ? [`${String(i + 1)} ${kind}`] : []));
  assert.deepEqual(proposed('2024-04-09-lavrov-beijing-visit'), ['1 subscribe', '17 most-read', '18 related-headline']);
  assert.deepEqual(proposed('2024-05-16-putin-xi-beijing-summit'), ['30 share', '31 comments', '32 site-widget']);
  assert.deepEqual(editorsNoise('2024-05-16-putin-xi-beijing-summit').get(7), 'related-headline');
});

test('a long line is never boilerplate, whatever it mentions', () => {
  const line =
    'وقال المتحدث إن الصين ستواصل الحوار مع روسيا وإن على الجميع أن يشارك في جهود السلام وفق ما نشر على فيسبوك أمس';
  assert.deepEqual(proposedNoise([line]), [undefined]);
});

const registry = [
  { id: 'wang-yi', ar: ['وانغ يي'] },
  { id: 'kremlin', ar: ['الكرملين'] },
  { id: 'rt', ar: ['RT'] },
];

test('names after a title and its qualifiers, and capitalised Latin runs, that the registry lacks', () => {
  const units = [
    'قال وزير الخارجية الصيني وانغ يي إن',
    'وقالت المتحدثة باسم الخارجية الصينية ماو نينغ إن',
    'وقال المتحدث باسم الكرملين دميتري بيسكوف في مؤتمر',
    'ذكرت شبكة RT ووكالة TASS وصحيفة Global Times أن',
    'وأكد الرئيس الأمريكي جو بايدن أن',
  ];
  assert.deepEqual(nameCandidates(units, registry, new Set(['global times'])), [
    { name: 'ماو نينغ', unit: 2, after: 'المتحدثة باسم الخارجية الصينية' },
    { name: 'دميتري بيسكوف', unit: 3, after: 'المتحدث باسم الكرملين' },
    { name: 'TASS', unit: 4 },
    { name: 'جو بايدن', unit: 5, after: 'الرئيس الأمريكي' },
  ]);
});

test('a title followed by a pronoun, a relative or a verb of reporting names nobody', () => {
  const units = ['وقال الأستاذ الذي يدرس العلاقات', 'وقال الزعيم الصيني إنه يود', 'وأكد وزير الدفاع في بيان'];
  assert.deepEqual(nameCandidates(units, registry, new Set()), []);
});

test('units marked as boilerplate are passed over', () => {
  assert.deepEqual(
    nameCandidates(['Exit Mobile Version'], registry, new Set(), (n) => n === 1),
    [],
  );
});
