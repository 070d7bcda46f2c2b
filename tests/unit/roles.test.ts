import assert from 'node:assert/strict';
import { test } from 'node:test';
import { heldOn, rolesOn } from '../../src/lib/roles.ts';

const wangYi = [
  { title: 'Foreign Minister', from: '2013-03-16', to: '2022-12-30' },
  { title: 'Director, Foreign Affairs Commission Office', from: '2023-01' },
  { title: 'Foreign Minister', from: '2023-07-25' },
];

test('the roles held on a day follow the registry dates', () => {
  assert.deepEqual(
    rolesOn(wangYi, '2022-10-27').map((r) => r.title),
    ['Foreign Minister'],
  );
  assert.deepEqual(
    rolesOn(wangYi, '2023-02-21').map((r) => r.title),
    ['Director, Foreign Affairs Commission Office'],
  );
  assert.deepEqual(
    rolesOn(wangYi, '2024-04-09').map((r) => r.title),
    ['Director, Foreign Affairs Commission Office', 'Foreign Minister'],
  );
  assert.deepEqual(rolesOn(wangYi, '2022-12-31'), []);
});

test('a month or year bound covers the whole month or year', () => {
  assert.equal(heldOn({ title: '', from: '2023-01' }, '2023-01-01'), true);
  assert.equal(heldOn({ title: '', to: '2023-01' }, '2023-01-31'), true);
  assert.equal(heldOn({ title: '', to: '2023' }, '2023-12-31'), true);
  assert.equal(heldOn({ title: '', to: '2023' }, '2024-01-01'), false);
  assert.equal(heldOn({ title: '', from: '2024' }, '2023-12-31'), false);
});
