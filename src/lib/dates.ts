import type { Locale } from './i18n.ts';

/** A calendar day ("YYYY-MM-DD") in words, computed in UTC so it never shifts by a time zone. */
export function formatDay(isoDay: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'ar' ? 'ar-u-nu-latn' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${isoDay}T00:00:00Z`));
}
