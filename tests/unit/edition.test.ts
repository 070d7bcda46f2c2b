import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { buildEdition, type EditionCollections } from '../../src/data/edition.ts';

// A made-up edition written by hand, as Astro's content layer gives its collections: two articles (given out of
// date order), two events, three entities, one topic. What the loader extracted from each body is its `rendered`.
const unit = (n: number, ar: string, en: string) => ({ n, heading: false, en, ar, notes: [], terms: [] });
const article = (id: string, date: string, units: ReturnType<typeof unit>[], events: object[]) => ({
  id,
  filePath: `content/articles/${id}.mdx`,
  data: {
    slug: id,
    title: { en: `Title ${id}`, ar: `عنوان ${id}` },
    date,
    dateBasis: { kind: 'stated' },
    outlet: null,
    wire: [],
    summary: { en: 'A summary', ar: 'ملخص' },
    topics: ['diplomacy'],
    entities: ['wang-yi', 'sergei-lavrov'],
    events,
    datesWithoutEvents: [],
  },
  rendered: { html: '', metadata: { frontmatter: { units, notes: [] }, body: [] } },
});
const entity = (id: string, kind: string, en: string, ar: string) => ({
  id,
  data: { kind, name: { en, ar }, variants: { en: [en], ar: [ar] }, description: { en, ar } },
});
const event = (id: string, date: string, participants: string[]) => ({
  id,
  filePath: `content/events/${id}.yaml`,
  data: { date, participants, places: [], topics: ['diplomacy'], title: { en: id, ar: id } },
});

function collections(): EditionCollections {
  return {
    colophon: { id: 'colophon', data: { editor: { en: 'The editors', ar: 'المحررون' }, versionDate: '2026-12-07' } },
    articles: [
      article(
        '2023-02-21-visit',
        '2023-02-21',
        [
          unit(1, 'زار وانغ يي موسكو', 'Wang Yi visited Moscow'),
          unit(2, 'والتقى سيرغي لافروف', 'and met Sergei Lavrov'),
        ],
        [{ id: '2023-02-21-visit', main: true, units: [1, 2] }],
      ),
      article(
        '2022-10-27-call',
        '2022-10-27',
        [unit(1, 'اتصل وانغ يي', 'Wang Yi called')],
        [
          { id: '2022-10-27-call', main: true, units: [1] },
          { id: '2023-02-21-visit', main: false, units: [1] },
        ],
      ),
    ],
    entities: [
      entity('wang-yi', 'person', 'Wang Yi', 'وانغ يي'),
      entity('sergei-lavrov', 'person', 'Sergei Lavrov', 'سيرغي لافروف'),
      entity('moscow', 'place', 'Moscow', 'موسكو'),
    ],
    glossary: [],
    topics: [{ id: 'diplomacy', data: { name: { en: 'Diplomacy', ar: 'الدبلوماسية' } } }],
    events: [
      event('2023-02-21-visit', '2023-02-21', ['wang-yi', 'sergei-lavrov']),
      event('2022-10-27-call', '2022-10-27', ['wang-yi']),
    ],
    pages: [],
  } as unknown as EditionCollections;
}

test('the edition is built from the collections given to it, without a build: articles in date order, joins made', () => {
  const edition = buildEdition(collections());
  assert.deepEqual(
    edition.articles.map((a) => a.entry.id),
    ['2022-10-27-call', '2023-02-21-visit'],
  );
  assert.deepEqual(
    edition.events.map((e) => e.entry.id),
    ['2022-10-27-call', '2023-02-21-visit'],
  );
  // each unit's events, and each event's sources in the articles' date order
  assert.deepEqual(
    edition.eventsByUnit.get('2022-10-27-call#1')?.map((e) => e.entry.id),
    ['2022-10-27-call', '2023-02-21-visit'],
  );
  const visit = edition.events[1];
  assert.deepEqual(
    visit?.sources.map((s) => [s.article.entry.id, s.units.map((u) => u.n), s.main]),
    [
      ['2022-10-27-call', [1], false],
      ['2023-02-21-visit', [1, 2], true],
    ],
  );
  // mentions are found in the Arabic by the registry's spellings
  assert.deepEqual(
    edition.mentions.get('wang-yi')?.map((m) => `${m.article.entry.id}#${String(m.unit.n)}`),
    ['2022-10-27-call#1', '2023-02-21-visit#1'],
  );
  assert.deepEqual(edition.namedByUnit.get('2023-02-21-visit#2'), ['sergei-lavrov']);
  assert.deepEqual(
    edition.eventsByArticle.get('2023-02-21-visit')?.map((e) => e.entry.id),
    ['2023-02-21-visit'],
  );
});

test('a broken reference stops the edition, naming the file and the field', () => {
  const broken = collections();
  const [first] = broken.articles as unknown as { data: { topics: string[] } }[];
  if (first) first.data.topics = ['gossip'];
  assert.throws(
    () => buildEdition(broken),
    /content\/articles\/2023-02-21-visit\.mdx.*topics\.0.*"gossip" is not in content\/topics\//su,
  );
  const noColophon = { ...collections(), colophon: undefined };
  assert.throws(() => buildEdition(noColophon), /content\/colophon\.yaml: missing/u);
});

test('data flows forward: no component or layout loads data; routes and the middleware ask load-edition, only it asks astro:content', () => {
  const src = path.resolve(import.meta.dirname, '../../src');
  const files = fs
    .readdirSync(src, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(?:astro|ts)$/u.test(file))
    .map((file) => ({ file: file.split(path.sep).join('/'), text: fs.readFileSync(path.join(src, file), 'utf8') }));
  // an import of values (an `import type` loads nothing)
  const importing = (what: RegExp) =>
    files
      .filter(({ text }) => new RegExp(`^import (?!type )[^;]*from '[^']*${what.source}'`, 'mu').test(text))
      .map(({ file }) => file);
  const collections = importing(/astro:content/u).filter(
    (file) => file !== 'data/load-edition.ts' && file !== 'content.config.ts',
  );
  assert.deepEqual(
    collections.filter((file) => !file.startsWith('pages/')),
    [],
    'collections are loaded by data/load-edition.ts alone (a route may render a prose page)',
  );
  assert.deepEqual(
    importing(/load-edition\.ts/u).filter((file) => !file.startsWith('pages/') && file !== 'middleware.ts'),
    [],
  );
  assert.ok(importing(/load-edition\.ts/u).length > 5, 'the routes do load the edition');
});
