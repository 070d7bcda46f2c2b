import assert from 'node:assert/strict';
import { test } from 'node:test';
import { firstDifference, normaliseSpace, sourceUnits } from '../../src/lib/units.ts';

test('sourceUnits numbers non-empty lines only, keeping each line as it is', () => {
  const units = sourceUnits('first\n\n  • second  \n \nthird');
  assert.deepEqual(units, ['first', '  • second  ', 'third']);
});

test('normaliseSpace collapses white space runs as HTML does', () => {
  assert.equal(normaliseSpace('  ناهيك  بالاستفادة\tمنه \n'), 'ناهيك بالاستفادة منه');
});

test('firstDifference finds where two texts part', () => {
  assert.equal(firstDifference('abc', 'abc'), -1);
  assert.equal(firstDifference('abc', 'abd'), 2);
  assert.equal(firstDifference('ab', 'abc'), 2);
});
