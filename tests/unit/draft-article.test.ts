// The draft new:article writes, read back by the edition's own reader of MDX (remark, as the build reads it) and
// YAML (Astro's frontmatter parser, not the library that wrote it): every unit's Arabic equals its source line.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { draftArticle, draftDate, draftSlug, type DraftEntity } from '../../src/lib/draft-article.ts';
import { normaliseSpace, sourceUnits } from '../../src/lib/units.ts';
import { extractBody } from '../../src/markdown/remark-edition-units.ts';
import { draftArticleSchema } from '../../src/schemas/article.ts';
import { articleSlugs, entityRegistry, root, unitsOf } from '../support/edition.ts';

const fixtureSource = path.join(root, 'tests/fixtures/new-article/lavrov-wang-march.txt');
const fixtureRegistry: DraftEntity[] = [
  { id: 'sergei-lavrov', kind: 'person', ar: ['سيرغي لافروف', 'لافروف'] },
  { id: 'wang-yi', kind: 'person', ar: ['وانغ يي'] },
  { id: 'beijing', kind: 'place', ar: ['بكين'] },
  { id: 'moscow', kind: 'place', ar: ['موسكو'] },
];

function read(mdx: string) {
  const { frontmatter, content } = parseFrontmatter(mdx, { frontmatter: 'empty-with-lines' });
  // remark-mdx and remark-gfm extend the parser: the tree needs no transform
  const tree = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(content);
  return { frontmatter, body: extractBody(tree) };
}

const draftOf = (units: string[], registry: DraftEntity[]) =>
  draftArticle({ slug: '2025-03-05-test', units, date: { iso: '2025-03-05' }, registry, today: '2026-12-06' });

test("each unit's Arabic reads back as its source line, for the five sources and the fixture", () => {
  const registry = entityRegistry().map((entity) => ({ ...entity, kind: 'organisation' as const }));
  const sources = [...articleSlugs().map(unitsOf), sourceUnits(fs.readFileSync(fixtureSource, 'utf8'))];
  for (const units of sources) {
    const { body } = read(draftOf(units, registry));
    assert.deepEqual(
      body.units.map((unit) => unit.ar?.text),
      units.map(normaliseSpace),
    );
    assert.deepEqual(
      body.units.map((unit) => unit.n),
      units.map((_, i) => String(i + 1)),
    );
    assert.ok(body.units.every((unit) => unit.en?.text === ''));
    assert.deepEqual(body.unresolved, []);
  }
});

test('a source with Windows line ends reads back line for line', () => {
  const units = sourceUnits('العنوان\r\n\r\nقال لافروف إن\r\nسطر أخير\r\n');
  const { body } = read(draftOf(units, fixtureRegistry));
  assert.deepEqual(
    body.units.map((unit) => unit.ar?.text),
    ['العنوان', 'قال لافروف إن', 'سطر أخير'],
  );
  assert.deepEqual(body.units[1]?.notes, ['sergei-lavrov']);
});

test("Markdown's and JSX's special characters in a source line stay text", () => {
  const line =
    'نص فيه \\ و` و*نجمة* و_خط_ و[^x] و[رابط](http://a) و<b>وسم</b> و{تعبير} و&amp; و~~شطب~~ و|عمود| و# و> و!';
  const { body } = read(draftOf([line], []));
  assert.equal(body.units[0]?.ar?.text, line);
  assert.deepEqual(body.referenced, []);
});

test('the frontmatter is a draft with every field, the title the first line that is not boilerplate', () => {
  const units = sourceUnits(fs.readFileSync(fixtureSource, 'utf8'));
  const { frontmatter } = read(
    draftArticle({
      slug: '2025-03-05-lavrov-wang-march',
      units,
      date: draftDate(units, undefined, '2026-12-06'),
      registry: fixtureRegistry,
      today: '2026-12-06',
    }),
  );
  const data = draftArticleSchema.parse(frontmatter);
  assert.equal(data.draft, true);
  assert.equal(data.title.ar, 'لافروف يلتقي وانغ يي في بكين لبحث التعاون');
  assert.equal(data.date, '2025-03-05');
  assert.equal(data.dateBasis.kind, 'guess');
  assert.match(data.dateBasis.note?.en ?? '', /«5 مارس\/آذار 2025» in unit 3/u);
  assert.deepEqual(data.entities, ['beijing', 'moscow', 'sergei-lavrov', 'wang-yi']);
  assert.deepEqual([data.topics, data.events, data.summary], [[], [], { en: '', ar: '' }]);
});

test('a stub note at the first mention of each registry entity, typed by its kind; boilerplate proposed', () => {
  const units = sourceUnits(fs.readFileSync(fixtureSource, 'utf8'));
  const { body } = read(draftOf(units, fixtureRegistry));
  const byUnit = body.units.map((unit) => unit.notes);
  assert.deepEqual(byUnit, [[], ['sergei-lavrov', 'wang-yi', 'beijing'], ['moscow'], [], [], [], [], []]);
  assert.equal(body.units[1]?.ar?.text, 'لافروف يلتقي وانغ يي في بكين لبحث التعاون');
  assert.deepEqual(
    body.notes.map(({ id, note }) => [id, note?.type, note?.entity, note?.en, note?.ar]),
    [
      ['sergei-lavrov', 'person', 'sergei-lavrov', '', ''],
      ['wang-yi', 'person', 'wang-yi', '', ''],
      ['beijing', 'place', 'beijing', '', ''],
      ['moscow', 'place', 'moscow', '', ''],
    ],
  );
  assert.deepEqual(
    body.units.map((unit) => unit.noise),
    ['subscribe?', undefined, undefined, undefined, undefined, 'share?', 'most-read?', 'related-headline?'],
  );
});

test('the date: given, or guessed from the text, or today as a stand-in, and so marked', () => {
  const given = draftDate(['في 5 مارس 2025'], '2025-03-06', '2026-12-06');
  assert.equal(given.iso, '2025-03-06');
  assert.match(given.guess?.en ?? '', /Given with --date/u);
  assert.equal(draftDate(['في 5 مارس 2025'], undefined, '2026-12-06').iso, '2025-03-05');
  const month = draftDate(['في شباط 2022'], undefined, '2026-12-06');
  assert.equal(month.iso, '2022-02-01');
  assert.match(month.guess?.en ?? '', /the day is a stand-in/u);
  const none = draftDate(['يوم الأربعاء'], undefined, '2026-12-06');
  assert.equal(none.iso, '2026-12-06');
  assert.match(none.guess?.en ?? '', /no date with a year/u);
});

test('the slug: after the date, from the name given or the file name, in lowercase ASCII', () => {
  assert.equal(draftSlug('2025-03-05', 'lavrov-wang-march.txt'), '2025-03-05-lavrov-wang-march');
  assert.equal(draftSlug('2025-03-05', '006_ABC Def.txt'), '2025-03-05-006-abc-def');
  assert.equal(draftSlug('2025-03-05', 'x.txt', 'Lavrov in Beijing'), '2025-03-05-lavrov-in-beijing');
  assert.equal(draftSlug('2025-03-05', '2025-03-05-visit.txt'), '2025-03-05-visit');
  assert.equal(draftSlug('2025-03-05', 'مقال.txt'), '2025-03-05-article');
});
