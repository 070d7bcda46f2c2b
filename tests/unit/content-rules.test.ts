// One test per content rule (src/check/rules.ts), each breaking exactly that rule in memory on the fixture edition
// (tests/fixtures/edition/), and asserting the problem's file, field and message by hand. No build.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import { formatProblem, problemLines, type Problem } from '../../src/check/problem.ts';
import {
  bodyProblems,
  entityNoteProblems,
  proseQuoteProblems,
  referenceProblems,
  schemaProblems,
  straightQuoteProblems,
  translationProblems,
  yamlProblem,
  type ArticleRecord,
  type EventRecord,
  type Registries,
} from '../../src/check/rules.ts';
import { extractBody } from '../../src/markdown/remark-edition-units.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import { articleBody } from '../../src/schemas/article-body.ts';
import { entitySchema } from '../../src/schemas/entity.ts';
import { eventSchema } from '../../src/schemas/event.ts';
import { sourceUnits } from '../../src/lib/units.ts';
import { yamlLines } from '../../src/lib/yaml-lines.ts';

const fixture = path.resolve(import.meta.dirname, '../fixtures/edition');
const read = (file: string) => fs.readFileSync(path.join(fixture, file), 'utf8');
const call = 'content/articles/2022-10-27-call.mdx';
const visit = 'content/articles/2023-02-21-visit.mdx';

/** The fixture's registries, written out by hand. */
function registries(): Registries {
  return {
    entities: new Map([
      ['sergei-lavrov', { kind: 'person' as const }],
      ['wang-yi', { kind: 'person' as const }],
      ['beijing', { kind: 'place' as const }],
      ['moscow', { kind: 'place' as const }],
      ['foreign-ministry', { kind: 'organisation' as const }],
      ['reuters', { kind: 'outlet' as const }],
    ]),
    names: [
      { id: 'sergei-lavrov', ar: ['سيرغي لافروف', 'لافروف'] },
      { id: 'wang-yi', ar: ['وانغ يي'] },
      { id: 'beijing', ar: ['بكين'] },
      { id: 'moscow', ar: ['موسكو'] },
      { id: 'foreign-ministry', ar: ['وزارة الخارجية'] },
      { id: 'reuters', ar: ['رويترز'] },
    ],
    english: new Set(['sergei lavrov', 'lavrov', 'wang yi', 'beijing', 'moscow', 'foreign ministry', 'reuters']),
    topics: new Set(['diplomacy']),
    glossary: new Set(['no-limits']),
  };
}

const frontmatterOf = (text: string) =>
  parseFrontmatter(text, { frontmatter: 'empty-with-lines' }).frontmatter as Record<string, unknown>;
const sourceOf = (slug: string) => sourceUnits(read(`sources/${slug}.txt`));

/** The fixture's articles and events as the reference rules take them, after `edit` (a deep copy to change). */
function references(
  edit: (data: { articles: ArticleRecord[]; events: EventRecord[]; registries: Registries }) => void,
) {
  const articles = [call, visit].map((file) => {
    const data = articleSchema.parse(frontmatterOf(read(file)));
    return { file, data, source: sourceOf(data.slug) };
  });
  const events = fs.readdirSync(path.join(fixture, 'content/events')).map((name) => ({
    file: `content/events/${name}`,
    id: name.replace(/\.yaml$/u, ''),
    data: eventSchema.parse(parseYaml(read(`content/events/${name}`))),
  }));
  const all = { articles, events, registries: registries() };
  edit(all);
  return referenceProblems(all.articles, all.events, all.registries);
}

const articleOf = (all: { articles: ArticleRecord[] }, slug: string) => {
  const found = all.articles.find((article) => article.data?.slug === slug)?.data;
  assert.ok(found);
  return found;
};
const eventOf = (all: { events: EventRecord[] }, id: string) => {
  const found = all.events.find((event) => event.id === id)?.data;
  assert.ok(found);
  return found;
};

/** The body rules' problems with a fixture article after editing its text (frontmatter included). */
function body(file: string, edit: (text: string) => string = (text) => text, source?: string[]): Problem[] {
  const text = edit(read(file));
  const { frontmatter, content } = parseFrontmatter(text, { frontmatter: 'empty-with-lines' });
  // remark-mdx and remark-gfm extend the parser: the tree needs no transform
  const tree = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(content);
  const slug = String(frontmatter.slug);
  return bodyProblems({
    file,
    frontmatter,
    source: source ?? sourceOf(slug),
    body: extractBody(tree),
    registries: registries(),
  }).problems;
}

/** Asserts that `problems` is exactly one problem, with this file, field, line (when given) and message fragment. */
function assertOnly(problems: Problem[], expected: { file: string; field: string; line?: number; message: string }) {
  assert.equal(problems.length, 1, `expected one problem, got:\n${problems.map(formatProblem).join('\n')}`);
  const [problem] = problems as [Problem];
  assert.equal(problem.file, expected.file);
  assert.equal(problem.field, expected.field);
  if (expected.line !== undefined) assert.equal(problem.line, expected.line);
  assert.ok(problem.message.includes(expected.message), `"${problem.message}" should contain "${expected.message}"`);
}

const edit = (from: string, to: string) => (text: string) => {
  assert.ok(text.includes(from), `the fixture has "${from}"`);
  return text.replace(from, to);
};

// ---- the fixture itself

test('the fixture edition breaks no rule', () => {
  assert.deepEqual(
    references(() => undefined),
    [],
  );
  assert.deepEqual(body(call), []);
  assert.deepEqual(body(visit), []);
});

// ---- files and schemas

test('schema: an impossible date in an article is refused on its field', () => {
  const data = { ...frontmatterOf(read(call)), date: '2022-13-45' };
  assertOnly(schemaProblems(articleSchema, data, call), {
    file: call,
    field: 'date',
    message: 'must be a real calendar day',
  });
});

test('schema: an event date that is not EDTF is refused on its field', () => {
  const file = 'content/events/2022-10-27-call.yaml';
  const data = { ...(parseYaml(read(file)) as object), date: '2022-13-45' };
  assertOnly(schemaProblems(eventSchema, data, file), { file, field: 'date', message: '"2022-13-45"' });
});

test('schema: only people have roles', () => {
  const file = 'content/entities/moscow.yaml';
  const data = { ...(parseYaml(read(file)) as object), roles: [{ title: { en: 'Capital', ar: 'عاصمة' } }] };
  assertOnly(schemaProblems(entitySchema, data, file), { file, field: 'roles', message: 'only people have roles' });
});

test('a registry file that is not YAML is reported on the file', () => {
  let error: unknown;
  try {
    parseYaml('name: [unclosed');
  } catch (caught) {
    error = caught;
  }
  assertOnly([yamlProblem('content/topics/broken.yaml', error)], {
    file: 'content/topics/broken.yaml',
    field: '(file)',
    message: 'not valid YAML',
  });
});

test('an interface string one language lacks is reported on its key', () => {
  assertOnly(translationProblems({ en: { 'nav.home': 'Home' }, ar: { 'nav.home': ' ' } }), {
    file: 'src/i18n/ar.json',
    field: 'nav.home',
    message: 'missing',
  });
});

test('what the Markdown stage hands on must have units', () => {
  assertOnly(schemaProblems(articleBody, { units: [], notes: [] }, call), {
    file: call,
    field: 'units',
    message: '',
  });
});

// ---- references between records

test('an outlet credit must name an outlet', () => {
  const problems = references((all) => {
    const data = articleOf(all, '2023-02-21-visit');
    if (data.outlet) data.outlet.entity = 'moscow';
  });
  assertOnly(problems, {
    file: visit,
    field: 'outlet.entity',
    message: '"moscow" is not an outlet in content/entities/',
  });
});

test("an article's topic must be in the registry", () => {
  const problems = references((all) => {
    articleOf(all, '2022-10-27-call').topics = ['gossip'];
  });
  assertOnly(problems, { file: call, field: 'topics.0', message: '"gossip" is not in content/topics/' });
});

test("an article's entity must be in the registry", () => {
  const problems = references((all) => {
    articleOf(all, '2022-10-27-call').entities.push('atlantis');
  });
  assertOnly(problems, { file: call, field: 'entities.4', message: '"atlantis" is not in content/entities/' });
});

test("an article's short title takes at most four of its title's own words", () => {
  const tooLong = references((all) => {
    const data = articleOf(all, '2022-10-27-call');
    data.shortTitle = `${data.title.ar} ${data.title.ar.split(' ')[0] ?? ''}`; // five of its words
  });
  assertOnly(tooLong, { file: call, field: 'shortTitle', message: 'has 5 words; a short title has at most four' });
  const foreign = references((all) => {
    const data = articleOf(all, '2022-10-27-call');
    data.shortTitle = `${data.title.ar.split(' ')[0] ?? ''} بكين`;
  });
  assertOnly(foreign, { file: call, field: 'shortTitle', message: '"بكين" is not in the title' });
  const kept = references((all) => {
    const data = articleOf(all, '2022-10-27-call');
    data.shortTitle = data.title.ar.split(' ').slice(1, 4).join(' ');
  });
  assert.deepEqual(kept, []);
});

test("an article's slug must name a source file", () => {
  const problems = references((all) => {
    const [article] = all.articles;
    if (article) article.source = undefined;
  });
  assertOnly(problems, {
    file: call,
    field: 'slug',
    message: 'no source file sources/2022-10-27-call.txt for slug "2022-10-27-call"',
  });
});

test("an event's id must begin with its date", () => {
  const problems = references((all) => {
    eventOf(all, '2022-10-27-call').date = '2022-10-28';
    articleOf(all, '2022-10-27-call').date = '2022-10-28'; // so that the main event still includes it
  });
  assertOnly(problems, {
    file: 'content/events/2022-10-27-call.yaml',
    field: 'id',
    message: '"2022-10-27-call" must begin with its date "2022-10-28-"',
  });
});

test("an event's participant must be in the registry", () => {
  const problems = references((all) => {
    eventOf(all, '2023-02-21-visit').participants = ['wang-yi', 'atlantis'];
  });
  assertOnly(problems, {
    file: 'content/events/2023-02-21-visit.yaml',
    field: 'participants.1',
    message: '"atlantis" is not in content/entities/',
  });
});

test("an event's place must be a place", () => {
  const problems = references((all) => {
    eventOf(all, '2023-02-21-visit').places = ['wang-yi'];
  });
  assertOnly(problems, {
    file: 'content/events/2023-02-21-visit.yaml',
    field: 'places.0',
    message: '"wang-yi" is not a place in content/entities/',
  });
});

test("an event's topic must be in the registry", () => {
  const problems = references((all) => {
    eventOf(all, '2022-02-04-statement').topics = ['gossip'];
  });
  assertOnly(problems, {
    file: 'content/events/2022-02-04-statement.yaml',
    field: 'topics.0',
    message: '"gossip" is not in content/topics/',
  });
});

test('an article has exactly one main event', () => {
  const problems = references((all) => {
    const data = articleOf(all, '2022-10-27-call');
    data.events = data.events.map((ref) => ({ ...ref, main: false }));
  });
  assertOnly(problems, { file: call, field: 'events', message: '0 events are marked main; exactly one must be' });
});

test('an event an article refers to must be in content/events/', () => {
  const problems = references((all) => {
    articleOf(all, '2022-10-27-call').events.push({ id: '2022-01-01-nothing', main: false, units: [1] });
  });
  assertOnly(problems, { file: call, field: 'events.2.id', message: '"2022-01-01-nothing" is not in content/events/' });
});

test('an article lists an event once', () => {
  const problems = references((all) => {
    articleOf(all, '2022-10-27-call').events.push({ id: '2022-02-04-statement', main: false, units: [2] });
  });
  assertOnly(problems, { file: call, field: 'events.2.id', message: '"2022-02-04-statement" is listed twice' });
});

test("an article's main event includes the article's date", () => {
  const problems = references((all) => {
    articleOf(all, '2023-02-21-visit').date = '2023-02-25';
  });
  assertOnly(problems, {
    file: visit,
    field: 'events.0',
    message: 'the main event "2023-02-21-visit" (2023-02-21) does not include the article\'s date 2023-02-25',
  });
});

test('an event reference cites units that exist', () => {
  const problems = references((all) => {
    const [ref] = articleOf(all, '2023-02-21-visit').events;
    if (ref) ref.units = [1, 7];
  });
  assertOnly(problems, {
    file: visit,
    field: 'events.0.units.1',
    message: 'unit 7 does not exist (the article has 2)',
  });
});

test('every event is referred to by some article', () => {
  const problems = references((all) => {
    const data = articleOf(all, '2022-10-27-call');
    data.events = data.events.filter((ref) => ref.id !== '2022-02-04-statement');
  });
  assertOnly(problems, {
    file: 'content/events/2022-02-04-statement.yaml',
    field: 'id',
    message: 'no article refers to this event',
  });
});

// ---- an article's body

test('a Unit n must be a unit number', () => {
  // a unit without a number is left out, so the count falls short as well
  assert.deepEqual(body(call, edit('<Unit n={3}>', '<Unit n="three">')).map(formatProblem), [
    'content/articles/2022-10-27-call.mdx:39: Unit n: "three" is not a unit number',
    'content/articles/2022-10-27-call.mdx: units: 2 Unit elements, but sources/2022-10-27-call.txt has 3 units',
  ]);
});

test('units are numbered 1..N in source order', () => {
  assertOnly(body(call, edit('<Unit n={3}>', '<Unit n={4}>')), {
    file: call,
    field: 'Unit n',
    line: 39,
    message: 'found 4 where unit 3 belongs (units are 1..N in source order)',
  });
});

test('a unit must have its Arabic', () => {
  assertOnly(body(call, edit('<Ar>قال وانغ يي إن بكين[^beijing] تدعم موسكو[^moscow].</Ar>', '')), {
    file: call,
    field: 'unit 2: Ar',
    message: 'missing',
  });
});

test("a unit's Arabic is its source line, character for character", () => {
  assertOnly(body(call, edit('تدعم موسكو', 'تؤيد موسكو')), {
    file: call,
    field: 'unit 2: Ar',
    line: 35,
    message:
      'differs from sources/2022-10-27-call.txt unit 2 at character 22: expected «دعم موسكو.», found «ؤيد موسكو.»',
  });
});

test('a unit must have an English gloss', () => {
  assertOnly(body(call, edit('<En>He recalled the friendship “without limits”.</En>', '<En> </En>')), {
    file: call,
    field: 'unit 3: En',
    line: 41,
    message: 'the English gloss is missing or empty',
  });
});

test("a gloss must not be a copy of the unit's Arabic", () => {
  assertOnly(
    body(call, edit('<En>He recalled the friendship “without limits”.</En>', '<En>وذكّر بالصداقة "بلا حدود".</En>')),
    {
      file: call,
      field: 'unit 3: En',
      message: 'the gloss is a copy of the Arabic',
    },
  );
});

test('a noise kind must be one of the known kinds', () => {
  assertOnly(body(call, edit('<Unit n={3}>', '<Unit n={3} noise="advert">')), {
    file: call,
    field: 'unit 3: noise',
    message: '"advert" is not one of subscribe, most-read',
  });
});

test('a Term must name a glossary entry', () => {
  assertOnly(body(call, edit('<Term id="no-limits">', '<Term id="no-borders">')), {
    file: call,
    field: 'unit 3: Term id',
    line: 40,
    message: '"no-borders" is not in content/glossary/',
  });
});

test('an article has as many units as its source', () => {
  const source = [...sourceOf('2022-10-27-call'), 'سطر رابع'];
  assertOnly(body(call, undefined, source), {
    file: call,
    field: 'units',
    message: '3 Unit elements, but sources/2022-10-27-call.txt has 4 units',
  });
});

test('a footnote referenced must be defined', () => {
  assertOnly(body(call, edit('“without limits”.</En>', '“without limits”.[^nowhere]</En>')), {
    file: call,
    field: 'footnote [^nowhere]',
    line: 41,
    message: 'referenced but never defined',
  });
});

test('a footnote defined must be referenced', () => {
  const spare = '\n[^spare]: <Note type="fact"><En>Spare.</En><Ar>زائد.</Ar></Note>\n';
  assertOnly(
    body(call, (text) => text + spare),
    {
      file: call,
      field: 'footnote [^spare]',
      line: 54,
      message: 'defined but never referenced',
    },
  );
});

// The note on the credited outlet is needed by no mention rule, so breaking it breaks one rule only.
test("a footnote's text must be a Note", () => {
  assertOnly(
    body(
      visit,
      edit(
        '[^source]: <Note type="source" entity="reuters"><En>Credited to Reuters.</En><Ar>منسوب إلى رويترز.</Ar></Note>',
        '[^source]: Reuters.',
      ),
    ),
    {
      file: visit,
      field: 'footnote [^source]',
      line: 47,
      message: 'its text must be a <Note type="…"> with <En> and <Ar>',
    },
  );
});

test("a Note's type must be one of the known types", () => {
  assertOnly(body(visit, edit('<Note type="source" entity="reuters">', '<Note type="rumour" entity="reuters">')), {
    file: visit,
    field: 'footnote [^source]: Note type',
    line: 47,
    message: '"rumour" is not one of person, organisation, place, event, term, translation, erratum, fact, source',
  });
});

test('a Note has both its English and its Arabic', () => {
  assertOnly(body(call, edit('<Ar>موسكو.</Ar>', '<Ar> </Ar>')), {
    file: call,
    field: 'footnote [^moscow]: Note Ar',
    line: 50,
    message: 'missing or empty',
  });
});

test("a Note's entity must be in the registry", () => {
  assertOnly(body(visit, edit('entity="reuters"', 'entity="reuterz"')), {
    file: visit,
    field: 'footnote [^source]: Note entity',
    message: '"reuterz" is not in content/entities/',
  });
});

test("a Note's entity must be declared in the frontmatter (or credited)", () => {
  const problems = body(visit, edit('<Note type="source" entity="reuters">', '<Note type="source" entity="beijing">'));
  assertOnly(problems, {
    file: visit,
    field: 'footnote [^source]: Note entity',
    message: '"beijing" is missing from the frontmatter\'s entities',
  });
});

test('a person, organisation or place note must name its entity', () => {
  assertOnly(body(visit, edit('<Note type="source" entity="reuters">', '<Note type="organisation">')), {
    file: visit,
    field: 'footnote [^source]: Note entity',
    message: 'a organisation note must name its entity',
  });
});

// ---- entity annotations (in-memory units, notes and registry)

const names = [
  { id: 'moscow', ar: ['موسكو'] },
  { id: 'beijing', ar: ['بكين'] },
];
const twoUnits = [
  { n: 1, notes: ['m'] },
  { n: 2, notes: ['b'] },
];
const twoNotes = [
  { id: 'm', entity: 'moscow' },
  { id: 'b', entity: 'beijing' },
];

test('an entity named in the text must be listed in the frontmatter', () => {
  assertOnly(entityNoteProblems('a.mdx', twoUnits, ['موسكو', 'بكين'], ['moscow'], twoNotes, names), {
    file: 'a.mdx',
    field: 'entities',
    message: '"beijing" is named in unit 2 but not listed',
  });
});

test('an entity named in the text must have a note', () => {
  assertOnly(
    entityNoteProblems('a.mdx', twoUnits, ['موسكو', 'بكين'], ['moscow', 'beijing'], twoNotes.slice(0, 1), names),
    {
      file: 'a.mdx',
      field: 'notes',
      message: '"beijing" (first named in unit 2) has no note',
    },
  );
});

test('the note on an entity is cited at its first mention', () => {
  const units = [
    { n: 1, notes: ['m'] },
    { n: 2, notes: ['b'] },
  ];
  assertOnly(entityNoteProblems('a.mdx', units, ['موسكو وبكين', 'بكين'], ['moscow', 'beijing'], twoNotes, names), {
    file: 'a.mdx',
    field: 'notes',
    message: 'the note on "beijing" is first cited in unit 2, but unit 1 names it first',
  });
});

test('an entity listed in the frontmatter must be named in the text', () => {
  assertOnly(entityNoteProblems('a.mdx', twoUnits, ['موسكو', 'لا شيء'], ['moscow', 'beijing'], twoNotes, names), {
    file: 'a.mdx',
    field: 'entities.1',
    message: '"beijing" is listed but none of its spellings occurs in the text',
  });
});

// ---- work left to do: the same problems, marked as pending (a draft's to-do list, a published article's errors)

test('an empty gloss, a stub note and a proposed noise mark are pending, each of its kind', () => {
  const problems = body(call, (text) =>
    edit(
      '<En>Lavrov[^lavrov] calls Wang Yi[^wang]</En>',
      '<En></En>',
    )(
      edit(
        '<Unit n={1} heading>',
        '<Unit n={1} heading noise="subscribe?">',
      )(edit('<En>Wang Yi.</En><Ar>وانغ يي.</Ar>', '<En></En><Ar></Ar>')(text)),
    ),
  );
  assert.deepEqual(
    problems.map(({ field, message, pending }) => [field, message, pending]),
    [
      ['unit 1: En', 'the English gloss is missing or empty', 'gloss'],
      [
        'unit 1: noise',
        'proposed as "subscribe" boilerplate: confirm it (noise="subscribe") or remove the attribute',
        'noise',
      ],
      ['footnote [^wang]: Note', 'a stub with no text yet (first cited in unit 1)', 'note'],
    ],
  );
});

test('a proposed noise kind that does not exist is wrong, not pending', () => {
  const problems = body(call, edit('<Unit n={2}>', '<Unit n={2} noise="banner?">'));
  assertOnly(problems, { file: call, field: 'unit 2: noise', message: '"banner?" is not one of subscribe' });
  assert.equal(problems[0]?.pending, undefined);
});

test('a name without its note is pending; a note first cited after the first mention is wrong', () => {
  const missing = body(call, (text) =>
    edit(
      '[^beijing]: <Note type="place" entity="beijing"><En>Beijing.</En><Ar>بكين.</Ar></Note>',
      '',
    )(edit('بكين[^beijing]', 'بكين')(edit('Beijing[^beijing]', 'Beijing')(text))),
  );
  assertOnly(missing, { file: call, field: 'notes', message: '"beijing" (first named in unit 2) has no note' });
  assert.equal(missing[0]?.pending, 'mention');
});

test('a unit writing out a date must be cited by an event, or listed in datesWithoutEvents', () => {
  const dated = [...sourceOf('2022-10-27-call')];
  dated[2] = 'وذكّر في شباط 2022 بالصداقة "بلا حدود".';
  const withDate = (datesWithoutEvents: number[], units: number[] = [3]) =>
    references((all) => {
      const article = all.articles[0];
      assert.ok(article);
      article.source = dated;
      const data = articleOf(all, '2022-10-27-call');
      data.datesWithoutEvents = datesWithoutEvents;
      (data.events[1] as { units: number[] }).units = units;
    });
  assert.deepEqual(withDate([]), []);
  const uncited = withDate([], [1]);
  assertOnly(uncited, { file: call, field: 'events', message: 'unit 3 writes out «شباط 2022» but no event cites it' });
  assert.equal(uncited[0]?.pending, 'date');
  assert.deepEqual(withDate([3], [1]), []);
  assertOnly(withDate([2]), { file: call, field: 'datesWithoutEvents.0', message: 'unit 2 writes out no date' });
});

test('no main event is pending (a draft has none yet); two are wrong', () => {
  const none = references((all) => {
    for (const ref of articleOf(all, '2022-10-27-call').events) ref.main = false;
  });
  assertOnly(none, { file: call, field: 'events', message: '0 events are marked main' });
  assert.equal(none[0]?.pending, 'frontmatter');
  const two = references((all) => {
    for (const ref of articleOf(all, '2022-10-27-call').events) ref.main = true;
  });
  assert.ok(two.some((problem) => problem.message.startsWith('2 events are marked main') && !problem.pending));
});

// ---- typography of the English

test('a gloss writes typographic quotes, not straight ones', () => {
  assertOnly(body(call, edit('“without limits”', '"without limits"')), {
    file: call,
    field: 'unit 3: En',
    line: 41,
    message:
      'a straight double quote (") in English text, at «lled the friendship "without limits".»: ' +
      'write “ ” for quotations, ‘ ’ inside them and ’ for apostrophes',
  });
});

test("a note's English writes ’ for an apostrophe; its Arabic, and Arabic quoted in the English, keep their marks", () => {
  const problems = body(call, edit('a typing habit of the source', "the source's typing habit"));
  assertOnly(problems, {
    file: call,
    field: 'footnote [^quotes]: Note En',
    line: 52,
    message: "a straight apostrophe or single quote (') in English text",
  });
  assert.ok(problems[0]?.message.includes("the source's typing"));
  assert.deepEqual(
    body(call, edit('The Arabic quotes <Ar>بلا حدود</Ar>', 'The Arabic quotes <Ar>"بلا حدود"</Ar>')),
    [],
  );
  assert.deepEqual(body(call, edit('وُضعت «بلا حدود»', 'وُضعت "بلا حدود"')), []);
});

test("a record's English fields and English forms write typographic quotes, on their lines; its Arabic is not checked", () => {
  const file = 'content/entities/x.yaml';
  const yaml = [
    'kind: place',
    'name:',
    "  en: People's Republic of China",
    '  ar: جمهورية الصين "الشعبية"',
    'variants:',
    '  ar:',
    '    - "الصين"',
    '  en:',
    '    - China',
    "    - 'the ''New'' China'",
    'description:',
    '  en: >-',
    '    The “no limits” partner.',
    '  ar: الشريك "بلا حدود".',
  ].join('\n');
  const problems = straightQuoteProblems(file, parseYaml(yaml), yamlLines(yaml));
  assert.deepEqual(
    problems.map((p) => [p.file, p.field, p.line]),
    [
      [file, 'name.en', 3],
      [file, 'variants.en.1', 10],
    ],
  );
  assert.ok(problems[0]?.message.startsWith("a straight apostrophe or single quote (') in English text, at «People's"));
  assert.ok(
    problems[1]?.message.startsWith("a straight apostrophe or single quote (') in English text, at «the 'New' China»"),
  );
});

test("an English page's prose and frontmatter write typographic quotes; code, tags and link targets are left alone", () => {
  const file = 'content/pages/en/about.mdx';
  const text = [
    '---',
    'title: About "this" edition',
    'description: What it publishes.',
    '---',
    '',
    'Type `"no limits"` or follow [the link](https://example.org/?q="a") to <span class="x">the page</span>.',
    "The reader's page.",
    '```',
    'const quoted = "left alone";',
    '```',
  ].join('\n');
  const problems = proseQuoteProblems(file, text);
  assert.deepEqual(
    problems.map((p) => [p.file, p.field, p.line]),
    [
      [file, 'title', 2],
      [file, 'text', 7],
    ],
  );
  assert.ok(problems[0]?.message.startsWith('a straight double quote (") in English text, at «About "this" edition»'));
});

// ---- lines

test('frontmatter problems name the line their field is written on', () => {
  const text = read(call).replace('  - diplomacy', '  - gossip');
  const { frontmatter, rawFrontmatter } = parseFrontmatter(text, { frontmatter: 'empty-with-lines' });
  const lineOf = yamlLines(rawFrontmatter, 1);
  assert.deepEqual(
    schemaProblems(articleSchema, { ...frontmatter, date: '2022-13-45' }, call, lineOf).map((p) => [p.field, p.line]),
    [['date', 6]],
  );
  const problems = references((all) => {
    const article = all.articles[0];
    assert.ok(article);
    article.lineOf = lineOf;
    articleOf(all, '2022-10-27-call').topics = ['gossip'];
  });
  assert.deepEqual(problems.map(formatProblem), [`${call}:15: topics.0: "gossip" is not in content/topics/`]);
});

test('a problem found with its line and without is listed once, with its line', () => {
  const problem = { file: call, field: 'slug', message: 'no source' };
  assert.deepEqual(problemLines([problem, { ...problem, line: 2 }, problem]), [`${call}:2: slug: no source`]);
  assert.deepEqual(problemLines([problem, problem]), [`${call}: slug: no source`]);
});
