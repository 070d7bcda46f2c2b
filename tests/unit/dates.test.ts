import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatDate } from '../../src/lib/dates.ts';

test('a day is shown as that day in both languages, whatever the time zone', () => {
  const zone = process.env.TZ;
  try {
    for (const tz of ['America/Los_Angeles', 'Pacific/Kiritimati', 'UTC']) {
      process.env.TZ = tz;
      assert.equal(formatDate('2022-10-27', 'en'), '27 October 2022');
      assert.equal(formatDate('2022-10-27', 'ar'), '27 أكتوبر/تشرين الأول 2022');
      assert.equal(formatDate('2023-01-01', 'en'), '1 January 2023');
    }
  } finally {
    process.env.TZ = zone;
  }
});

test('a date is shown at its own precision, never as the first of a month', () => {
  assert.equal(formatDate('2023-03', 'en'), 'March 2023');
  assert.equal(formatDate('2023-03', 'ar'), 'مارس/آذار 2023');
  assert.equal(formatDate('2019', 'ar'), '2019');
  assert.equal(formatDate('2022-02-04', 'ar'), '4 فبراير/شباط 2022');
  assert.throws(() => formatDate('2023-3', 'en'), /Not a date/u);
});
