// Bad content must stop a real `astro build` with a message naming the file and the field.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { root } from '../support/edition.ts';

const article = 'content/articles/2022-10-27-wang-yi-lavrov-call.mdx';

/** Builds a copy of the edition with one file edited; returns the exit status and all output. */
function buildWith(edit: (text: string) => string, file = article): { status: number | null; output: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'edition-build-'));
  fs.cpSync(path.join(root, 'content'), path.join(dir, 'content'), { recursive: true });
  fs.cpSync(path.join(root, 'sources'), path.join(dir, 'sources'), { recursive: true });
  const target = path.join(dir, file);
  const original = fs.readFileSync(target, 'utf8');
  const edited = edit(original);
  assert.notEqual(edited, original, 'the fixture edit must change the file');
  fs.writeFileSync(target, edited);
  const result = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', path.join(dir, 'dist')],
    {
      cwd: root,
      env: { ...process.env, EDITION_DIR: dir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
      encoding: 'utf8',
    },
  );
  fs.rmSync(dir, { recursive: true, force: true });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

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
  assert.match(output, /2022-10-27-wang-yi-lavrov-call\.mdx: entities\.0: "atlantis" is not in content\/entities\//u);
});

test('an unknown entity id in a note fails the build, naming the file, line and footnote', () => {
  const { status, output } = buildWith((text) => text.replace('entity="sergei-lavrov"', 'entity="sergey-lavrov"'));
  assert.notEqual(status, 0);
  assert.match(
    output,
    /2022-10-27-wang-yi-lavrov-call\.mdx:\d+: footnote \[\^lavrov\]: Note entity: "sergey-lavrov" is not in content\/entities\//u,
  );
});
