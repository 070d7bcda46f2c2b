import type { Locale } from './i18n.ts';

// The sources pair the Egyptian and Levantine month names ("أكتوبر/تشرين الأول"); the edition does too.
const arabicMonths = [
  'يناير/كانون الثاني',
  'فبراير/شباط',
  'مارس/آذار',
  'أبريل/نيسان',
  'مايو/أيار',
  'يونيو/حزيران',
  'يوليو/تموز',
  'أغسطس/آب',
  'سبتمبر/أيلول',
  'أكتوبر/تشرين الأول',
  'نوفمبر/تشرين الثاني',
  'ديسمبر/كانون الأول',
];
const englishMonths = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });

/**
 * A date written "YYYY", "YYYY-MM" or "YYYY-MM-DD", in words at its own precision. Computed from the
 * digits, never through a time zone, so it cannot shift by a day.
 */
export function formatDate(iso: string, locale: Locale): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u.exec(iso);
  if (!match) throw new Error(`Not a date at year, month or day precision: "${iso}"`);
  const [, year = '', month, day] = match;
  if (!month) return year;
  const monthIndex = Number(month) - 1;
  const monthName =
    locale === 'ar' ? arabicMonths[monthIndex] : englishMonths.format(new Date(Date.UTC(2000, monthIndex, 1)));
  return [day ? String(Number(day)) : '', monthName, year].filter(Boolean).join(' ');
}
