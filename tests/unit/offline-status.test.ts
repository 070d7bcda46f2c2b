import assert from 'node:assert/strict';
import { test } from 'node:test';
import { megabytes, offlineState, type OfflineFacts } from '../../src/lib/offline-status.ts';

const facts: OfflineFacts = {
  supported: true,
  wanted: true,
  registered: true,
  stored: false,
  whole: true,
  installing: false,
};

test('the offline copy is reported by what the browser holds and allows', () => {
  assert.equal(offlineState({ ...facts, stored: true }), 'ready');
  assert.equal(offlineState({ ...facts, stored: true, whole: false }), 'partial');
  assert.equal(offlineState({ ...facts, installing: true }), 'downloading');
  assert.equal(offlineState(facts), 'failed');
  assert.equal(offlineState({ ...facts, wanted: false, stored: true }), 'off');
  assert.equal(offlineState({ ...facts, registered: false }), 'unsupported');
  assert.equal(offlineState({ ...facts, supported: false, wanted: false }), 'unsupported');
});

test('sizes are megabytes with one decimal, in Arabic with Western digits and the unit spelt out', () => {
  assert.equal(megabytes(1572864, 'en'), '1.5 MB');
  assert.equal(megabytes(10 * 1048576, 'en'), '10.0 MB');
  assert.equal(megabytes(1572864, 'ar'), '1.5 ميغابايت');
});
