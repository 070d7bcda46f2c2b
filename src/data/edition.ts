import { getCollection, render, type CollectionEntry } from 'astro:content';
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

export interface Edition {
  /** In date order, then by slug. */
  articles: Article[];
  entities: Map<string, CollectionEntry<'entities'>>;
  glossary: Map<string, CollectionEntry<'glossary'>>;
  topics: Map<string, CollectionEntry<'topics'>>;
  /** Every unit naming each entity, in date order. */
  mentions: Map<string, Mention[]>;
}

const byId = <T extends { id: string }>(entries: T[]) => new Map(entries.map((entry) => [entry.id, entry]));

async function loadAndCheck(): Promise<Edition> {
  const [articleEntries, entityEntries, glossaryEntries, topicEntries] = await Promise.all([
    getCollection('articles'),
    getCollection('entities'),
    getCollection('glossary'),
    getCollection('topics'),
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
  for (const article of articles) {
    for (const unit of article.units) {
      for (const id of entitiesNamedIn(unit.ar, registry)) {
        mentions.set(id, [...(mentions.get(id) ?? []), { article, unit }]);
      }
    }
  }
  if (problems.length) throw new Error(`Content check failed:\n  ${problems.join('\n  ')}`);
  return { articles, entities, glossary: byId(glossaryEntries), topics, mentions };
}

let edition: Promise<Edition> | undefined;

/** The whole edition, loaded once per build and cross-checked; any problem stops the build, all reported at once. */
export function loadEdition(): Promise<Edition> {
  edition ??= loadAndCheck();
  return edition;
}
