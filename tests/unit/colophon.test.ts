import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { recordProblems } from '../../src/check/edition-files.ts';
import { colophonSchema } from '../../src/schemas/colophon.ts';

const valid = {
  editor: { en: 'The team', ar: 'الفريق' },
  licence: { en: 'All rights reserved.', ar: 'جميع الحقوق محفوظة.' },
  versionDate: '2026-11-29',
  contact: { en: 'Through the publisher.', ar: 'عن طريق الناشر.' },
};

test('the colophon needs an editor, a licence, a real version date and a contact, in both languages', () => {
  assert.equal(colophonSchema.safeParse(valid).success, true);
  const paths = (input: unknown) => colophonSchema.safeParse(input).error?.issues.map((i) => i.path.join('.'));
  assert.deepEqual(paths({ ...valid, editor: { en: 'The team' } }), ['editor.ar']);
  assert.deepEqual(paths({ ...valid, versionDate: '2026-02-30' }), ['versionDate']);
  assert.deepEqual(paths({ ...valid, contact: undefined }), ['contact']);
});

test('the content check names a bad colophon’s file, field and line, as it does every record’s', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'edition-colophon-check-'));
  fs.cpSync(path.resolve(import.meta.dirname, '../fixtures/edition'), dir, { recursive: true });
  const file = path.join(dir, 'content/colophon.yaml');
  fs.writeFileSync(
    file,
    fs.readFileSync(file, 'utf8').replace("versionDate: '2026-01-01'", "versionDate: '2026-13-01'"),
  );
  const previous = process.env.EDITION_DIR;
  process.env.EDITION_DIR = dir;
  try {
    const found = recordProblems().problems.filter((problem) => problem.file === 'content/colophon.yaml');
    assert.deepEqual(found, [
      {
        file: 'content/colophon.yaml',
        line: 7,
        field: 'versionDate',
        message: 'must be a real calendar day written "YYYY-MM-DD"',
      },
    ]);
    fs.rmSync(file);
    assert.deepEqual(
      recordProblems().problems.filter((problem) => problem.file === 'content/colophon.yaml'),
      [
        {
          file: 'content/colophon.yaml',
          field: '(file)',
          message: 'missing (the editor, licence, version date and contact)',
        },
      ],
    );
  } finally {
    if (previous === undefined) delete process.env.EDITION_DIR;
    else process.env.EDITION_DIR = previous;
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
