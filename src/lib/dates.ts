import type { Locale } from './i18n.ts';

/**
 * Each month's Arabic names, Egyptian then Levantine, the edition's own spelling of each first and then the others
 * the press uses. The sources pair the two ("أكتوبر/تشرين الأول"); the edition does too.
 */
export const arabicMonthNames: { egyptian: string[]; levantine: string[] }[] = [
  { egyptian: ['يناير'], levantine: ['كانون الثاني'] },
  { egyptian: ['فبراير'], levantine: ['شباط'] },
  { egyptian: ['مارس'], levantine: ['آذار', 'اذار'] },
  { egyptian: ['أبريل', 'إبريل', 'ابريل'], levantine: ['نيسان'] },
  { egyptian: ['مايو'], levantine: ['أيار', 'ايار'] },
  { egyptian: ['يونيو', 'يونيه'], levantine: ['حزيران'] },
  { egyptian: ['يوليو', 'يوليه'], levantine: ['تموز'] },
  { egyptian: ['أغسطس', 'اغسطس'], levantine: ['آب'] },
  { egyptian: ['سبتمبر'], levantine: ['أيلول', 'ايلول'] },
  { egyptian: ['أكتوبر', 'اكتوبر'], levantine: ['تشرين الأول', 'تشرين الاول'] },
  { egyptian: ['نوفمبر'], levantine: ['تشرين الثاني'] },
  { egyptian: ['ديسمبر'], levantine: ['كانون الأول', 'كانون الاول'] },
];
const arabicMonths = arabicMonthNames.map(({ egyptian, levantine }) => `${egyptian[0] ?? ''}/${levantine[0] ?? ''}`);
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
