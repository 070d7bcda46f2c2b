import { getCollection, render, type CollectionEntry } from 'astro:content';
import { compareEventDates, parseEventDate, type EventDate } from '../lib/event-dates.ts';
import { relatedEvents } from '../lib/related.ts';
import { entitiesNamedIn, entityNoteProblems, type NameVariants } from '../lib/mentions.ts';
import type { NoteSummary, UnitSummary } from '../markdown/remark-edition-units.ts';

/** An article with what its MDX check found: its units and its notes. */
export interface Article {
  entry: CollectionEntry<'articles'>;
  units: UnitSummary[];
  notes: NoteSummary[];
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

export interface Edition {
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

async function loadAndCheck(): Promise<Edition> {
  const [articleEntries, entityEntries, glossaryEntries, topicEntries, eventEntries] = await Promise.all([
    getCollection('articles'),
    getCollection('entities'),
    getCollection('glossary'),
    getCollection('topics'),
    getCollection('events'),
  ]);
  const entities = byId(entityEntries);
  const topics = byId(topicEntries);
  const registry: NameVariants[] = entityEntries.map((entity) => ({ id: entity.id, ar: entity.data.variants.ar }));
  const problems: string[] = [];

  const articles: Article[] = [];
  for (const entry of articleEntries.sort(
    (a, b) => a.data.date.localeCompare(b.data.date) || a.id.localeCompare(b.id),
  )) {
    const where = entry.filePath ?? entry.id;
    const report = (message: string) => problems.push(`${where}: ${message}`);
    const { data } = entry;
    const credits = [
      ...(data.outlet ? [['outlet', data.outlet] as const] : []),
      ...data.wire.map((w, i) => [`wire.${i}`, w] as const),
    ];
    for (const [field, credit] of credits) {
      const outlet = entities.get(credit.entity);
      if (outlet?.data.kind !== 'outlet')
        report(`${field}.entity: "${credit.entity}" is not an outlet in content/entities/`);
    }
    data.topics.forEach((topic, i) => {
      if (!topics.has(topic)) report(`topics.${i}: "${topic}" is not in content/topics/`);
    });
    data.entities.forEach((entity, i) => {
      if (!entities.has(entity)) report(`entities.${i}: "${entity}" is not in content/entities/`);
    });
    const { remarkPluginFrontmatter } = await render(entry);
    const units = remarkPluginFrontmatter.units as UnitSummary[];
    const notes = remarkPluginFrontmatter.notes as NoteSummary[];
    const source = units.map((unit) => unit.ar);
    for (const problem of entityNoteProblems(units, source, data.entities, notes, registry)) report(problem);
    articles.push({ entry, units, notes });
  }

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
  const { events, eventsByUnit } = checkEvents(eventEntries, articles, entities, topics, problems);
  if (problems.length) throw new Error(`Content check failed:\n  ${problems.join('\n  ')}`);
  const articleById = new Map(articles.map((article) => [article.entry.id, article]));
  const eventsByArticle = new Map<string, EditionEvent[]>();
  for (const event of events)
    for (const { article } of event.sources) {
      const list = eventsByArticle.get(article.entry.id) ?? [];
      list.push(event);
      eventsByArticle.set(article.entry.id, list);
    }
  return {
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

/** Checks the event records and the articles' references to them, and joins the two. */
function checkEvents(
  entries: CollectionEntry<'events'>[],
  articles: Article[],
  entities: Map<string, CollectionEntry<'entities'>>,
  topics: Map<string, CollectionEntry<'topics'>>,
  problems: string[],
): { events: EditionEvent[]; eventsByUnit: Map<string, EditionEvent[]> } {
  const byEventId = new Map<string, EditionEvent>();
  for (const entry of entries) {
    const report = (message: string) => problems.push(`${entry.filePath ?? entry.id}: ${message}`);
    const date = parseEventDate(entry.data.date); // the schema has already refused a bad one
    if (!entry.id.startsWith(`${date.start}-`)) report(`id: "${entry.id}" must begin with its date "${date.start}-"`);
    entry.data.participants.forEach((id, i) => {
      if (!entities.has(id)) report(`participants.${i}: "${id}" is not in content/entities/`);
    });
    entry.data.places.forEach((id, i) => {
      if (entities.get(id)?.data.kind !== 'place') report(`places.${i}: "${id}" is not a place in content/entities/`);
    });
    entry.data.topics.forEach((id, i) => {
      if (!topics.has(id)) report(`topics.${i}: "${id}" is not in content/topics/`);
    });
    byEventId.set(entry.id, { entry, date, sources: [], main: false });
  }

  const eventsByUnit = new Map<string, EditionEvent[]>();
  for (const article of articles) {
    const { entry } = article;
    const report = (message: string) => problems.push(`${entry.filePath ?? entry.id}: ${message}`);
    const refs = entry.data.events;
    const mains = refs.filter((ref) => ref.main);
    if (mains.length !== 1) report(`events: ${mains.length} events are marked main; exactly one must be`);
    refs.forEach((ref, i) => {
      const event = byEventId.get(ref.id);
      if (!event) {
        report(`events.${i}.id: "${ref.id}" is not in content/events/`);
        return;
      }
      if (refs.findIndex((other) => other.id === ref.id) !== i) report(`events.${i}.id: "${ref.id}" is listed twice`);
      if (ref.main && (entry.data.date < event.date.firstDay || entry.data.date > event.date.lastDay)) {
        report(
          `events.${i}: the main event "${ref.id}" (${event.date.edtf}) does not include the article's date ${entry.data.date}`,
        );
      }
      const units: UnitSummary[] = [];
      ref.units.forEach((n, j) => {
        const unit = article.units[n - 1];
        if (!unit) {
          report(`events.${i}.units.${j}: unit ${n} does not exist (the article has ${article.units.length})`);
          return;
        }
        units.push(unit);
        const key = `${entry.id}#${n}`;
        const list = eventsByUnit.get(key) ?? [];
        list.push(event);
        eventsByUnit.set(key, list);
      });
      event.sources.push({ article, units, main: ref.main });
      event.main ||= ref.main;
    });
  }
  for (const event of byEventId.values()) {
    if (!event.sources.length)
      problems.push(`${event.entry.filePath ?? event.entry.id}: no article refers to this event`);
  }
  const events = [...byEventId.values()].sort(
    (a, b) => compareEventDates(a.date, b.date) || a.entry.id.localeCompare(b.entry.id),
  );
  for (const list of eventsByUnit.values()) list.sort((a, b) => compareEventDates(a.date, b.date));
  return { events, eventsByUnit };
}

let edition: Promise<Edition> | undefined;

/** The whole edition, loaded once per build and cross-checked; any problem stops the build, all reported at once. */
export function loadEdition(): Promise<Edition> {
  edition ??= loadAndCheck();
  return edition;
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
