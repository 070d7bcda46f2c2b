import en from '../i18n/en.json' with { type: 'json' };
import ar from '../i18n/ar.json' with { type: 'json' };
import { fillPlaceholders } from './placeholders.ts';

export const locales = ['en', 'ar'] as const;
export type Locale = (typeof locales)[number];
export type UiKey = keyof typeof en;

const dictionaries: Record<Locale, Record<string, string>> = { en, ar };

/** Keys one dictionary has and another lacks, as "locale: key" lines (empty when complete). */
export function missingTranslations(dicts: Record<string, Record<string, string>> = dictionaries): string[] {
  const all = new Set(Object.values(dicts).flatMap((d) => Object.keys(d)));
  return Object.entries(dicts).flatMap(([locale, d]) =>
    [...all].filter((key) => !d[key]?.trim()).map((key) => `src/i18n/${locale}.json: ${key}`),
  );
}

/** Narrows Astro's current locale (undefined on the default-locale routes) to a Locale. */
export function asLocale(value: string | undefined): Locale {
  return value === 'ar' ? 'ar' : 'en';
}

/** Writing direction of an interface language. */
export function dirOf(locale: Locale): 'rtl' | 'ltr' {
  return locale === 'ar' ? 'rtl' : 'ltr';
}

/** An interface string in the given language, with {placeholders} filled in. */
export function t(locale: Locale, key: UiKey, vars: Record<string, string | number> = {}): string {
  const template = dictionaries[locale][key];
  if (template === undefined) throw new Error(`src/i18n/${locale}.json: ${key}: missing`);
  return fillPlaceholders(template, vars);
}
