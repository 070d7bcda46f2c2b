// Reads the edition's files into the plain data the content rules (rules.ts) take: registries, sources, article
// frontmatter and event records, each checked by its schema on the way.
import fs from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { parse as parseYaml } from 'yaml';
import { sourceUnits } from '../lib/units.ts';
import { yamlLines } from '../lib/yaml-lines.ts';
import { articleSchema, draftArticleSchema } from '../schemas/article.ts';
import { colophonSchema } from '../schemas/colophon.ts';
import { entitySchema } from '../schemas/entity.ts';
import { eventSchema } from '../schemas/event.ts';
import { glossarySchema } from '../schemas/glossary.ts';
import { topicSchema } from '../schemas/topic.ts';
import type { Problem } from './problem.ts';
import {
  proseQuoteProblems,
  referenceProblems,
  schemaProblems,
  straightQuoteProblems,
  translationProblems,
  yamlProblem,
  type ArticleRecord,
  type EventRecord,
  type LineOf,
  type Registries,
} from './rules.ts';

/** Resolves a path inside the edition (content/ and sources/); EDITION_DIR swaps in another corpus (the tests' fixtures). */
export function editionPath(relative: string): string {
  return path.resolve(process.env.EDITION_DIR ?? process.cwd(), relative);
}

/** A file's path as problems name it: relative to the edition's folder. */
export const editionRelative = (file: string): string => path.relative(editionPath('.'), path.resolve(file));

/** The files of content/<folder>/ ending in `extension`, sorted, as absolute paths. */
export function filesIn(folder: string, extension: string): string[] {
  const dir = editionPath(`content/${folder}`);
  return fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((name) => name.endsWith(extension))
        .sort()
        .map((name) => path.join(dir, name))
    : [];
}

const idOf = (file: string) => path.basename(file, path.extname(file));

/** The units of sources/<slug>.txt, or undefined when there is no such file. */
export function readSource(slug: string): string[] | undefined {
  const file = editionPath(`sources/${slug}.txt`);
  return slug && fs.existsSync(file) ? sourceUnits(fs.readFileSync(file, 'utf8')) : undefined;
}

/** A YAML file's data and where its fields are written, or the problem that it is not YAML. */
function readYaml(file: string): { data: unknown; lineOf: LineOf } | { problem: Problem } {
  const text = fs.readFileSync(file, 'utf8');
  try {
    return { data: parseYaml(text) as unknown, lineOf: yamlLines(text) };
  } catch (error) {
    return { problem: yamlProblem(editionRelative(file), error) };
  }
}

/** A YAML file's top-level fields, or none when it is not a YAML mapping (that is reported on the file itself). */
function yamlFields(file: string): Record<string, unknown> {
  const read = readYaml(file);
  return 'data' in read && read.data && typeof read.data === 'object' ? (read.data as Record<string, unknown>) : {};
}

/** What `read` makes of some folders' files, read again only when one of them is added, removed or changed. */
function whileUnchanged<T>(folders: [string, string][], read: (files: string[][]) => T): () => T {
  let cached: { key: string; value: T } | undefined;
  return () => {
    const files = folders.map(([folder, extension]) => filesIn(folder, extension));
    const key = files
      .flat()
      .map((file) => `${file}@${String(fs.statSync(file).mtimeMs)}`)
      .join('\n');
    if (cached?.key !== key) cached = { key, value: read(files) };
    return cached.value;
  };
}

/**
 * The registries as the rules need them, straight from content/: every file is a record, even one its schema refuses
 * (that is reported on the file itself). Read again only when a registry file changes (an article compile asks each time).
 */
export const readRegistries: () => Registries = whileUnchanged(
  [
    ['entities', '.yaml'],
    ['topics', '.yaml'],
    ['glossary', '.yaml'],
  ],
  ([entityFiles = [], topicFiles = [], glossaryFiles = []]) => {
    const entities: Registries['entities'] = new Map();
    const names: Registries['names'] = [];
    const english: Registries['english'] = new Set();
    for (const file of entityFiles) {
      const data = yamlFields(file);
      const kind = entitySchema.shape.kind.safeParse(data.kind);
      entities.set(idOf(file), { kind: kind.success ? kind.data : 'organisation' });
      const variants = data.variants as { ar?: unknown; en?: unknown } | undefined;
      if (Array.isArray(variants?.ar)) names.push({ id: idOf(file), ar: variants.ar.map(String) });
      if (Array.isArray(variants?.en)) for (const name of variants.en) english.add(String(name).toLowerCase());
    }
    return {
      entities,
      names,
      english,
      topics: new Set(topicFiles.map(idOf)),
      glossary: new Set(glossaryFiles.map(idOf)),
    };
  },
);

/** The ids an article's frontmatter refers to: its events, and the entities it lists or credits. */
function referencesOf(frontmatter: Record<string, unknown>): { events: string[]; entities: string[] } {
  const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value ? [value] : []);
  const idIn = (value: unknown, key: string) =>
    value && typeof value === 'object' && key in value ? [String((value as Record<string, unknown>)[key])] : [];
  return {
    events: list(frontmatter.events).flatMap((ref) => idIn(ref, 'id')),
    entities: [
      ...list(frontmatter.entities).map(String),
      ...[...list(frontmatter.outlet), ...list(frontmatter.wire)].flatMap((credit) => idIn(credit, 'entity')),
    ],
  };
}

/**
 * What waits, unpublished, with the drafts: the events only drafts refer to, and the entities only drafts (or those
 * events) name. A record nothing refers to is not held back (an event no article cites is an error of its own).
 */
export const waitingForDrafts: () => { events: Set<string>; entities: Set<string> } = whileUnchanged(
  [
    ['articles', '.mdx'],
    ['events', '.yaml'],
  ],
  ([articleFiles = [], eventFiles = []]) => {
    const published = { events: new Set<string>(), entities: new Set<string>() };
    const drafted = { events: new Set<string>(), entities: new Set<string>() };
    for (const file of articleFiles) {
      const { frontmatter } = parseFrontmatter(fs.readFileSync(file, 'utf8'));
      const into = frontmatter.draft === true ? drafted : published;
      const { events, entities } = referencesOf(frontmatter);
      for (const id of events) into.events.add(id);
      for (const id of entities) into.entities.add(id);
    }
    const events = new Set([...drafted.events].filter((id) => !published.events.has(id)));
    // a published event's participants and places are published with it
    for (const file of eventFiles) {
      if (events.has(idOf(file))) continue;
      const data = yamlFields(file);
      for (const id of [data.participants, data.places].flatMap((ids) =>
        Array.isArray(ids) ? (ids as unknown[]) : [],
      ))
        published.entities.add(String(id));
    }
    return { events, entities: new Set([...drafted.entities].filter((id) => !published.entities.has(id))) };
  },
);

/**
 * The interface strings of each language, by locale: src/i18n/<locale>.json, or the same files in EDITION_I18N_DIR
 * (a test's edited copy; problems still name them src/i18n/<locale>.json).
 */
export function readDictionaries(): Record<string, Record<string, string>> {
  const dir = process.env.EDITION_I18N_DIR ?? path.resolve('src/i18n');
  return Object.fromEntries(
    fs
      .readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .map((name) => [
        path.basename(name, '.json'),
        JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as Record<string, string>,
      ]),
  );
}

/** The colophon's problems (content/colophon.yaml: who answers for the edition, what every citation names). */
function colophonProblems(): Problem[] {
  const file = editionPath('content/colophon.yaml');
  const name = editionRelative(file);
  if (!fs.existsSync(file))
    return [{ file: name, field: '(file)', message: 'missing (the editor, licence, version date and contact)' }];
  const read = readYaml(file);
  return 'problem' in read
    ? [read.problem]
    : [
        ...schemaProblems(colophonSchema, read.data, name, read.lineOf),
        ...straightQuoteProblems(name, read.data, read.lineOf),
      ];
}

/**
 * Every problem that can be found without reading the articles' bodies: interface strings, every registry and event
 * file and every article's frontmatter against their schemas (a draft's against the draft schema, and against the
 * article schema for what is left to do), and every reference between them. Also returns the articles' files, for a
 * caller that goes on to their bodies, and which of them are drafts.
 */
export function recordProblems(): {
  problems: Problem[];
  articleFiles: string[];
  registries: Registries;
  /** The articles marked `draft: true`, as problems name their files. */
  drafts: Set<string>;
} {
  const problems: Problem[] = translationProblems(readDictionaries());
  const registries = readRegistries();
  const registryFolders = [
    ['entities', entitySchema],
    ['glossary', glossarySchema],
    ['topics', topicSchema],
  ] as const;
  for (const [folder, schema] of registryFolders) {
    for (const file of filesIn(folder, '.yaml')) {
      const read = readYaml(file);
      problems.push(
        ...('problem' in read
          ? [read.problem]
          : [
              ...schemaProblems(schema, read.data, editionRelative(file), read.lineOf),
              ...straightQuoteProblems(editionRelative(file), read.data, read.lineOf),
            ]),
      );
    }
  }
  problems.push(...colophonProblems());
  const events: EventRecord[] = [];
  for (const file of filesIn('events', '.yaml')) {
    const read = readYaml(file);
    if ('problem' in read) {
      problems.push(read.problem);
      events.push({ file: editionRelative(file), id: idOf(file) });
      continue;
    }
    const parsed = eventSchema.safeParse(read.data);
    const { lineOf } = read;
    events.push({
      file: editionRelative(file),
      id: idOf(file),
      lineOf,
      ...(parsed.success ? { data: parsed.data } : {}),
    });
    if (!parsed.success) problems.push(...schemaProblems(eventSchema, read.data, editionRelative(file), lineOf));
    problems.push(...straightQuoteProblems(editionRelative(file), read.data, lineOf));
  }
  const articleFiles = filesIn('articles', '.mdx');
  const articles: ArticleRecord[] = [];
  const drafts = new Set<string>();
  for (const file of articleFiles) {
    const { frontmatter, rawFrontmatter } = parseFrontmatter(fs.readFileSync(file, 'utf8'), {
      frontmatter: 'empty-with-lines',
    });
    const relative = editionRelative(file);
    // the raw frontmatter starts with the opening ---'s line end, so its lines count from the file's first
    const lineOf = yamlLines(rawFrontmatter, 1);
    const draft = frontmatter.draft === true;
    if (draft) {
      drafts.add(relative);
      problems.push(...publishingProblems(frontmatter, relative, lineOf));
    }
    const schema = draft ? draftArticleSchema : articleSchema;
    problems.push(...straightQuoteProblems(relative, frontmatter, lineOf));
    const parsed = schema.safeParse(frontmatter);
    if (parsed.success)
      articles.push({ file: relative, data: parsed.data, source: readSource(parsed.data.slug), lineOf });
    else {
      problems.push(...schemaProblems(schema, frontmatter, relative, lineOf));
      articles.push({ file: relative, source: undefined, lineOf });
    }
  }
  problems.push(...referenceProblems(articles, events, registries));
  // the English pages, in quotation marks as the rest of the edition
  for (const file of filesIn('pages/en', '.mdx'))
    problems.push(...proseQuoteProblems(editionRelative(file), fs.readFileSync(file, 'utf8')));
  return { problems, articleFiles, registries, drafts };
}

/** What a draft's frontmatter still lacks to be published: the article schema's complaints, each left to do. */
function publishingProblems(frontmatter: Record<string, unknown>, file: string, lineOf: LineOf): Problem[] {
  const published = Object.fromEntries(Object.entries(frontmatter).filter(([key]) => key !== 'draft'));
  return schemaProblems(articleSchema, published, file, lineOf)
    .filter((problem) => !problem.field.startsWith('draft'))
    .map((problem) => {
      const value = problem.field
        .split('.')
        .reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], published);
      const empty = value === '' || (Array.isArray(value) && !value.length);
      return { ...problem, message: empty ? 'still empty' : problem.message, pending: 'frontmatter' as const };
    });
}
