import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareEventDates, formatEventDate, formatHijri, parseEventDate } from '../../src/lib/event-dates.ts';

test('dates parse at their own precision, intervals included', () => {
  assert.deepEqual(parseEventDate('2023-03'), {
    edtf: '2023-03',
    start: '2023-03',
    end: '2023-03',
    precision: 'month',
    interval: false,
    firstDay: '2023-03-01',
    lastDay: '2023-03-31',
  });
  const visit = parseEventDate('2022-09-15/2022-09-16');
  assert.equal(visit.precision, 'day');
  assert.equal(visit.interval, true);
  assert.equal(visit.lastDay, '2022-09-16');
  assert.equal(parseEventDate('1939/1945').lastDay, '1945-12-31');
  assert.equal(parseEventDate('2024-02').lastDay, '2024-02-29');
});

test('malformed or impossible dates are refused with a reason', () => {
  assert.throws(() => parseEventDate('2022-13-45'), /not a valid EDTF date/u);
  assert.throws(() => parseEventDate('2023-02-29'), /"2023-02-29" is not a real calendar day/u);
  assert.throws(() => parseEventDate('27 October 2022'), /not an EDTF date/u);
  assert.throws(() => parseEventDate('2023-05/2023-04'), /ends before it starts/u);
  assert.throws(() => parseEventDate('2023?'), /not an EDTF date/u);
});

test('a date is shown at its precision in both languages, never as the first of a month', () => {
  const show = (text: string, locale: 'en' | 'ar') => formatEventDate(parseEventDate(text), locale);
  assert.equal(show('2023-03', 'en'), 'March 2023');
  assert.equal(show('2023-03', 'ar'), 'مارس/آذار 2023');
  assert.equal(show('2022-09-15/2022-09-16', 'en'), '15–16 September 2022');
  assert.equal(show('2022-09-15/2022-09-16', 'ar'), '15–16 سبتمبر/أيلول 2022');
  assert.equal(show('2023-04/2023-05', 'en'), 'April – May 2023');
  assert.equal(show('2024-04-30/2024-05-02', 'en'), '30 April – 2 May 2024');
  assert.equal(show('1939/1945', 'en'), '1939 – 1945');
  assert.equal(show('2022-02-04', 'ar'), '4 فبراير/شباط 2022');
});

test('the Hijri date of a day follows the Umm al-Qura calendar', () => {
  assert.match(formatHijri('2022-02-04', 'en'), /^3 Rajab 1443 AH$/u);
  assert.match(formatHijri('2022-02-04', 'ar'), /^3 رجب 1443 هـ$/u);
});

test('events sort by their first day', () => {
  const dates = ['2023-03-20/2023-03-22', '2023', '2023-03', '2022-10-27'].map(parseEventDate);
  assert.deepEqual(
    dates.sort(compareEventDates).map((d) => d.edtf),
    ['2022-10-27', '2023', '2023-03', '2023-03-20/2023-03-22'],
  );
});
