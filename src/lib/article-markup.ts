import { fillSlots } from './placeholders.ts';
import { t, type Locale, type UiKey } from './i18n.ts';
import { entityPath } from './paths.ts';

/** What a glossary term's gloss is made of. */
export interface GlossParts {
  en: string;
  transliteration: string;
}

/**
 * An article's compiled markup (src/markdown/rehype-edition-markup.ts) in one interface language: its labels and
 * back-links in that language, its entity links under `base`, each term's gloss from the glossary.
 */
export function fillArticleMarkup(
  markup: string,
  locale: Locale,
  base: string,
  glossary: (id: string) => GlossParts | undefined,
): string {
  return fillSlots(markup, (kind, argument) => {
    switch (kind) {
      case 't':
        return t(locale, argument as UiKey);
      case 'entity':
        return entityPath(base, locale, argument);
      case 'gloss': {
        const term = glossary(argument);
        // the content rules refuse an unknown id already; this only guards against rendering without them
        if (!term) throw new Error(`<Term id="${argument}"> has no glossary entry`);
        return `${term.en} · ${term.transliteration}`;
      }
      case 'arrow':
        return locale === 'ar' ? '↪' : '↩';
      case 'backTo': {
        const [ref = '', language = 'en'] = argument.split(':');
        return t(locale, 'footnotes.backTo', { ref, text: t(locale, `footnotes.text.${language}` as UiKey) });
      }
      case 'back':
        return t(locale, 'footnotes.back', { ref: argument });
      default:
        throw new Error(`no slot "${kind}" in an article's markup`);
    }
  });
}
