// `npm run check:content` and the build reject exactly the same bad content, with the same messages. Each bad
// fixture is a copy of tests/fixtures/edition/ with one thing broken: check:content runs on it as a subprocess, the
// build's own check runs in process (its pre-check, then the body check a compile would run), and two real
// `astro build`s show that the build stops with the very lines check:content prints (and a third that the fixture
// edition itself builds, with its errata listed).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { problemLines } from '../../src/check/problem.ts';
import { astroBuild } from '../support/build.ts';
import { buildProblems } from '../support/build-check.ts';
import { root } from '../support/edition.ts';
import { dist } from '../support/site.ts';

const fixture = path.join(root, 'tests/fixtures/edition');
const call = 'content/articles/2022-10-27-call.mdx';
const visit = 'content/articles/2023-02-21-visit.mdx';
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'edition-parity-'));
after(() => {
  fs.rmSync(temp, { recursive: true, force: true });
});

/** A copy of the fixture edition, in a temporary folder, with files edited (an edit returning null deletes the file). */
function badEdition(name: string, edits: Record<string, (text: string) => string | null>): string {
  const dir = path.join(temp, name);
  fs.cpSync(fixture, dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const target = path.join(dir, file);
    const original = fs.readFileSync(target, 'utf8');
    const edited = edit(original);
    assert.notEqual(edited, original, `the fixture edit must change ${file}`);
    if (edited === null) fs.rmSync(target);
    else fs.writeFileSync(target, edited);
  }
  return dir;
}

const replace = (from: string, to: string) => (text: string) => {
  assert.ok(text.includes(from), `the fixture has "${from}"`);
  return text.replace(from, to);
};

/** What `npm run check:content` prints for an edition, and its exit status. */
function checkContent(dir: string): { status: number | null; lines: string[] } {
  const result = spawnSync(process.execPath, [path.join(root, 'scripts/check-content.ts')], {
    cwd: root,
    env: { ...process.env, EDITION_DIR: dir },
    encoding: 'utf8',
  });
  return { status: result.status, lines: result.stderr.split('\n').filter(Boolean) };
}

const asDraft = replace('---\nslug: 2022-10-27-call', '---\ndraft: true\nslug: 2022-10-27-call');
/** The lines a build of the edition in `dir` stops with (none when it builds). */
const buildRejects = (dir: string): string[] => problemLines(buildProblems(dir));

/** Bad fixtures, each with a fragment of the line it must produce (file, field and message), written by hand. */
const bad: { name: string; edits: Record<string, (text: string) => string | null>; expected: string }[] = [
  {
    name: 'impossible-date',
    edits: { [call]: replace("date: '2022-10-27'", "date: '2022-13-45'") },
    expected: `${call}:6: date: must be a real calendar day`,
  },
  {
    name: 'unknown-topic',
    edits: { [call]: replace('  - diplomacy', '  - gossip') },
    expected: `${call}:15: topics.0: "gossip" is not in content/topics/`,
  },
  {
    name: 'outlet-not-outlet',
    edits: { [visit]: replace('entity: reuters', 'entity: moscow') },
    expected: `${visit}:10: outlet.entity: "moscow" is not an outlet in content/entities/`,
  },
  {
    name: 'unknown-event',
    edits: { [call]: replace('- id: 2022-02-04-statement', '- id: 2022-02-05-statement') },
    expected: `${call}:25: events.1.id: "2022-02-05-statement" is not in content/events/`,
  },
  {
    name: 'two-main-events',
    edits: { [call]: replace('  - id: 2022-02-04-statement\n', '  - id: 2022-02-04-statement\n    main: true\n') },
    expected: `${call}:21: events: 2 events are marked main; exactly one must be`,
  },
  {
    name: 'place-not-place',
    edits: { 'content/events/2023-02-21-visit.yaml': replace('places: [moscow]', 'places: [wang-yi]') },
    expected: 'content/events/2023-02-21-visit.yaml:12: places.0: "wang-yi" is not a place in content/entities/',
  },
  {
    name: 'unit-beyond-article',
    edits: { [visit]: replace('units: [1, 2]', 'units: [1, 3]') },
    expected: `${visit}:28: events.0.units.1: unit 3 does not exist (the article has 2)`,
  },
  {
    name: 'missing-source',
    edits: { 'sources/2023-02-21-visit.txt': () => null },
    expected: `${visit}:2: slug: no source file sources/2023-02-21-visit.txt for slug "2023-02-21-visit"`,
  },
  {
    name: 'bad-registry',
    edits: { 'content/topics/diplomacy.yaml': replace('  en: Diplomacy', '  en: ""') },
    expected: 'content/topics/diplomacy.yaml:2: name.en:',
  },
  {
    name: 'unknown-participant',
    edits: { 'content/events/2023-02-21-visit.yaml': replace('participants: [wang-yi]', 'participants: [atlantis]') },
    expected: 'content/events/2023-02-21-visit.yaml:11: participants.0: "atlantis" is not in content/entities/',
  },
  {
    name: 'event-id-not-its-date',
    edits: { 'content/events/2022-02-04-statement.yaml': replace("date: '2022-02-04'", "date: '2022-02-05'") },
    expected: 'content/events/2022-02-04-statement.yaml: id: "2022-02-04-statement" must begin with its date',
  },
  {
    name: 'missing-gloss',
    edits: { [call]: replace('<En>He recalled the friendship “without limits”.</En>', '<En> </En>') },
    expected: `${call}:41: unit 3: En: the English gloss is missing or empty`,
  },
  {
    name: 'footnote-undefined',
    edits: { [call]: replace('“without limits”.</En>', '“without limits”.[^nowhere]</En>') },
    expected: `${call}:41: footnote [^nowhere]: referenced but never defined`,
  },
  {
    name: 'arabic-differs',
    edits: { [call]: replace('تدعم موسكو', 'تؤيد موسكو') },
    expected: `${call}:35: unit 2: Ar: differs from sources/2022-10-27-call.txt unit 2 at character 22`,
  },
  {
    name: 'unknown-term',
    edits: { [call]: replace('<Term id="no-limits">', '<Term id="no-borders">') },
    expected: `${call}:40: unit 3: Term id: "no-borders" is not in content/glossary/`,
  },
  {
    name: 'note-entity-undeclared',
    edits: { [visit]: replace('<Note type="source" entity="reuters">', '<Note type="source" entity="beijing">') },
    expected: `${visit}:47: footnote [^source]: Note entity: "beijing" is missing from the frontmatter's entities`,
  },
  {
    name: 'entity-not-listed',
    edits: { [visit]: replace('  - foreign-ministry\n', '') },
    expected: `${visit}: entities: "foreign-ministry" is named in unit 2 but not listed`,
  },
  {
    name: 'draft-arabic-differs',
    edits: { [call]: (text) => asDraft(replace('تدعم موسكو', 'تؤيد موسكو')(text)) },
    expected: `${call}:36: unit 2: Ar: differs from sources/2022-10-27-call.txt unit 2 at character 22`,
  },
];

test('the fixture edition passes check:content and the build’s check', () => {
  const { status, lines } = checkContent(fixture);
  assert.deepEqual(lines, []);
  assert.equal(status, 0);
  assert.deepEqual(buildRejects(fixture), []);
});

test("a draft's work left to do is no problem for check:content or the build; once published, it is", () => {
  const gloss = replace('<En>He recalled the friendship “without limits”.</En>', '<En></En>');
  const draft = badEdition('draft-unglossed', { [call]: (text) => asDraft(gloss(text)) });
  const { status, lines } = checkContent(draft);
  assert.deepEqual([status, lines], [0, []]);
  assert.deepEqual(buildRejects(draft), []);
  const published = badEdition('published-unglossed', { [call]: gloss });
  const after = checkContent(published);
  assert.deepEqual([after.status, after.lines], [1, [`${call}:41: unit 3: En: the English gloss is missing or empty`]]);
  assert.deepEqual(buildRejects(published), after.lines);
});

for (const { name, edits, expected } of bad) {
  test(`check:content and the build reject the same: ${name}`, () => {
    const dir = badEdition(name, edits);
    const { status, lines } = checkContent(dir);
    assert.equal(status, 1);
    assert.ok(
      lines.some((line) => line.startsWith(expected)),
      `check:content should print "${expected}…", printed:\n${lines.join('\n')}`,
    );
    assert.deepEqual(buildRejects(dir).sort(), lines.sort());
  });
}

/** A real build of a bad fixture: it fails, and prints every line check:content prints, and no other problem. */
function assertBuildStopsLikeCheckContent(name: string) {
  const fixtureEdits = bad.find((entry) => entry.name === name)?.edits;
  assert.ok(fixtureEdits);
  const dir = fs.existsSync(path.join(temp, name)) ? path.join(temp, name) : badEdition(name, fixtureEdits);
  const { lines } = checkContent(dir);
  assert.ok(lines.length > 0);
  const result = astroBuild(path.join(dir, 'dist'), { EDITION_DIR: dir });
  const output = `${result.stdout}\n${result.stderr}`;
  assert.notEqual(result.status, 0);
  assert.match(output, new RegExp(`Content check failed \\(${lines.length} problems\\)`, 'u'));
  for (const line of lines) assert.ok(output.includes(line), `the build should print "${line}"`);
}

const buildTimeout = 10 * 60_000; // a build of the tiny edition on a loaded two-core machine

const goodDist = path.join(temp, 'good/dist');

test('a real build of the fixture edition succeeds', { timeout: buildTimeout }, () => {
  const dir = badEdition('good', {}); // a copy: the build keeps its cache in the edition's folder
  const result = astroBuild(goodDist, { EDITION_DIR: dir });
  assert.equal(result.status, 0, `${result.stdout}\n${result.stderr}`);
  assert.ok(fs.existsSync(path.join(goodDist, 'articles/2022-10-27-call/index.html')));
});

// The fonts are cut to each edition's own text before the bundle names them: a font the fixture's text cuts otherwise
// than the real edition's is named otherwise, and a file under _astro/ that has one name in both builds
// has the same bytes in both: every file there can be cached for ever.
test('the cut fonts, and the stylesheet naming them, are named by their content: the same name, the same bytes', () => {
  const assets = (root: string) => {
    const dir = path.join(root, '_astro');
    return new Map(fs.readdirSync(dir).map((name) => [name, fs.readFileSync(path.join(dir, name))]));
  };
  const real = assets(dist);
  const fixture = assets(goodDist);
  const fonts = (files: Map<string, Buffer>) => [...files.keys()].filter((name) => name.endsWith('.woff2')).sort();
  assert.equal(fonts(real).length, 2, fonts(real).join(', '));
  assert.equal(fonts(fixture).length, 2, fonts(fixture).join(', '));
  // the Latin font, at least, is cut otherwise: the fixture's English is not the edition's
  const cutOtherwise = fonts(fixture).filter((name) => !real.has(name));
  assert.ok(cutOtherwise.length > 0, `the fixture's fonts are the edition's: ${fonts(fixture).join(', ')}`);
  const stylesheet = (files: Map<string, Buffer>) =>
    [...files].find(([name, bytes]) => name.endsWith('.css') && bytes.includes('@font-face'))?.[0];
  assert.ok(stylesheet(real) && stylesheet(fixture));
  assert.notEqual(stylesheet(real), stylesheet(fixture));
  for (const [name, bytes] of fixture) {
    const other = real.get(name);
    if (other) assert.ok(other.equals(bytes), `${name}: the same name, other bytes`);
  }
});

// The fixture's call has one erratum note ([^quotes], unit 3, its fifth footnote) and the visit none: the errata
// section and the index show both cases, in each interface (the real articles may have errata everywhere).
test('the fixture build lists its one erratum and says where there is none', () => {
  const page = (file: string) => fs.readFileSync(path.join(goodDist, file, 'index.html'), 'utf8');
  for (const { prefix, note, none, text } of [
    { prefix: '', note: '(note 5)', none: 'No errata recorded.', text: '<bdi lang="ar" dir="rtl">بلا حدود</bdi>' },
    { prefix: 'ar/', note: '(الحاشية 5)', none: 'لا تصويبات مسجلة.', text: 'وُضعت «بلا حدود» بين علامتي تنصيص' },
  ]) {
    const call = page(`${prefix}articles/2022-10-27-call`);
    assert.match(call, /<h2 id="errata">/u);
    assert.match(call, /<section class="article-errata" [^>]*data-errata="1"/u);
    // on the article's own page, links alone: the note itself follows on the page
    const entry = /<li data-erratum="quotes">.*?<\/li>/su.exec(call)?.[0] ?? '';
    assert.ok(entry.includes('href="#p3"'), entry);
    assert.ok(entry.includes(`href="#fn-quotes">${note}</a>`), entry);
    assert.ok(!entry.includes(text), entry);
    assert.match(call, /<li id="fn-quotes"/u);
    const visit = page(`${prefix}articles/2023-02-21-visit`);
    assert.match(visit, /<section class="article-errata" [^>]*data-errata="0"/u);
    assert.ok(visit.includes(`<p class="errata-none">${none}</p>`));
    const index = page(`${prefix}errata`);
    assert.equal(index.match(/<li data-erratum=/gu)?.length, 1);
    assert.ok(index.includes(`href="/${prefix}articles/2022-10-27-call/#p3"`));
    assert.ok(index.includes(`href="/${prefix}articles/2022-10-27-call/#fn-quotes"`));
    // the index gives the note's text, in the reader's language
    assert.ok(index.includes(text));
    assert.match(index, /data-article="2023-02-21-visit" data-errata="0">.*?class="errata-none"/su);
  }
});

test('a real build stops on a reference problem with check:content’s lines', { timeout: buildTimeout }, () => {
  assertBuildStopsLikeCheckContent('unknown-event');
});

test('a real build stops on a body problem with check:content’s lines', { timeout: buildTimeout }, () => {
  assertBuildStopsLikeCheckContent('arabic-differs');
});
