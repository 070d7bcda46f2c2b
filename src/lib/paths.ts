import type { Locale } from './i18n.ts';

/** The site path of a page in a locale: English at the root, Arabic under /ar/, all under `base`. */
export function localePath(base: string, locale: Locale, path = '/'): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const inner = path.replace(/^\/+/u, '');
  return `${root}${locale === 'ar' ? 'ar/' : ''}${inner}`;
}

/** The same page in the other interface language, keeping any #fragment. */
export function switchLocale(base: string, pathname: string, to: Locale): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const withinBase = pathname.startsWith(root) ? pathname.slice(root.length) : pathname.replace(/^\//u, '');
  const unprefixed = withinBase.replace(/^ar(\/|$)/u, '');
  return localePath(base, to, unprefixed);
}

/** getStaticPaths params for the two interface languages: English at the root, Arabic under ar/. */
export const localeParams = [{ lang: undefined }, { lang: 'ar' }] as const;

/** The page of an article. */
export function articlePath(base: string, locale: Locale, slug: string): string {
  return localePath(base, locale, `articles/${slug}/`);
}

/** The page of a person, organisation, place or outlet. */
export function entityPath(base: string, locale: Locale, id: string): string {
  return localePath(base, locale, `entities/${id}/`);
}

/** The page of a dated event. */
export function eventPath(base: string, locale: Locale, id: string): string {
  return localePath(base, locale, `events/${id}/`);
}

/** An absolute URL for a site path, for citations and metadata. */
export function absoluteUrl(site: URL | undefined, path: string): string {
  if (!site) throw new Error('astro.config.mjs: site: an absolute site URL is needed for citations');
  return new URL(path, site).href;
}
