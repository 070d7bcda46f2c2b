import path from 'node:path';
import type { CollectionEntry } from 'astro:content';
import { problemReport, type Problem } from '../check/problem.ts';
import { referenceProblems, schemaProblems, type Registries } from '../check/rules.ts';
import { editionPath } from '../check/edition-files.ts';
import { compareEventDates, parseEventDate, type EventDate } from '../lib/event-dates.ts';
import { relatedEvents } from '../lib/related.ts';
import { entitiesNamedIn, type NameVariants } from '../lib/mentions.ts';
import type { CompiledMetadata } from '../loaders/articles.ts';
import type { BodyPart } from '../markdown/compile-article.ts';
import type { Colophon } from '../schemas/colophon.ts';
import { articleBody, type NoteSummary, type UnitSummary } from '../schemas/article-body.ts';

/** An article with what the Markdown stage extracted from its body: its units and its notes. */
export interface Article {
  entry: CollectionEntry<'articles'>;
  units: UnitSummary[];
  notes: NoteSummary[];
  /** The compiled body, its units apart, its interface-language parts left as slots (src/lib/article-markup.ts). */
  body: BodyPart[];
}

/** What the units of one article page need, computed once per page (ArticlePage.astro) and read by each <Unit>. */
export interface ArticleUnits {
  slug: string;
  /** The article's citable URL; a unit's is this with #pN. */
  url: string;
  /** The events each unit refers to, by unit number. */
  eventsByUnit: Map<number, EditionEvent[]>;
}

/** One unit naming an entity. */
export interface Mention {
  article: Article;
  unit: UnitSummary;
}

/** The units of one article that report or mention an event. */
export interface EventSource {
  article: Article;
  units: UnitSummary[];
  /** The event is this article's main event. */
  main: boolean;
}

/** A dated event with everything the articles say of it. */
export interface EditionEvent {
  entry: CollectionEntry<'events'>;
  date: EventDate;
  /** In the articles' date order. */
  sources: EventSource[];
  /** The main event of at least one article. */
  main: boolean;
}

/** The content collections the edition is made of, as Astro's content layer gives them (src/data/load-edition.ts). */
export interface EditionCollections {
  colophon: CollectionEntry<'colophon'> | undefined;
  articles: CollectionEntry<'articles'>[];
  entities: CollectionEntry<'entities'>[];
  glossary: CollectionEntry<'glossary'>[];
  topics: CollectionEntry<'topics'>[];
  events: CollectionEntry<'events'>[];
  pages: CollectionEntry<'pages'>[];
}

export interface Edition {
  /** Who answers for the edition, on what terms, which version: content/colophon.yaml. */
  colophon: Colophon;
  /** The edition's own pages (About), in both languages. */
  pages: CollectionEntry<'pages'>[];
  /** In date order, then by slug. */
  articles: Article[];
  articleById: Map<string, Article>;
  entities: Map<string, CollectionEntry<'entities'>>;
  glossary: Map<string, CollectionEntry<'glossary'>>;
  topics: Map<string, CollectionEntry<'topics'>>;
  /** The registry's Arabic spellings, as entity mentions are found in a text (one array, so its patterns compile once). */
  registry: NameVariants[];
  /** Every unit naming each entity, in date order. */
  mentions: Map<string, Mention[]>;
  /** The entities each unit names, in order of appearance, keyed "slug#n". */
  namedByUnit: Map<string, string[]>;
  /** In chronological order. */
  events: EditionEvent[];
  /** The events each unit refers to, keyed "slug#n". */
  eventsByUnit: Map<string, EditionEvent[]>;
  /** The events each article refers to, by slug, in chronological order (a page looks them up, not through all). */
  eventsByArticle: Map<string, EditionEvent[]>;
}

const byId = <T extends { id: string }>(entries: T[]) => new Map(entries.map((entry) => [entry.id, entry]));

/** A collection entry's file as the content rules name it: relative to the edition's folder. */
const fileOf = (entry: { id: string; filePath?: string | undefined }) =>
  entry.filePath ? path.relative(editionPath('.'), path.resolve(entry.filePath)) : entry.id;

/**
 * The whole edition from its collections, cross-checked: the articles in date order with what their loader extracted,
 * the events joined to the units that cite them, every entity's mentions. Any problem throws, all reported at once.
 */
export function buildEdition(collections: EditionCollections): Edition {
  const {
    colophon: colophonEntry,
    articles: articleEntries,
    entities: entityEntries,
    glossary: glossaryEntries,
    topics: topicEntries,
    events: eventEntries,
  } = collections;
  const entities = byId(entityEntries);
  const topics = byId(topicEntries);
  const registry: NameVariants[] = entityEntries.map((entity) => ({ id: entity.id, ar: entity.data.variants.ar }));
  const registries: Registries = {
    entities: new Map(entityEntries.map((entity) => [entity.id, { kind: entity.data.kind }])),
    names: registry,
    english: new Set(entityEntries.flatMap((entity) => entity.data.variants.en.map((name) => name.toLowerCase()))),
    topics: new Set(topics.keys()),
    glossary: new Set(glossaryEntries.map((entry) => entry.id)),
  };
  const problems: Problem[] = [];

  const articles: Article[] = [];
  for (const entry of [...articleEntries].sort(
    (a, b) => a.data.date.localeCompare(b.data.date) || a.id.localeCompare(b.id),
  )) {
    // what the articles' loader extracted (and checked) while compiling the body (src/loaders/articles.ts)
    const metadata = entry.rendered?.metadata as CompiledMetadata | undefined;
    const extracted = metadata?.frontmatter ?? {};
    const body = articleBody.safeParse(extracted);
    if (body.success) articles.push({ entry, ...body.data, body: metadata?.body ?? [] });
    else problems.push(...schemaProblems(articleBody, extracted, fileOf(entry)));
  }
  const eventRecords = eventEntries.map((entry) => ({ file: fileOf(entry), id: entry.id, data: entry.data }));
  problems.push(
    ...referenceProblems(
      articles.map(({ entry, units }) => ({ file: fileOf(entry), data: entry.data, source: units.map((u) => u.ar) })),
      eventRecords,
      registries,
    ),
  );
  if (problems.length) throw new Error(problemReport(problems));

  const mentions = new Map<string, Mention[]>();
  const namedByUnit = new Map<string, string[]>();
  for (const article of articles) {
    for (const unit of article.units) {
      const named = entitiesNamedIn(unit.ar, registry);
      namedByUnit.set(`${article.entry.id}#${unit.n}`, named);
      for (const id of named) {
        const list = mentions.get(id) ?? [];
        list.push({ article, unit });
        mentions.set(id, list);
      }
    }
  }
  const { events, eventsByUnit } = joinEvents(eventEntries, articles);
  const articleById = new Map(articles.map((article) => [article.entry.id, article]));
  const eventsByArticle = new Map<string, EditionEvent[]>();
  for (const event of events)
    for (const { article } of event.sources) {
      const list = eventsByArticle.get(article.entry.id) ?? [];
      list.push(event);
      eventsByArticle.set(article.entry.id, list);
    }
  // the pre-check names a missing colophon's file; this is the net under `astro dev`, where it only warns
  if (!colophonEntry) throw new Error('content/colophon.yaml: missing (the editor, licence, version date and contact)');
  return {
    colophon: colophonEntry.data,
    pages: collections.pages,
    articles,
    articleById,
    registry,
    entities,
    glossary: byId(glossaryEntries),
    topics,
    mentions,
    namedByUnit,
    events,
    eventsByUnit,
    eventsByArticle,
  };
}

/** Joins the event records and the articles' references to them (checked by the content rules already). */
function joinEvents(
  entries: CollectionEntry<'events'>[],
  articles: Article[],
): { events: EditionEvent[]; eventsByUnit: Map<string, EditionEvent[]> } {
  const byEventId = new Map<string, EditionEvent>();
  for (const entry of entries)
    byEventId.set(entry.id, { entry, date: parseEventDate(entry.data.date), sources: [], main: false });

  const eventsByUnit = new Map<string, EditionEvent[]>();
  for (const article of articles) {
    const { entry } = article;
    for (const ref of entry.data.events) {
      const event = byEventId.get(ref.id);
      if (!event) continue;
      const units: UnitSummary[] = [];
      for (const n of ref.units) {
        const unit = article.units[n - 1];
        if (!unit) continue;
        units.push(unit);
        const key = `${entry.id}#${n}`;
        const list = eventsByUnit.get(key) ?? [];
        list.push(event);
        eventsByUnit.set(key, list);
      }
      event.sources.push({ article, units, main: ref.main });
      event.main ||= ref.main;
    }
  }
  const events = [...byEventId.values()].sort(
    (a, b) => compareEventDates(a.date, b.date) || a.entry.id.localeCompare(b.entry.id),
  );
  for (const list of eventsByUnit.values()) list.sort((a, b) => compareEventDates(a.date, b.date));
  return { events, eventsByUnit };
}

/** The people and topics the chronology can be filtered by: those with at least one event. */
export function chronologyFilters(edition: Edition): {
  people: CollectionEntry<'entities'>[];
  topics: CollectionEntry<'topics'>[];
} {
  const participants = new Set(edition.events.flatMap((event) => event.entry.data.participants));
  const topics = new Set(edition.events.flatMap((event) => event.entry.data.topics));
  return {
    people: [...edition.entities.values()].filter((e) => e.data.kind === 'person' && participants.has(e.id)),
    topics: [...edition.topics.values()].filter((topic) => topics.has(topic.id)),
  };
}

const related = new Map<string, EditionEvent[]>();

/** The events most related to one (see relatedEvents), found once per event for both interfaces. */
export function relatedEventsOf(edition: Edition, event: EditionEvent): EditionEvent[] {
  let found = related.get(event.entry.id);
  if (!found) {
    const relatable = (e: EditionEvent) => ({ id: e.entry.id, ...e.entry.data, event: e });
    found = relatedEvents(relatable(event), edition.events.map(relatable)).map((r) => r.event);
    related.set(event.entry.id, found);
  }
  return found;
}
