// Every rule of the edition's content, once, over plain data: frontmatter and registry records, source texts, and
// what the Markdown stage extracted from each article's body. Nothing here reads a file or knows about Astro: the
// content check (`npm run check:content` and the build's pre-check; src/check/engine.ts), the remark
// plugin (src/markdown/remark-edition-units.ts) and the edition's loader (src/data/edition.ts) gather the data and
// call these functions. Each returns every problem it finds, with its file, line (where known) and field.
import type { z } from 'astro/zod';
import { parseEventDate } from '../lib/event-dates.ts';
import { missingTranslations } from '../lib/i18n.ts';
import { firstMentions, type NameVariants } from '../lib/mentions.ts';
import { firstDifference, normaliseSpace } from '../lib/units.ts';
import { explicitDates } from '../lib/explicit-dates.ts';
import type { ArticleData, DraftArticleData } from '../schemas/article.ts';
import type { ArticleBody, NoteSummary, UnitSummary } from '../schemas/article-body.ts';
import type { EntityData } from '../schemas/entity.ts';
import type { EventData } from '../schemas/event.ts';
import { noteType } from '../schemas/note.ts';
import { noiseKind } from '../schemas/unit.ts';
import type { LeftToDo, Problem } from './problem.ts';

/** The line a field of a record's YAML is written on, by its path (src/lib/yaml-lines.ts), where known. */
export type LineOf = (path: readonly PropertyKey[]) => number | undefined;

/** The registries as the rules need them. */
export interface Registries {
  entities: Map<string, { kind: EntityData['kind'] }>;
  /** The entities' Arabic spellings, one array for the whole edition (its patterns are compiled once). */
  names: NameVariants[];
  /** The entities' English forms, lower-cased: a Latin name in an Arabic text may be one of them. */
  english: Set<string>;
  topics: Set<string>;
  glossary: Set<string>;
}

/**
 * An article's checked frontmatter, with the units of its source text (undefined when there is no source file).
 * Without `data` its schema refused it (reported on the file): it exists, but its references are unknown.
 */
export interface ArticleRecord {
  file: string;
  data?: ArticleData | DraftArticleData;
  source: string[] | undefined;
  /** Where its frontmatter's fields are written, for problems to name their lines. */
  lineOf?: LineOf;
}

/** An event record's checked data; without `data` its schema refused it (reported on the file), but it exists. */
export interface EventRecord {
  file: string;
  id: string;
  data?: EventData;
  /** Where its fields are written, for problems to name their lines. */
  lineOf?: LineOf;
}

/** A value read from an MDX attribute: a string, `true` for a bare attribute, undefined when absent. */
export type AttributeValue = string | true | undefined;

/** One <Unit> of an article's body, as the Markdown stage found it (nothing checked yet). */
export interface ExtractedUnit {
  line?: number | undefined;
  n: AttributeValue;
  heading: boolean;
  noise: AttributeValue;
  /**
   * The visible text of <Ar> and <En>, spaces collapsed; undefined when the element is missing. `own` is the text
   * outside the runs of the other language quoted in it (an <Ar> phrase in the gloss), where there are any.
   */
  ar?: { text: string; line?: number | undefined; own?: string };
  en?: { text: string; line?: number | undefined; own?: string };
  /** The <Term> elements inside <Ar>. */
  terms: { id: AttributeValue; line?: number | undefined }[];
  /** The footnotes referenced inside the unit, in order, each once. */
  notes: string[];
}

/** One footnote definition, and the <Note> it holds (undefined when it holds none). */
export interface ExtractedNote {
  id: string;
  line?: number | undefined;
  /** `enOwn`: the English outside the Arabic runs quoted in it (see ExtractedUnit), where there are any. */
  note?: { type: AttributeValue; entity: AttributeValue; en: string; ar: string; enOwn?: string };
}

/** Everything the Markdown stage extracts from an article's body. */
export interface ExtractedBody {
  units: ExtractedUnit[];
  notes: ExtractedNote[];
  /** Every footnote referenced anywhere. */
  referenced: string[];
  /** Footnote references left as text because nothing defines them (remark-gfm's way). */
  unresolved: { id: string; line?: number | undefined }[];
}

// ---- messages used by more than one rule

const notIn = (id: unknown, folder: string) => `"${String(id)}" is not in content/${folder}/`;
const notOneOf = (value: unknown, options: readonly string[]) =>
  `"${String(value)}" is not one of ${options.join(', ')}`;

// ---- files and schemas

/** A field's path ("events.1.units.0") as keys and indexes. */
const pathOf = (field: string): PropertyKey[] =>
  field.split('.').map((key) => (/^\d+$/u.test(key) ? Number(key) : key));

/** Problems that name no line yet, placed on the line their field is written on, where `lineOf` knows it. */
export function onLines(problems: Problem[], lineOf: LineOf | undefined): Problem[] {
  return problems.map((problem) => {
    const line = problem.line ?? lineOf?.(pathOf(problem.field));
    return line ? { ...problem, line } : problem;
  });
}

/** A schema's complaints about some data, each on the field it concerns (and its line, given `lineOf`). */
export function schemaProblems(schema: z.ZodType, data: unknown, file: string, lineOf?: LineOf): Problem[] {
  const result = schema.safeParse(data);
  return result.success
    ? []
    : onLines(
        result.error.issues.map((issue) => ({
          file,
          field: issue.path.join('.') || '(top level)',
          message: issue.message,
        })),
        lineOf,
      );
}

/** A registry file that is not YAML at all. */
export const yamlProblem = (file: string, error: unknown): Problem => ({
  file,
  field: '(file)',
  message: `not valid YAML: ${(error instanceof Error ? error.message : String(error)).split('\n')[0] ?? ''}`,
});

/** Interface strings one language has and another lacks. */
export function translationProblems(dictionaries: Record<string, Record<string, string>>): Problem[] {
  return missingTranslations(dictionaries).map((line) => {
    const [file = '', field = ''] = line.split(': ');
    return { file, field, message: 'missing' };
  });
}

/** The source file an article's slug names must exist. */
export const missingSourceProblem = (file: string, slug: string): Problem => ({
  file,
  field: 'slug',
  message: `no source file sources/${slug}.txt for slug "${slug}"`,
});

// ---- typography of the English text

/**
 * What is wrong with an English text's quotation marks: a straight double quote or apostrophe where the edition writes
 * “ ” ‘ ’ (in the data, so that every page, list, result and file shows the same; the Arabic keeps its own marks and is
 * never checked here). Names the first one, with the words around it; undefined when there is none.
 */
export function straightQuoteMessage(text: string): string | undefined {
  const at = text.search(/["']/u);
  if (at < 0) return undefined;
  const mark = text[at] === '"' ? 'a straight double quote (")' : "a straight apostrophe or single quote (')";
  const around = text.slice(Math.max(0, at - 20), at + 20).trim();
  return `${mark} in English text, at «${around}»: write “ ” for quotations, ‘ ’ inside them and ’ for apostrophes`;
}

/**
 * Straight quotes in a record's English: every string under an `en` key (a bilingual field, a list of English forms),
 * each reported on its field and, given `lineOf`, its line.
 */
export function straightQuoteProblems(file: string, data: unknown, lineOf?: LineOf): Problem[] {
  const problems: Problem[] = [];
  const walk = (value: unknown, at: string[], english: boolean) => {
    if (typeof value === 'string') {
      const message = english ? straightQuoteMessage(value) : undefined;
      if (message) problems.push({ file, field: at.join('.'), message });
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => {
        walk(item, [...at, String(i)], english);
      });
    } else if (value && typeof value === 'object')
      for (const [key, item] of Object.entries(value)) walk(item, [...at, key], english || key === 'en');
  };
  walk(data, [], false);
  return onLines(problems, lineOf);
}

/**
 * Straight quotes in an English page (content/pages/en/): its frontmatter values and its prose, leaving out what is
 * code or markup (code blocks and spans, tags and their attributes, link targets). Each on its line.
 */
export function proseQuoteProblems(file: string, text: string): Problem[] {
  const problems: Problem[] = [];
  const lines = text.split('\n');
  const frontmatterEnd = lines[0] === '---' ? lines.indexOf('---', 1) : -1;
  let fenced = false;
  lines.forEach((line, i) => {
    if (line.startsWith('```')) fenced = !fenced;
    if (fenced || line.startsWith('```') || line.startsWith('import ') || line === '---') return;
    const inFrontmatter = i < frontmatterEnd;
    const prose = line.replace(/`[^`]*`|\]\([^)]*\)|<[^>]*>/gu, ' ');
    const message = straightQuoteMessage(inFrontmatter ? prose.replace(/^[\w-]+:\s*/u, '') : prose);
    const field = inFrontmatter ? (/^([\w-]+):/u.exec(line)?.[1] ?? 'frontmatter') : 'text';
    if (message) problems.push({ file, line: i + 1, field, message });
  });
  return problems;
}

// ---- references between records

/** An article's references to the registries: its outlet and wire services, topics, entities and source. */
export function articleReferenceProblems(article: ArticleRecord, registries: Registries): Problem[] {
  const { file, data } = article;
  if (!data) return [];
  const problems: Problem[] = [];
  const credits = [
    ...(data.outlet ? [['outlet', data.outlet] as const] : []),
    ...data.wire.map((credit, i) => [`wire.${i}`, credit] as const),
  ];
  for (const [field, credit] of credits) {
    if (registries.entities.get(credit.entity)?.kind !== 'outlet')
      problems.push({
        file,
        field: `${field}.entity`,
        message: `"${credit.entity}" is not an outlet in content/entities/`,
      });
  }
  data.topics.forEach((id, i) => {
    if (!registries.topics.has(id)) problems.push({ file, field: `topics.${i}`, message: notIn(id, 'topics') });
  });
  data.entities.forEach((id, i) => {
    if (!registries.entities.has(id)) problems.push({ file, field: `entities.${i}`, message: notIn(id, 'entities') });
  });
  if (!article.source) problems.push(missingSourceProblem(file, data.slug));
  else problems.push(...undatedProblems(file, data, article.source));
  if (data.shortTitle !== undefined) {
    const message = shortTitleMessage(data.shortTitle, data.title.ar);
    if (message) problems.push({ file, field: 'shortTitle', message });
  }
  return problems;
}

/** A short title is at most four words, each a word of the Arabic title (CMOS 14.29: key words of the title). */
export function shortTitleMessage(short: string, title: string): string | undefined {
  const words = short.split(/\s+/u).filter(Boolean);
  if (words.length > 4) return `has ${words.length} words; a short title has at most four`;
  const titleWords = new Set(title.split(/\s+/u));
  const foreign = words.filter((word) => !titleWords.has(word));
  if (foreign.length) return `"${foreign.join(' ')}" is not in the title: a short title takes the title's own words`;
  return undefined;
}

/**
 * Every date the text writes out belongs to an event the article cites from that unit, unless the unit is listed in
 * `datesWithoutEvents` (a date that names no event); a listed unit must write out a date.
 */
function undatedProblems(file: string, data: ArticleData | DraftArticleData, source: string[]): Problem[] {
  const problems: Problem[] = [];
  const cited = new Set(data.events.flatMap((ref) => ref.units));
  source.forEach((line, i) => {
    const n = i + 1;
    const dates = explicitDates(line);
    if (dates.length && !cited.has(n) && !data.datesWithoutEvents.includes(n))
      problems.push({
        file,
        field: 'events',
        message:
          `unit ${n} writes out ${dates.map((date) => `«${date.text}»`).join(', ')} but no event cites it ` +
          `(cite the unit from its event, or list it in datesWithoutEvents)`,
        pending: 'date',
      });
  });
  data.datesWithoutEvents.forEach((n, i) => {
    if (!explicitDates(source[n - 1] ?? '').length)
      problems.push({ file, field: `datesWithoutEvents.${i}`, message: `unit ${n} writes out no date` });
  });
  return problems;
}

/** An event record's id, participants, places and topics. */
export function eventRecordProblems(event: EventRecord, registries: Registries): Problem[] {
  const { file, id, data } = event;
  if (!data) return [];
  const problems: Problem[] = [];
  const { start } = parseEventDate(data.date); // the schema has already refused a bad date
  if (!id.startsWith(`${start}-`))
    problems.push({ file, field: 'id', message: `"${id}" must begin with its date "${start}-"` });
  data.participants.forEach((entity, i) => {
    if (!registries.entities.has(entity))
      problems.push({ file, field: `participants.${i}`, message: notIn(entity, 'entities') });
  });
  data.places.forEach((entity, i) => {
    if (registries.entities.get(entity)?.kind !== 'place')
      problems.push({ file, field: `places.${i}`, message: `"${entity}" is not a place in content/entities/` });
  });
  data.topics.forEach((topic, i) => {
    if (!registries.topics.has(topic)) problems.push({ file, field: `topics.${i}`, message: notIn(topic, 'topics') });
  });
  return problems;
}

/**
 * The articles' references to events: exactly one main event per article, including the article's date; every
 * event known, listed once, and cited by units that exist; every event referred to by some article.
 */
export function eventReferenceProblems(articles: ArticleRecord[], events: EventRecord[]): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map(events.map((event) => [event.id, event]));
  const referred = new Set<string>();
  for (const { file, data, source } of articles) {
    if (!data) continue;
    const refs = data.events;
    const mains = refs.filter((ref) => ref.main).length;
    if (mains !== 1)
      problems.push({
        file,
        field: 'events',
        message: `${mains} events are marked main; exactly one must be`,
        ...(mains === 0 ? { pending: 'frontmatter' as const } : {}),
      });
    refs.forEach((ref, i) => {
      const event = byId.get(ref.id);
      if (!event) {
        problems.push({ file, field: `events.${i}.id`, message: notIn(ref.id, 'events') });
        return;
      }
      referred.add(ref.id);
      if (refs.findIndex((other) => other.id === ref.id) !== i)
        problems.push({ file, field: `events.${i}.id`, message: `"${ref.id}" is listed twice` });
      if (!event.data) return; // its own file's problem
      const date = parseEventDate(event.data.date);
      if (ref.main && (data.date < date.firstDay || data.date > date.lastDay))
        problems.push({
          file,
          field: `events.${i}`,
          message: `the main event "${ref.id}" (${date.edtf}) does not include the article's date ${data.date}`,
        });
      if (!source) return; // reported on the slug
      ref.units.forEach((n, j) => {
        if (n > source.length)
          problems.push({
            file,
            field: `events.${i}.units.${j}`,
            message: `unit ${n} does not exist (the article has ${source.length})`,
          });
      });
    });
  }
  // an article whose frontmatter is refused may well refer to any event
  if (articles.some((article) => !article.data)) return problems;
  for (const event of events) {
    if (!referred.has(event.id))
      problems.push({ file: event.file, field: 'id', message: 'no article refers to this event' });
  }
  return problems;
}

/** Every rule between records: articles against registries and events, events against registries. */
export function referenceProblems(articles: ArticleRecord[], events: EventRecord[], registries: Registries): Problem[] {
  const lines = new Map([...articles, ...events].map((record) => [record.file, record.lineOf]));
  return [
    ...articles.flatMap((article) => articleReferenceProblems(article, registries)),
    ...events.flatMap((event) => eventRecordProblems(event, registries)),
    ...eventReferenceProblems(articles, events),
  ].flatMap((problem) => onLines([problem], lines.get(problem.file)));
}

// ---- an article's body

/** The frontmatter fields the body rules read, taken as found (the article schema checks them separately). */
export interface BodyFrontmatter {
  slug?: unknown;
  entities?: unknown;
  outlet?: unknown;
  wire?: unknown;
}

/**
 * An article's body against its source and the registries: units numbered 1..N once each, Arabic identical to the
 * source line, a real English gloss, known noise kinds and glossary terms; footnotes both referenced and defined, each
 * a typed <Note> in both languages naming a known, declared entity; every entity named in the text listed and
 * annotated at its first mention. Returns the problems and, when there are none, what the pages need of the body.
 */
export function bodyProblems(input: {
  file: string;
  frontmatter: BodyFrontmatter;
  /** The units of sources/<slug>.txt; undefined when there is no such file. */
  source: string[] | undefined;
  body: ExtractedBody;
  registries: Registries;
}): { problems: Problem[]; summary?: ArticleBody } {
  const { file, frontmatter, source, body, registries } = input;
  const slug = typeof frontmatter.slug === 'string' ? frontmatter.slug : '';
  if (!source) return { problems: [missingSourceProblem(file, slug)] };
  const problems: Problem[] = [];
  const report = (line: number | undefined, field: string, message: string, pending?: LeftToDo) =>
    problems.push({ file, ...(line ? { line } : {}), field, message, ...(pending ? { pending } : {}) });

  const units: UnitSummary[] = [];
  for (const unit of body.units) {
    const n = Number(unit.n);
    if (unit.n === true || !Number.isInteger(n) || n < 1) {
      report(unit.line, 'Unit n', `"${String(unit.n)}" is not a unit number`);
      continue;
    }
    const expectedN = units.length + 1;
    if (n !== expectedN)
      report(unit.line, 'Unit n', `found ${n} where unit ${expectedN} belongs (units are 1..N in source order)`);
    const expected = normaliseSpace(source[n - 1] ?? '');
    const ar = unit.ar?.text ?? '';
    const en = unit.en?.text ?? '';
    if (!unit.ar) report(unit.line, `unit ${n}: Ar`, 'missing');
    else if (n <= source.length && ar !== expected) {
      const at = firstDifference(ar, expected);
      report(
        unit.ar.line ?? unit.line,
        `unit ${n}: Ar`,
        `differs from sources/${slug}.txt unit ${n} at character ${at + 1}: ` +
          `expected «${expected.slice(at, at + 30)}», found «${ar.slice(at, at + 30)}»`,
      );
    }
    if (!en) report(unit.en?.line ?? unit.line, `unit ${n}: En`, 'the English gloss is missing or empty', 'gloss');
    // a line the source gives in English (a page widget) is rightly glossed by itself
    else if (en === ar && /\p{Script=Arabic}/u.test(ar))
      report(unit.en?.line, `unit ${n}: En`, 'the gloss is a copy of the Arabic');
    else {
      const quotes = straightQuoteMessage(unit.en?.own ?? en);
      if (quotes) report(unit.en?.line, `unit ${n}: En`, quotes);
    }
    // new:article proposes boilerplate as noise="kind?", for the editor to confirm
    const proposed = typeof unit.noise === 'string' && unit.noise.endsWith('?') ? unit.noise.slice(0, -1) : undefined;
    const noise = unit.noise === undefined || proposed ? undefined : noiseKind.safeParse(unit.noise);
    if (proposed && noiseKind.safeParse(proposed).success)
      report(
        unit.line,
        `unit ${n}: noise`,
        `proposed as "${proposed}" boilerplate: confirm it (noise="${proposed}") or remove the attribute`,
        'noise',
      );
    else if (proposed) report(unit.line, `unit ${n}: noise`, notOneOf(unit.noise, noiseKind.options));
    if (noise && !noise.success) report(unit.line, `unit ${n}: noise`, notOneOf(unit.noise, noiseKind.options));
    const terms: string[] = [];
    for (const term of unit.terms) {
      if (typeof term.id === 'string' && registries.glossary.has(term.id)) terms.push(term.id);
      else report(term.line, `unit ${n}: Term id`, notIn(term.id, 'glossary'));
    }
    units.push({
      n,
      heading: unit.heading,
      ...(noise?.success ? { noise: noise.data } : {}),
      en,
      ar,
      notes: unit.notes,
      terms,
    });
  }
  if (units.length !== source.length)
    report(undefined, 'units', `${units.length} Unit elements, but sources/${slug}.txt has ${source.length} units`);

  for (const { id, line } of body.unresolved) report(line, `footnote [^${id}]`, 'referenced but never defined');
  for (const { id, line } of body.notes) {
    if (!body.referenced.includes(id)) report(line, `footnote [^${id}]`, 'defined but never referenced');
  }
  const notes = noteProblems(body.notes, units, frontmatter, registries, report);
  const declared = Array.isArray(frontmatter.entities) ? frontmatter.entities.map(String) : [];
  problems.push(...entityNoteProblems(file, units, source, declared, notes, registries.names));
  return problems.length ? { problems } : { problems, summary: { units, notes } };
}

/** Each footnote's <Note>: its type, both texts, and the entity it identifies, known and declared. */
function noteProblems(
  extracted: ExtractedNote[],
  units: UnitSummary[],
  frontmatter: BodyFrontmatter,
  registries: Registries,
  report: (line: number | undefined, field: string, message: string, pending?: LeftToDo) => void,
): NoteSummary[] {
  // An outlet credited as the source of the text may be annotated without being named in it.
  const credits: unknown[] = [
    frontmatter.outlet,
    ...(Array.isArray(frontmatter.wire) ? (frontmatter.wire as unknown[]) : []),
  ];
  const declared = new Set([
    ...(Array.isArray(frontmatter.entities) ? frontmatter.entities.map(String) : []),
    ...credits.flatMap((credit) =>
      credit && typeof credit === 'object' && 'entity' in credit ? [String(credit.entity)] : [],
    ),
  ]);
  const notes: NoteSummary[] = [];
  for (const { id, line, note } of extracted) {
    const where = `footnote [^${id}]`;
    if (!note) {
      report(line, where, 'its text must be a <Note type="…"> with <En> and <Ar>');
      continue;
    }
    const type = noteType.safeParse(note.type);
    if (!type.success) {
      report(line, `${where}: Note type`, notOneOf(note.type, noteType.options));
      continue;
    }
    if (!note.en && !note.ar) {
      const unit = units.find((u) => u.notes.includes(id));
      report(
        line,
        `${where}: Note`,
        `a stub with no text yet${unit ? ` (first cited in unit ${unit.n})` : ''}`,
        'note',
      );
    } else {
      if (!note.en) report(line, `${where}: Note En`, 'missing or empty', 'note');
      if (!note.ar) report(line, `${where}: Note Ar`, 'missing or empty', 'note');
      const quotes = straightQuoteMessage(note.enOwn ?? note.en);
      if (quotes) report(line, `${where}: Note En`, quotes);
    }
    const { entity } = note;
    if (entity !== undefined) {
      if (typeof entity !== 'string' || !registries.entities.has(entity))
        report(line, `${where}: Note entity`, notIn(entity, 'entities'));
      else if (!declared.has(entity))
        report(line, `${where}: Note entity`, `"${entity}" is missing from the frontmatter's entities`);
    } else if (['person', 'organisation', 'place'].includes(type.data)) {
      report(line, `${where}: Note entity`, `a ${type.data} note must name its entity`);
    }
    notes.push({
      en: note.en,
      ar: note.ar,
      id,
      type: type.data,
      ...(typeof entity === 'string' ? { entity } : {}),
      ...(line ? { line } : {}),
    });
  }
  return notes;
}

/**
 * An article's entity annotations: every entity named in its source must be listed in the frontmatter and annotated
 * at or before its first mention; every listed (known) entity must be named.
 */
export function entityNoteProblems(
  file: string,
  units: { n: number; notes: string[] }[],
  source: string[],
  declared: string[],
  notes: { id: string; entity?: string | undefined }[],
  names: NameVariants[],
): Problem[] {
  const problems: Problem[] = [];
  const first = firstMentions(source, names);
  const firstCited = new Map<string, number>();
  for (const unit of units) for (const id of unit.notes) if (!firstCited.has(id)) firstCited.set(id, unit.n);
  for (const [entity, n] of first) {
    if (!declared.includes(entity))
      problems.push({
        file,
        field: 'entities',
        message: `"${entity}" is named in unit ${n} but not listed`,
        pending: 'mention',
      });
    const cited = notes
      .filter((note) => note.entity === entity)
      .map((note) => firstCited.get(note.id) ?? Infinity)
      .reduce((a, b) => Math.min(a, b), Infinity);
    if (cited === Infinity)
      problems.push({
        file,
        field: 'notes',
        message: `"${entity}" (first named in unit ${n}) has no note`,
        pending: 'mention',
      });
    else if (cited > n)
      problems.push({
        file,
        field: 'notes',
        message: `the note on "${entity}" is first cited in unit ${cited}, but unit ${n} names it first`,
      });
  }
  declared.forEach((entity, i) => {
    // an entity the registry lacks is reported by articleReferenceProblems
    if (names.some((known) => known.id === entity) && !first.has(entity))
      problems.push({
        file,
        field: `entities.${i}`,
        message: `"${entity}" is listed but none of its spellings occurs in the text`,
      });
  });
  return problems;
}
