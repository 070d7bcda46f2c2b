import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatDay } from '../../src/lib/dates.ts';

test('a day is shown as that day in both languages, whatever the time zone', () => {
  const zone = process.env.TZ;
  try {
    for (const tz of ['America/Los_Angeles', 'Pacific/Kiritimati', 'UTC']) {
      process.env.TZ = tz;
      assert.equal(formatDay('2022-10-27', 'en'), '27 October 2022');
      assert.equal(formatDay('2022-10-27', 'ar'), '27 أكتوبر 2022');
    }
  } finally {
    process.env.TZ = zone;
  }
});
