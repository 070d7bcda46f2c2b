import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { remarkEditionUnits } from '../../src/markdown/remark-edition-units.ts';
import type { NoteSummary, UnitSummary } from '../../src/schemas/article-body.ts';

// A throwaway edition: one source of three units, checked as content/articles/demo.mdx.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'edition-'));
fs.mkdirSync(path.join(dir, 'sources'));
fs.mkdirSync(path.join(dir, 'content/articles'), { recursive: true });
fs.writeFileSync(path.join(dir, 'sources/demo.txt'), 'عنوان "الخبر"\n\nقال  لافروف إن\n  • بند أول\n');
for (const file of ['entities/sergei-lavrov.yaml', 'glossary/no-limits.yaml']) {
  fs.mkdirSync(path.dirname(path.join(dir, 'content', file)), { recursive: true });
  fs.writeFileSync(path.join(dir, 'content', file), '{}\n');
}
process.env.EDITION_DIR = dir;

const good = `<Unit n={1} heading>
  <Ar>عنوان "الخبر"</Ar>
  <En>The “news” headline</En>
</Unit>
<Unit n={2}>
  <Ar>قال لافروف[^lavrov] إن</Ar>
  <En>Lavrov[^lavrov] said that</En>
</Unit>
<Unit n={3}>
  <Ar>• بند أول</Ar>
  <En>• A first item</En>
</Unit>

[^lavrov]: <Note type="person" entity="sergei-lavrov"><En>Sergei Lavrov</En><Ar>سيرغي لافروف</Ar></Note>
`;

function check(mdx: string, slug = 'demo'): VFile {
  const file = new VFile({ path: path.join(dir, 'content/articles/demo.mdx'), value: mdx });
  file.data.astro = { frontmatter: { slug, entities: ['sergei-lavrov'] } };
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkEditionUnits);
  processor.runSync(processor.parse(file), file);
  return file;
}

/** The problems reported for an article, or [] when it passes. */
function problems(mdx: string, slug?: string): string[] {
  try {
    check(mdx, slug);
    return [];
  } catch (error) {
    return (error as Error).message
      .split('\n')
      .slice(1)
      .map((line) => line.trim());
  }
}

test('an article whose units match its source passes and exposes its units', () => {
  const { data } = check(good);
  const { units } = (data as { astro: { frontmatter: { units: UnitSummary[] } } }).astro.frontmatter;
  assert.deepEqual(units, [
    { n: 1, heading: true, ar: 'عنوان "الخبر"', en: 'The “news” headline', notes: [], terms: [] },
    { n: 2, heading: false, ar: 'قال لافروف إن', en: 'Lavrov said that', notes: ['lavrov'], terms: [] },
    { n: 3, heading: false, ar: '• بند أول', en: '• A first item', notes: [], terms: [] },
  ]);
  const { notes } = (data as { astro: { frontmatter: { notes: NoteSummary[] } } }).astro.frontmatter;
  assert.deepEqual(notes, [
    { en: 'Sergei Lavrov', ar: 'سيرغي لافروف', id: 'lavrov', type: 'person', entity: 'sergei-lavrov', line: 14 },
  ]);
});

test("a note's Arabic is its own <Ar>, not the Arabic quoted in its English", () => {
  const quoting = good.replace(
    '<En>Sergei Lavrov</En>',
    '<En>The Arabic spells him <Ar>لافروف</Ar>, without <Ar>سيرغي</Ar>.</En>',
  );
  const { data } = check(quoting);
  const { notes } = (data as { astro: { frontmatter: { notes: NoteSummary[] } } }).astro.frontmatter;
  assert.deepEqual(
    notes.map((note) => [note.en, note.ar]),
    [['The Arabic spells him لافروف, without سيرغي.', 'سيرغي لافروف']],
  );
});

test('Arabic that differs from the source names the file, line, unit and place', () => {
  const found = problems(good.replace('قال لافروف', 'قال لافرف'));
  assert.equal(found.length, 1);
  assert.match(
    found[0] ?? '',
    /^content\/articles\/demo\.mdx:6: unit 2: Ar: differs from sources\/demo\.txt unit 2 at character 9/u,
  );
});

test('curly quotes where the source has straight ones are a difference', () => {
  assert.match(problems(good.replace('عنوان "الخبر"', 'عنوان “الخبر”')).join(), /unit 1: Ar: differs/u);
});

test('a missing or empty gloss, or a gloss copied from the Arabic, is reported', () => {
  assert.match(
    problems(good.replace('<En>The “news” headline</En>', '<En> </En>')).join(),
    /unit 1: En: the English gloss is missing or empty/u,
  );
  assert.match(
    problems(good.replace('<En>• A first item</En>', '')).join(),
    /unit 3: En: the English gloss is missing/u,
  );
  assert.match(
    problems(good.replace('• A first item', '• بند أول')).join(),
    /unit 3: En: the gloss is a copy of the Arabic/u,
  );
});

test('units out of order, missing or beyond the source are reported', () => {
  assert.match(
    problems(good.replace('<Unit n={2}>', '<Unit n={4}>')).join('\n'),
    /Unit n: found 4 where unit 2 belongs/u,
  );
  const dropped = good.replace(/<Unit n=\{3\}>[\s\S]*?<\/Unit>/u, '');
  assert.match(problems(dropped).join(), /units: 2 Unit elements, but sources\/demo\.txt has 3 units/u);
});

test('footnotes referenced but undefined, or defined but unreferenced, are reported', () => {
  assert.match(
    problems(good.replace('إن</Ar>', 'إن[^missing]</Ar>')).join(),
    /footnote \[\^missing\]: referenced but never defined/u,
  );
  assert.match(
    problems(`${good}\n[^spare]: <Note type="fact"><En>x</En><Ar>س</Ar></Note>\n`).join(),
    /footnote \[\^spare\]: defined but never referenced/u,
  );
});

test('a slug without a source file is reported on the slug field', () => {
  assert.throws(() => check(good, 'nope'), /demo\.mdx: slug: no source file sources\/nope\.txt/u);
});

test('glossary terms are recorded, and an unknown term id is reported', () => {
  const withTerm = good.replace('<Ar>• بند أول</Ar>', '<Ar>• <Term id="no-limits">بند</Term> أول</Ar>');
  const { data } = check(withTerm);
  const { units } = (data as { astro: { frontmatter: { units: UnitSummary[] } } }).astro.frontmatter;
  assert.deepEqual(
    units.map((unit) => unit.terms),
    [[], [], ['no-limits']],
  );
  assert.match(
    problems(withTerm.replace('no-limits', 'no-such-term')).join(),
    /unit 3: Term id: "no-such-term" is not in content\/glossary\//u,
  );
});

test('a note with an unknown type or entity, or an entity missing from the frontmatter, is reported', () => {
  assert.match(
    problems(good.replace('type="person"', 'type="rumour"')).join(),
    /Note type: "rumour" is not one of person/u,
  );
  assert.match(
    problems(good.replace('entity="sergei-lavrov"', 'entity="lavrof"')).join(),
    /Note entity: "lavrof" is not in content\/entities\//u,
  );
  assert.match(problems(good.replace(' entity="sergei-lavrov"', '')).join(), /a person note must name its entity/u);
  assert.match(problems(good.replace('<Ar>سيرغي لافروف</Ar>', '')).join(), /Note Ar: missing or empty/u);
});

test('an unknown kind of boilerplate is reported on the noise field', () => {
  assert.deepEqual(problems(good.replace('<Unit n={3}>', '<Unit n={3} noise="share">')), []);
  assert.match(
    problems(good.replace('<Unit n={3}>', '<Unit n={3} noise="advert">')).join(),
    /unit 3: noise: "advert" is not one of subscribe/u,
  );
});

test('a unit the source gives in English may be glossed by itself', () => {
  fs.writeFileSync(path.join(dir, 'sources/latin.txt'), 'Exit mobile version\n');
  const latin =
    '<Unit n={1} noise="site-widget">\n  <Ar>Exit mobile version</Ar>\n  <En>Exit mobile version</En>\n</Unit>\n';
  assert.deepEqual(problems(latin, 'latin'), []);
});

test('an outlet credited as the wire may be annotated without being named in the text', () => {
  const credited = `${good.replace('إن</Ar>', 'إن[^wire]</Ar>')}\n[^wire]: <Note type="source" entity="reuters"><En>x</En><Ar>س</Ar></Note>\n`;
  fs.writeFileSync(path.join(dir, 'content/entities/reuters.yaml'), '{}\n');
  assert.match(problems(credited).join(), /"reuters" is missing from the frontmatter's entities/u);
  const file = new VFile({ path: path.join(dir, 'content/articles/demo.mdx'), value: credited });
  file.data.astro = { frontmatter: { slug: 'demo', entities: ['sergei-lavrov'], wire: [{ entity: 'reuters' }] } };
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkEditionUnits);
  assert.doesNotThrow(() => processor.runSync(processor.parse(file), file));
});
