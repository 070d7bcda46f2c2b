// The data of the index pages (home, errata, entities), computed once per route from the edition's collections, which
// they take as arguments: the pages hand it to the components that render it.
import type { CollectionEntry } from 'astro:content';
import { errataOf, type Erratum } from '../lib/errata.ts';
import type { Locale } from '../lib/i18n.ts';
import type { NoteSummary } from '../schemas/article-body.ts';
import type { Article, Edition, EditionEvent, Mention } from './edition.ts';

/** One article on the errata index: its errata in unit order. */
export interface ArticleErrata {
  article: Article;
  errata: Erratum<NoteSummary>[];
}

/** Each article (in the order given: the edition's date order) with its errata, and how many there are in all. */
export function errataIndex(articles: readonly Article[]): { byArticle: ArticleErrata[]; total: number } {
  const byArticle = articles.map((article) => ({ article, errata: errataOf(article.units, article.notes) }));
  return { byArticle, total: byArticle.reduce((sum, { errata }) => sum + errata.length, 0) };
}

export const entityKinds = ['person', 'organisation', 'place', 'outlet'] as const;
export type EntityKind = (typeof entityKinds)[number];

/** One entity on the entities index. */
export interface EntityListing {
  id: string;
  name: string;
  /** How many units name it. */
  mentions: number;
}

/** The registry by kind (in entityKinds' order), each kind sorted by name in the interface language, with counts. */
export function entityIndex(
  entities: Iterable<Pick<CollectionEntry<'entities'>, 'id' | 'data'>>,
  mentions: ReadonlyMap<string, readonly Mention[]>,
  locale: Locale,
): { kind: EntityKind; entities: EntityListing[] }[] {
  const collator = new Intl.Collator(locale);
  const all = [...entities];
  return entityKinds.map((kind) => ({
    kind,
    entities: all
      .filter((entity) => entity.data.kind === kind)
      .map((entity) => ({
        id: entity.id,
        name: entity.data.name[locale],
        mentions: mentions.get(entity.id)?.length ?? 0,
      }))
      .sort((a, b) => collator.compare(a.name, b.name)),
  }));
}

/** One article on the home page, with the event it was published on (its main event), if any. */
export interface HomeArticle {
  article: Article;
  main?: EditionEvent | undefined;
}

/** The home page's list: each article in the edition's order, with its main event. */
export function homeArticles({
  articles,
  eventsByArticle,
}: Pick<Edition, 'articles' | 'eventsByArticle'>): HomeArticle[] {
  return articles.map((article) => {
    const slug = article.entry.id;
    const main = eventsByArticle
      .get(slug)
      ?.find((event) => event.sources.some((source) => source.main && source.article.entry.id === slug));
    return { article, main };
  });
}
