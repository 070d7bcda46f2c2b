// The editor's workflow, end to end, on a copy of the fixture edition: a new source text (a made-up report,
// tests/fixtures/new-article/) goes in with `npm run new:article`, its draft is reported on and built without a trace,
// then glossed, annotated and published as an editor would, and found on its pages, in the chronology and in search.
// The steps run in order, each on the state the one before left.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { after, test } from 'node:test';
import { chromium } from '@playwright/test';
import { problemLines } from '../../src/check/problem.ts';
import { astroBuild } from '../support/build.ts';
import { buildProblems } from '../support/build-check.ts';
import { chromiumArgs, findChromium } from '../support/chromium.ts';
import { root } from '../support/edition.ts';
import { serveSite, type SiteServer } from '../support/server.ts';

const source = path.join(root, 'tests/fixtures/new-article/lavrov-wang-march.txt');
const slug = '2025-03-05-lavrov-wang-march';
const article = `content/articles/${slug}.mdx`;
const eventId = '2025-03-05-lavrov-wang-talks';
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'edition-new-article-'));
const edition = path.join(temp, 'edition');
fs.cpSync(path.join(root, 'tests/fixtures/edition'), edition, { recursive: true });
let server: SiteServer | undefined;

/** The English an editor would write for each unit. */
const glosses = [
  'Subscribe for free to Al-Khabar’s channel on YouTube',
  'Lavrov meets Wang Yi in Beijing to discuss cooperation',
  'Russian Foreign Minister Sergei Lavrov met his Chinese counterpart Wang Yi in Beijing on Wednesday, 5 March 2025.',
  'The spokeswoman said that the meeting had been “fruitful” and that the dialogue would continue.',
  'TASS reported that the two ministers agreed to meet again in May 2025.',
  'Share',
  'Most read',
  'Another, unrelated headline',
];

after(async () => {
  await server?.stop();
  fs.rmSync(temp, { recursive: true, force: true });
});

/** `npm run <script> -- <args>` on the copy of the fixture edition: its exit status and what it printed. */
function npmRun(script: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync('npm', ['run', '-s', script, '--', ...args], {
    cwd: root,
    env: { ...process.env, EDITION_DIR: edition },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const file = (relative: string) => path.join(edition, relative);
const editFile = (relative: string, edit: (text: string) => string) => {
  const before = fs.readFileSync(file(relative), 'utf8');
  const after = edit(before);
  assert.notEqual(after, before, `the edit must change ${relative}`);
  fs.writeFileSync(file(relative), after);
};
const replace = (from: string | RegExp, to: string) => (text: string) => {
  assert.ok(typeof from === 'string' ? text.includes(from) : from.test(text), `${relative(from)} is in the file`);
  return text.replace(from, to);
};
const relative = (from: string | RegExp) => (typeof from === 'string' ? `"${from}"` : String(from));

/** Every file of a build, as text (Pagefind's compressed index files decompressed). */
function builtTexts(dir: string): { file: string; text: string }[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const full = path.join(entry.parentPath, entry.name);
      const bytes = fs.readFileSync(full);
      const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
      return { file: path.relative(dir, full), text: (gzipped ? zlib.gunzipSync(bytes) : bytes).toString('utf8') };
    });
}

test('new:article copies the source as received, records its SHA-256 and writes a draft', () => {
  const { status, stdout, stderr } = npmRun('new:article', source);
  assert.equal(status, 0, stderr);
  assert.deepEqual(fs.readFileSync(file(`sources/${slug}.txt`)), fs.readFileSync(source));
  const manifest = JSON.parse(fs.readFileSync(file('sources/MANIFEST.json'), 'utf8')) as Record<string, string>[];
  assert.deepEqual(manifest.at(-1), {
    file: `${slug}.txt`,
    seed: 'lavrov-wang-march.txt',
    sha256: crypto.createHash('sha256').update(fs.readFileSync(source)).digest('hex'),
  });
  assert.match(fs.readFileSync(file(article), 'utf8'), /^---\n(?:#.*\n)*draft: true\n/u);
  assert.match(stdout, /its date 2025-03-05 a guess/u);
  assert.match(stdout, /is a draft: \d+ things left to do/u);
});

test('new:article refuses a text already in the edition, and a slug already taken', () => {
  const again = npmRun('new:article', source);
  assert.equal(again.status, 1);
  assert.match(again.stderr, new RegExp(`already in the edition, as sources/${slug}\\.txt`, 'u'));
  const copy = path.join(temp, 'copy.txt');
  fs.writeFileSync(copy, `${fs.readFileSync(source, 'utf8')}\nسطر آخر\n`);
  const taken = npmRun('new:article', copy, '--slug', 'lavrov-wang-march', '--date', '2025-03-05');
  assert.equal(taken.status, 1);
  assert.match(taken.stderr, new RegExp(`sources/${slug}\\.txt exists already`, 'u'));
});

test("check:content reports the draft's units, entity mentions, dates, boilerplate and unknown names, and passes", () => {
  const { status, stdout, stderr } = npmRun('check:content');
  assert.equal(status, 0, stderr);
  const lines = stdout.split('\n');
  for (const expected of [
    `${article} is a draft: 25 things left to do (each becomes an error once \`draft: true\` is removed)`,
    '    line 8: title.en: still empty',
    '    line 11: dateBasis.kind: must be "stated" or "deduced" (a guessed date is confirmed before publishing)',
    '  English glosses to write (8): units 1–8',
    '    line 70: footnote [^sergei-lavrov]: Note: a stub with no text yet (first cited in unit 2)',
    '    line 72: footnote [^wang-yi]: Note: a stub with no text yet (first cited in unit 2)',
    '    line 74: footnote [^beijing]: Note: a stub with no text yet (first cited in unit 2)',
    '    line 76: footnote [^moscow]: Note: a stub with no text yet (first cited in unit 3)',
    '    line 26: events: unit 3 writes out «5 مارس/آذار 2025» but no event cites it (cite the unit from its event, or list it in datesWithoutEvents)',
    '    line 26: events: unit 5 writes out «أيار 2025» but no event cites it (cite the unit from its event, or list it in datesWithoutEvents)',
    '    line 30: unit 1: noise: proposed as "subscribe" boilerplate: confirm it (noise="subscribe") or remove the attribute',
    '    line 55: unit 6: noise: proposed as "share" boilerplate: confirm it (noise="share") or remove the attribute',
    '    «ماو نينغ» in unit 4, after «المتحدثة باسم الخارجية الصينية»: npm run new:entity -- <id> --ar "ماو نينغ"',
    '    «TASS» in unit 5: npm run new:entity -- tass --ar "TASS" --en "TASS"',
    'ok (1 drafts, not published)',
  ])
    assert.ok(lines.includes(expected), `check:content should print\n${expected}\nIt printed:\n${stdout}`);
});

test('new:entity writes a registry skeleton; the check names its empty fields until they are written', () => {
  // the command the report proposed, with the kind the editor knows
  const made = npmRun('new:entity', 'tass', '--ar', 'TASS', '--en', 'TASS', '--kind', 'outlet');
  assert.equal(made.status, 0, made.stderr);
  assert.equal(npmRun('new:entity', 'tass').status, 1, 'it never overwrites a record');
  const unwritten = npmRun('check:content');
  assert.equal(unwritten.status, 1);
  assert.match(unwritten.stderr, /^content\/entities\/tass\.yaml:13: description\.en: /mu);
  editFile('content/entities/tass.yaml', (text) =>
    text.replace(
      'description:\n  en: ""\n  ar: ""',
      'description:\n  en: A news agency (made up).\n  ar: وكالة أنباء (مصنوعة).',
    ),
  );
  const written = npmRun('check:content');
  assert.equal(written.status, 0, written.stderr);
  // the draft names the new entity: listing it and annotating it are now on its list
  assert.ok(written.stdout.includes('    entities: "tass" is named in unit 5 but not listed'), written.stdout);
  assert.ok(written.stdout.includes('    notes: "tass" (first named in unit 5) has no note'), written.stdout);
  assert.ok(!written.stdout.includes('«TASS»'), 'TASS is no longer a candidate');
});

test('a draft, and the events and entities only it refers to, are built nowhere: no page, feed, export or index', () => {
  fs.writeFileSync(
    file(`content/events/${eventId}.yaml`),
    [
      "date: '2025-03-05'",
      'dateBasis:',
      '  kind: stated',
      'status: occurred',
      'title:',
      '  en: Lavrov and Wang Yi meet in Beijing (made up)',
      '  ar: لقاء لافروف ووانغ يي في بكين (مصنوع)',
      'summary:',
      '  en: A made-up meeting of the two foreign ministers.',
      '  ar: لقاء مصنوع بين وزيري الخارجية.',
      'participants: [sergei-lavrov, wang-yi]',
      'places: [beijing]',
      'topics: [diplomacy]',
      '',
    ].join('\n'),
  );
  editFile(article, replace('events: []', `events:\n  - id: ${eventId}\n    main: true\n    units: [2, 3]`));
  editFile(article, replace('entities:\n', 'entities:\n  - tass\n')); // the new record, named by the draft alone
  assert.equal(npmRun('check:content').status, 0);
  const out = path.join(temp, 'dist-draft');
  const build = astroBuild(out, { EDITION_DIR: edition });
  assert.equal(build.status, 0, build.stderr);
  assert.ok(fs.existsSync(path.join(out, 'articles/2022-10-27-call/index.html')), 'the published articles are built');
  const traces = ['lavrov-wang-march', eventId, 'مثمرا', 'نينغ', 'لقاء مصنوع', 'entities/tass', 'TASS'];
  const found = builtTexts(out).flatMap(({ file: name, text }) =>
    traces.filter((trace) => text.includes(trace)).map((trace) => `${name}: ${trace}`),
  );
  assert.deepEqual(found, []);
});

test('published with work still left, the check and the build stop on it', () => {
  editFile(article, replace(/^draft: true\n/mu, ''));
  const { status, stderr } = npmRun('check:content');
  assert.equal(status, 1);
  assert.match(stderr, new RegExp(`^${article}:\\d+: unit 1: En: the English gloss is missing or empty$`, 'mu'));
  assert.match(stderr, new RegExp(`^${article}:7: title\\.en: `, 'mu'));
  // the build's own check, in process (a real build stops with the same lines: content-check-parity.test.ts)
  const refused = problemLines(buildProblems(edition));
  assert.ok(
    refused.some((line) => line.includes('unit 1: En: the English gloss is missing or empty')),
    refused.join('\n'),
  );
});

test('glossed, annotated and confirmed, the article passes the check', () => {
  let unit = 0;
  editFile(article, (text) =>
    text
      // the editor's work, done by the test: a gloss for every unit, a text for every note, the noise confirmed
      .replace(/^ {2}<En><\/En>$/gmu, () => `  <En>${glosses[unit++] ?? ''}</En>`)
      .replace(/<En><\/En><Ar><\/Ar><\/Note>/gu, '<En>Made up for the test.</En><Ar>مصنوع للاختبار.</Ar></Note>')
      .replace(/noise="([a-z-]+)\?"/gu, 'noise="$1"')
      .replace('<Ar>وذكرت وكالة TASS أن', '<Ar>وذكرت وكالة TASS[^tass] أن')
      .concat('\n[^tass]: <Note type="source" entity="tass"><En>TASS (made up).</En><Ar>تاس (مصنوع).</Ar></Note>\n')
      .replace(/dateBasis:\n[\s\S]*?\noutlet: null/u, 'dateBasis:\n  kind: stated\noutlet: null')
      .replace('  en: ""\ndate:', '  en: Lavrov meets Wang Yi in Beijing to discuss cooperation\ndate:')
      .replace('summary:\n  en: ""\n  ar: ""', 'summary:\n  en: A made-up meeting.\n  ar: لقاء مصنوع.')
      .replace('topics: []', 'topics: [diplomacy]')
      .replace('datesWithoutEvents: []', 'datesWithoutEvents: [5]'),
  );
  assert.equal(unit, 8);
  const { status, stdout, stderr } = npmRun('check:content');
  assert.equal(stderr, '');
  assert.deepEqual([status, stdout.trim()], [0, 'ok']);
});

test('published, it has its pages in both languages, its event in the chronology, and its units in search', async () => {
  const out = path.join(temp, 'dist');
  const build = astroBuild(out, { EDITION_DIR: edition });
  assert.equal(build.status, 0, build.stderr);
  for (const page of [
    `articles/${slug}`,
    `ar/articles/${slug}`,
    `events/${eventId}`,
    `ar/events/${eventId}`,
    'entities/tass',
    'ar/entities/tass',
  ])
    assert.ok(fs.existsSync(path.join(out, page, 'index.html')), `${page}/ is built`);
  const articleHtml = fs.readFileSync(path.join(out, 'articles', slug, 'index.html'), 'utf8');
  assert.ok(articleHtml.includes('id="p4"') && articleHtml.includes('مثمرا'));
  for (const chronology of ['chronology', 'ar/chronology'])
    assert.ok(
      fs.readFileSync(path.join(out, chronology, 'index.html'), 'utf8').includes(`/events/${eventId}/`),
      `${chronology}/ lists the event`,
    );

  server = await serveSite(out);
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  try {
    const page = await browser.newPage();
    for (const [interfacePath, query] of [
      ['search/', 'مثمرا'],
      ['ar/search/', 'مثمرا'],
      ['search/', 'fruitful'],
    ] as const) {
      await page.goto(`${server.url}${interfacePath}?q=${encodeURIComponent(query)}`);
      await page.locator('edition-search[data-state="done"]').waitFor({ timeout: 60_000 });
      const hrefs = await page
        .locator('.search-result a')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
      assert.ok(
        hrefs.some((href) => href.includes(`articles/${slug}/`) && href.includes('#p4')),
        `${interfacePath}?q=${query} finds unit 4: ${hrefs.join(' ')}`,
      );
    }
  } finally {
    await browser.close();
  }
});
