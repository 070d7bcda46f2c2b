import { toString } from 'mdast-util-to-string';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { FilterName } from '../lib/constants.ts';
import { formatEventDate } from '../lib/event-dates.ts';
import { formatDate } from '../lib/dates.ts';
import { locales, type Locale } from '../lib/i18n.ts';
import { entitiesNamedIn } from '../lib/mentions.ts';
import { indexedKey, personWord, recordKinds, type SearchLayout } from '../lib/search-layout.ts';
import { passageTexts, type SearchHead, type SearchPassage } from '../lib/search-match.ts';
import { formsOf, lexiconShard, wordsOf } from '../lib/search-text.ts';
import type { Edition } from './edition.ts';

/**
 * One search record as the build hands it to the Pagefind integration: the words Pagefind indexes for each passage
 * (laid out by search-layout.ts), its filters and rank, and what the browser fetches to show it (its head, and an
 * article's passages, written to one file per article), which Pagefind is not given: it would index their words too.
 */
export interface SearchRecord {
  url: string;
  /** Its place in the edition's order (kind, then date): Pagefind's sort key, so that every result carries it. */
  rank: number;
  filters: Record<string, string[]>;
  /**
   * The indexed words of each passage, apart by single spaces (no word holds one): an article's title and summary,
   * then each unit; anything else's one passage. One string a passage, not millions of words, is what the build holds
   * while the pages are made.
   */
  words: string[];
  head: SearchHead;
  /** An article's passages, in the order of `words`; other records carry their one passage in the head. */
  passages: SearchPassage[];
}

/** The first line of the search records the pages leave as build data (src/pages/build-data/): their layout. */
export interface SearchRecordsHeader {
  layout: SearchLayout;
  /** indexChunkSize of all the records, known where they are made. */
  chunkSize: number;
}

/** The search index of the edition: its records in rank order, the layout the browser reads them with, the lexicon. */
export interface SearchIndex {
  records: SearchRecord[];
  layout: SearchLayout;
  /** Keys by lexicon shard, each key with the word shown for it in a suggestion. */
  lexicon: Map<string, Record<string, string>>;
}

const built = new WeakMap<Edition, SearchIndex>();

/** The edition's search index, built once per edition. */
export function searchIndex(edition: Edition): SearchIndex {
  let index = built.get(edition);
  if (!index) {
    index = buildIndex(edition);
    built.set(edition, index);
  }
  return index;
}

/** The values each search filter can take, with their labels in one interface language, in label order. */
export function filterOptions(edition: Edition, locale: Locale): Record<string, { value: string; label: string }[]> {
  const label: Record<FilterName, (value: string) => string> = {
    year: (value) => value,
    article: (value) => edition.articleById.get(value)?.entry.data.title[locale] ?? value,
    person: (value) => edition.entities.get(value)?.data.name[locale] ?? value,
    topic: (value) => edition.topics.get(value)?.data.name[locale] ?? value,
  };
  const labelOf: Partial<Record<string, (value: string) => string>> = label;
  const values = new Map<string, Set<string>>();
  for (const { filters } of searchIndex(edition).records) {
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
        .map((value) => ({ value, label: (labelOf[name] ?? String)(value) }))
        .sort((a, b) => a.label.localeCompare(b.label, locale, { numeric: true })),
    ]),
  );
}

const bilingual = (pick: (locale: Locale) => string) =>
  Object.fromEntries(locales.map((locale) => [locale, pick(locale)])) as { en: string; ar: string };

/** The plain text of an MDX page body, without its markup. */
const plainText = (mdx: string) => toString(unified().use(remarkParse).use(remarkMdx).parse(mdx));

/** A record before it is ranked: what it is, where it sorts within its kind, and its passages. */
interface Draft {
  order: string;
  url: string;
  filters: Partial<Record<FilterName, string[]>>;
  head: SearchHead;
  passages: SearchPassage[];
  /** Each passage's persons, marked in its indexed words so that the person filter can keep only its paragraphs. */
  persons: string[][];
}

function buildIndex(edition: Edition): SearchIndex {
  const spellings = (id: string) => {
    const data = edition.entities.get(id)?.data;
    // the variants repeat the name; each passage file carries these, so each spelling is given once
    return data ? [...new Set([data.name.en, data.name.ar, ...data.variants.en, ...data.variants.ar])] : [];
  };
  const names = (ids: string[]) => Object.fromEntries([...new Set(ids)].map((id) => [id, spellings(id)]));
  const persons = (ids: string[]) => ids.filter((id) => edition.entities.get(id)?.data.kind === 'person');
  // a record's own title and text, as the passage its matches are checked in
  const own = (title: { en: string; ar: string }, text: { en: string; ar: string }, entities: string[]) => ({
    ar: `${title.ar}\n${text.ar}`,
    en: `${title.en}\n${text.en}`,
    notes: [],
    names: names(entities),
  });
  const drafts: Draft[] = [];

  for (const { entry, units, notes } of edition.articles) {
    const { id, data } = entry;
    const unitPassages = units.map((unit) => {
      const entities = edition.namedByUnit.get(`${id}#${unit.n}`) ?? [];
      return {
        passage: {
          n: unit.n,
          ar: unit.ar,
          en: unit.en,
          notes: notes.filter((note) => unit.notes.includes(note.id)).map(({ en, ar }) => ({ en, ar })),
          names: names(entities),
        },
        entities,
      };
    });
    const inHead = entitiesNamedIn(`${data.title.ar}\n${data.summary.ar}`, edition.registry);
    const named = [...inHead, ...unitPassages.flatMap((unit) => unit.entities)];
    const events = units.flatMap((unit) => edition.eventsByUnit.get(`${id}#${unit.n}`) ?? []);
    drafts.push({
      order: `${data.date} ${id}`,
      url: `/articles/${id}/`,
      head: {
        kind: 'article',
        path: `articles/${id}/`,
        title: data.title,
        dateLabel: bilingual((locale) => formatDate(data.date, locale)),
      },
      passages: [own(data.title, data.summary, inHead), ...unitPassages.map((unit) => unit.passage)],
      persons: [[], ...unitPassages.map((unit) => [...new Set(persons(unit.entities))])],
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
    drafts.push({
      order: `${event.date.firstDay} ${id}`,
      url: `/events/${id}/`,
      head: {
        kind: 'event',
        path: `events/${id}/`,
        title: data.title,
        dateLabel: bilingual((locale) => formatEventDate(event.date, locale)),
      },
      passages: [own(data.title, data.summary, entities)],
      persons: [[]],
      filters: {
        year: [event.date.start.slice(0, 4)],
        article: [...new Set(event.sources.map((source) => source.article.entry.id))],
        person: persons(data.participants),
        topic: data.topics,
      },
    });
  }
  for (const entity of edition.entities.values()) {
    drafts.push({
      order: entity.id,
      url: `/entities/${entity.id}/`,
      head: { kind: 'entity', path: `entities/${entity.id}/`, title: entity.data.name },
      passages: [own(entity.data.name, entity.data.description, [entity.id])],
      persons: [[]],
      filters: { person: persons([entity.id]) },
    });
  }
  const { pages } = edition;
  for (const name of new Set(pages.map((page) => page.id.split('/').slice(1).join('/')))) {
    const inLocale = (locale: Locale) => pages.find((page) => page.id === `${locale}/${name}`);
    const title = bilingual((locale) => inLocale(locale)?.data.title ?? '');
    drafts.push({
      order: name,
      url: `/${name}/`,
      head: { kind: 'page', path: `${name}/`, title },
      passages: [
        own(
          title,
          bilingual((locale) => plainText(inLocale(locale)?.body ?? '')),
          [],
        ),
      ],
      persons: [[]],
      filters: {},
    });
  }

  const rankOf = (draft: Draft) => recordKinds.indexOf(draft.head.kind);
  drafts.sort((a, b) => rankOf(a) - rankOf(b) || (a.order < b.order ? -1 : a.order > b.order ? 1 : 0));
  const lexicon = new Map<string, Record<string, string>>();
  const shown = new Map<string, number>(); // how well the word shown for a key spells it: 2 as written, 1 with clitics
  let stride = 1;
  // a word's forms, found once for the whole edition: its words repeat across thousands of passages
  const known = new Map<string, string[]>();
  const formsOfWord = (word: string) => {
    let forms = known.get(word);
    if (!forms) {
      forms = formsOf(word);
      known.set(word, forms);
    }
    return forms;
  };
  const records = drafts.map((draft, rank): SearchRecord => {
    // each passage's keys (passageKeys: every form of every word of its texts and names), and the lexicon's words
    const passageKeys = draft.passages.map((passage) => {
      const keys = new Set<string>();
      const texts = [...passageTexts(passage).map((t) => t.text), ...Object.values(passage.names).flat()];
      for (const word of texts.flatMap(wordsOf)) {
        const forms = formsOfWord(word);
        for (const key of forms) {
          if (key) keys.add(key);
          const quality = key === forms[0] ? 2 : 1;
          if (!key || (shown.get(key) ?? 0) >= quality) continue;
          shown.set(key, quality);
          const shard = lexiconShard(key);
          const entries = lexicon.get(shard) ?? {};
          entries[key] = word;
          lexicon.set(shard, entries);
        }
      }
      return keys;
    });
    const words = passageKeys.map((keys, k) => {
      const persons = draft.persons[k] ?? [];
      if (draft.head.kind === 'article') stride = Math.max(stride, keys.size + persons.length);
      return [...[...keys].map(indexedKey), ...persons.map(personWord)].join(' ');
    });
    const [only] = draft.passages;
    const single = draft.head.kind !== 'article' && only;
    return {
      url: draft.url,
      rank,
      filters: draft.filters,
      words,
      head: single ? { ...draft.head, passage: only } : draft.head,
      passages: single ? [] : draft.passages,
    };
  });
  const counts = Object.fromEntries(
    recordKinds.map((kind) => [kind, drafts.filter((draft) => draft.head.kind === kind).length]),
  ) as SearchLayout['counts'];
  return { records, layout: { stride, counts }, lexicon };
}
