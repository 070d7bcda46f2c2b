import { formatEventDate } from '../lib/event-dates.ts';
import { formatDate } from '../lib/dates.ts';
import { locales, type Locale } from '../lib/i18n.ts';
import { articlePath, entityPath, eventPath } from '../lib/paths.ts';
import { indexTokens } from '../lib/search-text.ts';
import type { Edition } from './edition.ts';

/** One Pagefind custom record: a unit, an article, an event or an entity, in one interface language. */
export interface SearchRecord {
  url: string;
  language: Locale;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** The text a record is found by: what the reader sees, plus every folded, clitic-free and stemmed form of it. */
const searchable = (...texts: string[]) => {
  const text = texts.filter(Boolean).join('\n');
  return `${text}\n${indexTokens(text).join(' ')}`;
};

const built = new WeakMap<Edition, SearchRecord[]>();

/** The records Pagefind indexes for the edition: units land on #pN, events and entities on their pages. */
export function searchRecords(edition: Edition): SearchRecord[] {
  let records = built.get(edition);
  if (!records) {
    records = buildRecords(edition);
    built.set(edition, records);
  }
  return records;
}

/** The values each search filter can take in one interface language, sorted, exactly as the records carry them. */
export function filterOptions(edition: Edition, locale: Locale): Record<string, string[]> {
  const options = new Map<string, Set<string>>();
  for (const record of searchRecords(edition)) {
    if (record.language !== locale) continue;
    for (const [name, values] of Object.entries(record.filters)) {
      const set = options.get(name) ?? new Set<string>();
      for (const value of values) set.add(value);
      options.set(name, set);
    }
  }
  return Object.fromEntries([...options].map(([name, values]) => [name, [...values].sort()]));
}

function buildRecords(edition: Edition): SearchRecord[] {
  // Pagefind puts its own base (where its bundle is served) before every URL, so records are site-relative.
  const base = '/';
  const names = (ids: string[]) =>
    ids.flatMap((id) => {
      const entity = edition.entities.get(id);
      return entity
        ? [entity.data.name.en, entity.data.name.ar, ...entity.data.variants.en, ...entity.data.variants.ar]
        : [];
    });
  const personNames = (ids: string[], locale: Locale) =>
    ids.flatMap((id) => {
      const entity = edition.entities.get(id);
      return entity?.data.kind === 'person' ? [entity.data.name[locale]] : [];
    });
  const topicNames = (ids: string[], locale: Locale) =>
    ids.map((id) => edition.topics.get(id)?.data.name[locale] ?? id);
  const records: SearchRecord[] = [];

  for (const locale of locales) {
    for (const article of edition.articles) {
      const { id, data } = article.entry;
      const articleFilters = { year: [data.date.slice(0, 4)], article: [data.title[locale]] };
      const common = { title: data.title[locale], date: formatDate(data.date, locale), article: id };
      records.push({
        url: articlePath(base, locale, id),
        language: locale,
        content: searchable(data.title.en, data.title.ar, data.summary.en, data.summary.ar, ...names(data.entities)),
        meta: { kind: 'article', ...common, en: data.summary.en, ar: data.summary.ar },
        filters: {
          ...articleFilters,
          topic: topicNames(data.topics, locale),
          person: personNames(data.entities, locale),
        },
        sort: { date: data.date },
      });
      for (const unit of article.units) {
        const named = edition.namedByUnit.get(`${id}#${unit.n}`) ?? [];
        const notes = article.notes.filter((note) => unit.notes.includes(note.id));
        const events = edition.eventsByUnit.get(`${id}#${unit.n}`) ?? [];
        records.push({
          url: `${articlePath(base, locale, id)}#p${unit.n}`,
          language: locale,
          content: searchable(unit.ar, unit.en, ...notes.map((note) => note[locale]), ...names(named)),
          meta: {
            kind: 'unit',
            ...common,
            unit: String(unit.n),
            ar: unit.ar,
            en: unit.en,
            notes: notes.map((note) => note[locale]).join('\n'),
          },
          filters: {
            ...articleFilters,
            person: personNames(named, locale),
            topic: topicNames([...new Set([...data.topics, ...events.flatMap((e) => e.entry.data.topics)])], locale),
          },
          sort: { date: data.date },
        });
      }
    }
    for (const event of edition.events) {
      const { id, data } = event.entry;
      records.push({
        url: eventPath(base, locale, id),
        language: locale,
        content: searchable(
          data.title.en,
          data.title.ar,
          data.summary.en,
          data.summary.ar,
          ...names(data.participants),
        ),
        meta: {
          kind: 'event',
          title: data.title[locale],
          date: formatEventDate(event.date, locale),
          en: data.summary.en,
          ar: data.summary.ar,
        },
        filters: {
          year: [event.date.start.slice(0, 4)],
          article: event.sources.map((source) => source.article.entry.data.title[locale]),
          person: personNames(data.participants, locale),
          topic: topicNames(data.topics, locale),
        },
        sort: { date: event.date.firstDay },
      });
    }
    for (const entity of edition.entities.values()) {
      const { data } = entity;
      records.push({
        url: entityPath(base, locale, entity.id),
        language: locale,
        content: searchable(...names([entity.id]), data.description.en, data.description.ar),
        meta: { kind: 'entity', title: data.name[locale], en: data.description.en, ar: data.description.ar },
        filters: { person: personNames([entity.id], locale) },
        sort: {},
      });
    }
  }
  return records;
}
