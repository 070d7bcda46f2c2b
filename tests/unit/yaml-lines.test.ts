import assert from 'node:assert/strict';
import { test } from 'node:test';
import { yamlLines } from '../../src/lib/yaml-lines.ts';

const text = [
  'slug: x',
  'title:',
  '  ar: عنوان',
  '  en: ""',
  'topics: []',
  'events:',
  '  - id: a',
  '    units: [1, 2]',
  '',
].join('\n');

test("a field's line, counted from the text's first line in its file", () => {
  const lineOf = yamlLines(text, 2);
  assert.equal(lineOf(['slug']), 2);
  assert.equal(lineOf(['title', 'en']), 5);
  assert.equal(lineOf(['topics']), 6);
  assert.equal(lineOf(['events', 0, 'units', 1]), 9);
});

test('a missing field is placed at its nearest written ancestor; a text that is not YAML has no lines', () => {
  const lineOf = yamlLines(text);
  assert.equal(lineOf(['title', 'fr']), 2);
  assert.equal(lineOf(['events', 0, 'main']), 7);
  assert.equal(lineOf(['summary']), undefined);
  assert.equal(yamlLines('a: [')(['a']), undefined);
});
