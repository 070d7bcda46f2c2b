import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCsv } from '../support/csv.ts';

// The reader the end-to-end tests check chronology.csv with: it must itself read RFC 4180 right.
test('the test CSV reader reads quoted fields, doubled quotes, line breaks in quotes and a byte order mark', () => {
  assert.deepEqual(parseCsv('\uFEFFid,title\r\n"a,1","say ""hi""\r\nتم"\r\nb,\r\n'), [
    { id: 'a,1', title: 'say "hi"\r\nتم' },
    { id: 'b', title: '' },
  ]);
});

test('the test CSV reader refuses what RFC 4180 does not allow', () => {
  for (const bad of ['a,b\r\n1\r\n', 'a\r\n"x', 'a\r\nx"y\r\n', 'a\r\n"x"y\r\n', 'a\nb\n']) {
    assert.throws(() => parseCsv(bad), /^Error: CSV: /u, JSON.stringify(bad));
  }
});
