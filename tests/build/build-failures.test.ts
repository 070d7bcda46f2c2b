// Bad content must stop the build with a message naming the file and the field. The build's own check runs here in
// process on edited copies of the edition (tests/support/build-check.ts: what `astro build` stops on, at a fraction
// of a build's cost); tests/build/content-check-parity.test.ts shows real builds stopping with the same lines.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { problemReport } from '../../src/check/problem.ts';
import { buildProblems } from '../support/build-check.ts';
import { root } from '../support/edition.ts';

const article = 'content/articles/2022-10-27-wang-yi-lavrov-call.mdx';

/** Checks a copy of the edition with files edited as a build does; returns whether it stops, and its report. */
function buildWithEdits(
  edits: Record<string, (text: string) => string>,
  env: Record<string, string> = {},
): { status: number | null; output: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'edition-build-'));
  fs.cpSync(path.join(root, 'content'), path.join(dir, 'content'), { recursive: true });
  fs.cpSync(path.join(root, 'sources'), path.join(dir, 'sources'), { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const target = path.join(dir, file);
    const original = fs.readFileSync(target, 'utf8');
    const edited = edit(original);
    assert.notEqual(edited, original, `the fixture edit must change ${file}`);
    fs.writeFileSync(target, edited);
  }
  const problems = buildProblems(dir, env);
  fs.rmSync(dir, { recursive: true, force: true });
  return { status: problems.length ? 1 : 0, output: problems.length ? problemReport(problems) : '' };
}

/** Builds a copy of the edition with one file edited. */
const buildWith = (edit: (text: string) => string, file = article) => buildWithEdits({ [file]: edit });

test('an impossible date in the frontmatter fails the build, naming the file and the field', () => {
  const { status, output } = buildWith((text) => text.replace("date: '2022-10-27'", "date: '2022-13-45'"));
  assert.notEqual(status, 0);
  assert.match(output, /2022-10-27-wang-yi-lavrov-call\.mdx/u);
  assert.match(output, /date: must be a real calendar day/u);
});

test('Arabic that differs from the source fails the build, naming the file, line and unit', () => {
  const { status, output } = buildWith((text) => text.replace('تعميق العلاقات مع روسيا', 'تعميق العلاقات مع الصين'));
  assert.notEqual(status, 0);
  assert.match(output, /content\/articles\/2022-10-27-wang-yi-lavrov-call\.mdx:\d+: unit 3: Ar: differs from sources/u);
});

test('an unknown entity id in the frontmatter fails the build, naming the file and the field', () => {
  const { status, output } = buildWith((text) => text.replace('entities:\n', 'entities:\n  - atlantis\n'));
  assert.notEqual(status, 0);
  assert.match(
    output,
    /2022-10-27-wang-yi-lavrov-call\.mdx:\d+: entities\.0: "atlantis" is not in content\/entities\//u,
  );
});

test('an unknown entity id in a note fails the build, naming the file, line and footnote', () => {
  const { status, output } = buildWith((text) => text.replace('entity="sergei-lavrov"', 'entity="sergey-lavrov"'));
  assert.notEqual(status, 0);
  assert.match(
    output,
    /2022-10-27-wang-yi-lavrov-call\.mdx:\d+: footnote \[\^lavrov\]: Note entity: "sergey-lavrov" is not in content\/entities\//u,
  );
});

const callEvent = 'content/events/2022-10-27-wang-yi-lavrov-call.yaml';

test('an impossible event date fails the build, naming the file and the field', () => {
  const { status, output } = buildWith((text) => text.replace("date: '2022-10-27'", "date: '2022-13-45'"), callEvent);
  assert.notEqual(status, 0);
  assert.match(output, /2022-10-27-wang-yi-lavrov-call\.yaml/u);
  assert.match(output, /date: "2022-13-45" is not a valid EDTF date/u);
});

test('an unknown participant fails the build, naming the event file and the field', () => {
  const { status, output } = buildWith(
    (text) => text.replace('participants: [', 'participants: [atlantis, '),
    callEvent,
  );
  assert.notEqual(status, 0);
  assert.match(
    output,
    /2022-10-27-wang-yi-lavrov-call\.yaml:\d+: participants\.0: "atlantis" is not in content\/entities\//u,
  );
});

test('an event citing a unit that does not exist, or listed twice, fails the build', () => {
  const missingUnit = buildWith((text) =>
    text.replace('units: [1, 2, 4, 5, 6, 8, 9]', 'units: [99, 2, 4, 5, 6, 8, 9]'),
  );
  assert.notEqual(missingUnit.status, 0);
  assert.match(
    missingUnit.output,
    /wang-yi-lavrov-call\.mdx:\d+: events\.\d+\.units\.0: unit 99 does not exist \(the article has 18\)/u,
  );
  const twice = buildWith((text) =>
    text.replace('events:\n', 'events:\n  - id: 2022-02-04-no-limits-statement\n    units: [14]\n'),
  );
  assert.notEqual(twice.status, 0);
  assert.match(twice.output, /call\.mdx:\d+: events\.\d+\.id: "2022-02-04-no-limits-statement" is listed twice/u);
});

test('one build reports every problem at once, each with its file, field and line', () => {
  const summit = 'content/articles/2024-05-16-putin-xi-beijing-summit.mdx';
  const { status, output } = buildWithEdits({
    [article]: (text) =>
      text
        .replace("date: '2022-10-27'", "date: '2022-10'") // a date at the wrong precision for its field
        .replace('<En>Deepening relations with Russia</En>', '<En> </En>') // an empty gloss
        .replace('[^rt]: <Note', '[^rt-note]: <Note'), // referenced but undefined, and defined but unreferenced
    [summit]: (text) => text.replace(/<Unit n=\{32\}[^]*?<\/Unit>\n/u, ''), // a unit count that does not match the source
    'content/entities/wang-yi.yaml': (text) => text.replace("from: '2013-03-16'", "from: '2013-13-16'"),
    'content/events/2022-02-04-no-limits-statement.yaml': (text) =>
      text.replace("date: '2022-02-04'", "date: '2022-02-30'"),
  });
  assert.notEqual(status, 0);
  const expected = [
    /2022-10-27-wang-yi-lavrov-call\.mdx:\d+: date: must be a real calendar day/u,
    /2022-10-27-wang-yi-lavrov-call\.mdx:\d+: unit 3: En: the English gloss is missing or empty/u,
    /2022-10-27-wang-yi-lavrov-call\.mdx:\d+: footnote \[\^rt\]: referenced but never defined/u,
    /2022-10-27-wang-yi-lavrov-call\.mdx:\d+: footnote \[\^rt-note\]: defined but never referenced/u,
    /2024-05-16-putin-xi-beijing-summit\.mdx: units: 31 Unit elements, but sources\/2024-05-16-putin-xi-beijing-summit\.txt has 32 units/u,
    /content\/entities\/wang-yi\.yaml:\d+: roles\.0\.from: must be a date written "YYYY", "YYYY-MM" or "YYYY-MM-DD"/u,
    /content\/events\/2022-02-04-no-limits-statement\.yaml:\d+: date: "2022-02-30" is not a valid EDTF date/u,
  ];
  for (const pattern of expected) assert.match(output, pattern);
  assert.match(output, /Content check failed \(\d+ problems\)/u);
});

test('a missing interface translation fails the build, naming the file and the key', () => {
  // an edited copy of the interface strings, handed to the build's check: no test writes into src/
  const i18n = fs.mkdtempSync(path.join(os.tmpdir(), 'edition-i18n-'));
  try {
    for (const name of ['en.json', 'ar.json'])
      fs.copyFileSync(path.join(root, 'src/i18n', name), path.join(i18n, name));
    const ar = path.join(i18n, 'ar.json');
    const original = fs.readFileSync(ar, 'utf8');
    const edited = original.replace(/\n {2}"nav\.home": "[^"]*",/u, '');
    assert.notEqual(edited, original);
    fs.writeFileSync(ar, edited);
    const { status, output } = buildWithEdits({}, { EDITION_I18N_DIR: i18n });
    assert.notEqual(status, 0);
    assert.match(output, /src\/i18n\/ar\.json: nav\.home: missing/u);
  } finally {
    fs.rmSync(i18n, { recursive: true, force: true });
  }
});
