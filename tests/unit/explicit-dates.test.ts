// The dates a text writes out, and the article date guessed from them; every expected value written by hand.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { explicitDates, likeliestDate } from '../../src/lib/explicit-dates.ts';

const found = (text: string) => explicitDates(text).map(({ text: words, iso }) => [words, iso]);

test('a day, month and year, in either calendar or both, to the day', () => {
  assert.deepEqual(found('الخميس 27 أكتوبر/تشرين الأول 2022، تعهد'), [['27 أكتوبر/تشرين الأول 2022', '2022-10-27']]);
  assert.deepEqual(found('يوم 9 أيار 2023'), [['9 أيار 2023', '2023-05-09']]);
  assert.deepEqual(found('في ٥ مارس ٢٠٢٥'), [['٥ مارس ٢٠٢٥', '2025-03-05']]);
});

test('a month and year to the month, a year after عام or في to the year', () => {
  assert.deepEqual(found('منذ غزو أوكرانيا في شباط 2022.'), [['شباط 2022', '2022-02']]);
  assert.deepEqual(found('وفي آذار من عام 2023'), [['آذار من عام 2023', '2023-03']]);
  assert.deepEqual(found('تأسست عام 1949 بعد حرب'), [['عام 1949', '1949']]);
  assert.deepEqual(found('في عامي 2019 و2020'), [['عامي 2019 و2020', '2020']]);
  assert.deepEqual(found('في 2019 وقع'), [['في 2019', '2019']]);
});

test('a month without a year is a date the text writes out, at no known year', () => {
  assert.deepEqual(found('وفي تشرين الأول من العام نفسه'), [['تشرين الأول', undefined]]);
  assert.deepEqual(found('بدءاً من 24 فبراير/شباط'), [['24 فبراير/شباط', undefined]]);
});

test('an impossible day keeps the month; a word that is also a month is not a date alone', () => {
  assert.deepEqual(found('في 31 فبراير 2023'), [['31 فبراير 2023', '2023-02']]);
  assert.deepEqual(found('مارس ضغوطاً كبيرة على آب'), []);
  assert.deepEqual(found('مارس 2024'), [['مارس 2024', '2024-03']]);
  assert.deepEqual(found('يوم الأربعاء، الشهر الماضي، 75% من 1500 طن'), []);
});

test('the likeliest date is the latest written to the day, else the latest month or year', () => {
  assert.deepEqual(likeliestDate(['في شباط 2022', 'يوم 5 مارس 2025', 'في نوفمبر/تشرين الثاني 2026']), {
    iso: '2025-03-05',
    unit: 2,
    text: '5 مارس 2025',
  });
  assert.deepEqual(likeliestDate(['عام 2023', 'أكتوبر/تشرين الأول 2019']), { iso: '2023', unit: 1, text: 'عام 2023' });
  assert.deepEqual(likeliestDate(['عام 2023', 'آذار 2023']), { iso: '2023-03', unit: 2, text: 'آذار 2023' });
  assert.equal(likeliestDate(['يوم الأربعاء', 'في فبراير']), undefined);
});
