import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assignLanes, axisStart, hasOlderBand, timeScale, yearTicks } from '../../src/lib/timeline.ts';

test('the dense span keeps most of the width; older events share a narrow band', () => {
  const x = timeScale({ first: '1945-01-01', last: '2026-12-31', denseFrom: '2022-01-01', width: 1000 });
  assert.equal(x('1945-01-01'), 0);
  assert.equal(Math.round(x('2022-01-01')), 200);
  assert.equal(Math.round(x('2026-12-31')), 1000);
  assert.ok(x('2023-01-01') - x('2022-01-01') > 150, 'a year of the dense span is wide');
  const plain = timeScale({ first: '2022-02-04', last: '2022-12-31', denseFrom: '2022-01-01', width: 100 });
  assert.equal(plain('2022-02-04'), 0);
});

test('marks that would touch go to another lane', () => {
  assert.deepEqual(
    assignLanes(
      [
        { x1: 0, x2: 0 },
        { x1: 4, x2: 4 },
        { x1: 20, x2: 60 },
        { x1: 30, x2: 30 },
        { x1: 70, x2: 70 },
      ],
      10,
    ),
    [0, 1, 0, 1, 0],
  );
});

test('year ticks label the dense span year by year', () => {
  assert.deepEqual(yearTicks('1949-10-01', '2026-11-30', '2022-01-01'), [
    '1949',
    '2022',
    '2023',
    '2024',
    '2025',
    '2026',
  ]);
  assert.deepEqual(yearTicks('2022-02-04', '2023-03-01', '2022-01-01'), ['2022', '2023']);
});

test('a chart of recent events only starts on 1 January, so every year tick has a place', () => {
  // the person and topic chronologies: the first event is after denseFrom, and its year is ticked
  const first = axisStart('2022-02-04');
  assert.equal(first, '2022-01-01');
  const x = timeScale({ first, last: '2024-01-01', denseFrom: '2022-01-01', width: 730 });
  assert.equal(x('2022-01-01'), 0);
  assert.equal(x('2023-01-01'), 365);
  assert.equal(x('2024-01-01'), 730);
  // a day before the first still gets a number, never NaN
  const plain = timeScale({ first: '2022-02-04', last: '2022-12-31', denseFrom: '2022-01-01', width: 330 });
  assert.equal(Math.round(plain('2022-01-04')), -31);
});

test('only a chart reaching back before denseFrom has an older band', () => {
  assert.equal(hasOlderBand('1949-01-01', '2022-01-01'), true);
  assert.equal(hasOlderBand('2022-01-01', '2022-01-01'), false);
  assert.equal(hasOlderBand('2023-03-20', '2022-01-01'), false);
});
