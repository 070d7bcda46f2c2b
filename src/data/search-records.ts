import { getCollection } from 'astro:content';
import { toString } from 'mdast-util-to-string';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { formatEventDate } from '../lib/event-dates.ts';
import { formatDate } from '../lib/dates.ts';
import { locales, type Locale } from '../lib/i18n.ts';
import { entitiesNamedIn } from '../lib/mentions.ts';
import type { SearchDoc } from '../lib/search-match.ts';
import { formsOf, keysOf, lexiconShard, wordsOf } from '../lib/search-text.ts';
import type { Edition } from './edition.ts';

/**
 * The language every record is indexed under. One index serves both interfaces, so a query gives the same
 * records from either; and Pagefind has no stemmer for it, so the index holds exactly the edition's own keys.
 */
export const searchLanguage = 'zxx';

/**
 * One Pagefind custom record: the record's keys, to be found by, and its filters. The record itself (`doc`) is
 * not given to Pagefind, which would index its words too; the integration writes it beside the index.
 */
export interface SearchRecord {
  url: string;
  language: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  doc: SearchDoc;
}

/** The search index of the edition: Pagefind's records, and every indexed key with a word that has it. */
export interface SearchIndex {
  docs: { doc: SearchDoc; filters: Record<string, string[]> }[];
  records: SearchRecord[];
  /** Keys by lexicon shard, each key with the word shown for it in a suggestion. */
  lexicon: Map<string, Record<string, string>>;
}

const built = new WeakMap<Edition, Promise<SearchIndex>>();

/** The edition's search index, built once per edition. */
export function searchIndex(edition: Edition): Promise<SearchIndex> {
  let index = built.get(edition);
  if (!index) {
    index = buildIndex(edition);
    built.set(edition, index);
  }
  return index;
}

/** The values each search filter can take, with their labels in one interface language, in label order. */
export async function filterOptions(
  edition: Edition,
  locale: Locale,
): Promise<Record<string, { value: string; label: string }[]>> {
  const label: Record<string, (value: string) => string> = {
    year: (value) => value,
    article: (value) => edition.articleById.get(value)?.entry.data.title[locale] ?? value,
    person: (value) => edition.entities.get(value)?.data.name[locale] ?? value,
    topic: (value) => edition.topics.get(value)?.data.name[locale] ?? value,
  };
  const values = new Map<string, Set<string>>();
  for (const { filters } of (await searchIndex(edition)).docs) {
    for (const [name, list] of Object.entries(filters)) {
      const set = values.get(name) ?? new Set<string>();
      for (const value of list) set.add(value);
      values.set(name, set);
    }
  }
  return Object.fromEntries(
    [...values].map(([name, set]) => [
      name,
      [...set]
        .map((value) => ({ value, label: (label[name] ?? String)(value) }))
        .sort((a, b) => a.label.localeCompare(b.label, locale, { numeric: true })),
    ]),
  );
}

const bilingual = (pick: (locale: Locale) => string) =>
  Object.fromEntries(locales.map((locale) => [locale, pick(locale)])) as { en: string; ar: string };

/** The plain text of an MDX page body, without its markup. */
const plainText = (mdx: string) => toString(unified().use(remarkParse).use(remarkMdx).parse(mdx));

async function buildIndex(edition: Edition): Promise<SearchIndex> {
  const spellings = (id: string) => {
    const entity = edition.entities.get(id);
    return entity
      ? [entity.data.name.en, entity.data.name.ar, ...entity.data.variants.en, ...entity.data.variants.ar]
      : [];
  };
  const names = (ids: string[]) => Object.fromEntries([...new Set(ids)].map((id) => [id, spellings(id)]));
  const persons = (ids: string[]) => ids.filter((id) => edition.entities.get(id)?.data.kind === 'person');
  const docs: SearchIndex['docs'] = [];

  for (const { entry, units, notes } of edition.articles) {
    const { id, data } = entry;
    const searchUnits = units.map((unit) => ({
      n: unit.n,
      ar: unit.ar,
      en: unit.en,
      notes: notes.filter((note) => unit.notes.includes(note.id)).map(({ en, ar }) => ({ en, ar })),
      entities: edition.namedByUnit.get(`${id}#${unit.n}`) ?? [],
    }));
    const inHead = entitiesNamedIn(`${data.title.ar}\n${data.summary.ar}`, edition.registry);
    const named = [...inHead, ...searchUnits.flatMap((unit) => unit.entities)];
    const events = units.flatMap((unit) => edition.eventsByUnit.get(`${id}#${unit.n}`) ?? []);
    docs.push({
      doc: {
        kind: 'article',
        id,
        path: `articles/${id}/`,
        date: data.date,
        dateLabel: bilingual((locale) => formatDate(data.date, locale)),
        title: data.title,
        text: data.summary,
        entities: inHead,
        names: names(named),
        units: searchUnits,
      },
      filters: {
        year: [data.date.slice(0, 4)],
        article: [id],
        person: [...new Set(persons(named))],
        topic: [...new Set([...data.topics, ...events.flatMap((event) => event.entry.data.topics)])],
      },
    });
  }
  for (const event of edition.events) {
    const { id, data } = event.entry;
    const entities = [...new Set([...data.participants, ...data.places])];
    docs.push({
      doc: {
        kind: 'event',
        id,
        path: `events/${id}/`,
        date: event.date.firstDay,
        dateLabel: bilingual((locale) => formatEventDate(event.date, locale)),
        title: data.title,
        text: data.summary,
        entities,
        names: names(entities),
      },
      filters: {
        year: [event.date.start.slice(0, 4)],
        article: [...new Set(event.sources.map((source) => source.article.entry.id))],
        person: persons(data.participants),
        topic: data.topics,
      },
    });
  }
  for (const entity of edition.entities.values()) {
    docs.push({
      doc: {
        kind: 'entity',
        id: entity.id,
        path: `entities/${entity.id}/`,
        title: entity.data.name,
        text: entity.data.description,
        entities: [entity.id],
        names: names([entity.id]),
      },
      filters: { person: persons([entity.id]) },
    });
  }
  const pages = await getCollection('pages');
  for (const name of new Set(pages.map((page) => page.id.split('/').slice(1).join('/')))) {
    const inLocale = (locale: Locale) => pages.find((page) => page.id === `${locale}/${name}`);
    docs.push({
      doc: {
        kind: 'page',
        id: name,
        path: `${name}/`,
        title: bilingual((locale) => inLocale(locale)?.data.title ?? ''),
        text: bilingual((locale) => plainText(inLocale(locale)?.body ?? '')),
        entities: [],
        names: {},
      },
      filters: {},
    });
  }

  const lexicon = new Map<string, Record<string, string>>();
  const shown = new Map<string, number>(); // how well the word shown for a key spells it: 2 as written, 1 with clitics
  const records = docs.map(({ doc, filters }) => {
    const texts = [
      doc.title.en,
      doc.title.ar,
      doc.text.en,
      doc.text.ar,
      ...Object.values(doc.names).flat(),
      ...(doc.units ?? []).flatMap((unit) => [unit.ar, unit.en, ...unit.notes.flatMap((note) => [note.en, note.ar])]),
    ];
    for (const word of texts.flatMap(wordsOf)) {
      const forms = formsOf(word);
      for (const key of forms) {
        const quality = key === forms[0] ? 2 : 1;
        if ((shown.get(key) ?? 0) >= quality) continue;
        shown.set(key, quality);
        const shard = lexiconShard(key);
        const keys = lexicon.get(shard) ?? {};
        keys[key] = word;
        lexicon.set(shard, keys);
      }
    }
    return {
      url: `/${doc.path}`,
      language: searchLanguage,
      content: [...keysOf(...texts)].join(' '),
      meta: {},
      filters,
      doc,
    };
  });
  return { docs, records, lexicon };
}
