// The draft MDX of a new article, written from its source text by `npm run new:article`: every field the article
// schema needs, one <Unit> per line of the source with its Arabic exactly and an empty gloss, boilerplate proposed as
// noise, and a stub note at the first mention of each registry entity. Pure: scripts/new-article.ts does the files.
import { Document, Scalar } from 'yaml';
import type { EntityData } from '../schemas/entity.ts';
import type { NoteType } from '../schemas/note.ts';
import { proposedNoise } from './draft-hints.ts';
import { likeliestDate } from './explicit-dates.ts';
import { mentionSpans, type NameVariants } from './mentions.ts';

/** A registry entity as the draft needs it: its id, kind and Arabic spellings. */
export interface DraftEntity extends NameVariants {
  kind: EntityData['kind'];
}

/** The note type that identifies an entity of each kind (an outlet is annotated as a source). */
const noteTypeOf: Record<EntityData['kind'], NoteType> = {
  person: 'person',
  organisation: 'organisation',
  place: 'place',
  outlet: 'source',
};

/** Text as MDX shows it verbatim: Markdown's and JSX's special characters escaped with a backslash. */
export const escapeMdxText = (text: string): string => text.replace(/[\\`*_[\]<>{}&~|]/gu, '\\$&');

/**
 * The date a draft starts from: given by the editor, or guessed from the text's own dates, or today's as a stand-in;
 * how it is known is left for the editor to settle in every case.
 */
export function draftDate(
  units: string[],
  given: string | undefined,
  today: string,
): { iso: string; guess?: { en: string } } {
  if (given)
    return {
      iso: given,
      guess: {
        en: 'Given with --date when the draft was made: say how it is known (stated by the text, or deduced, with a note).',
      },
    };
  const likeliest = likeliestDate(units);
  if (!likeliest)
    return {
      iso: today,
      guess: { en: `The text writes out no date with a year: ${today}, the day the draft was made, stands in.` },
    };
  const precision =
    likeliest.iso.length === 10 ? '' : ' It is written to the year or month only: the day is a stand-in.';
  return {
    iso: likeliest.iso.length === 10 ? likeliest.iso : `${likeliest.iso}-01-01`.slice(0, 10),
    guess: {
      en: `Guessed from the latest date the text writes out, «${likeliest.text}» in unit ${likeliest.unit}.${precision}`,
    },
  };
}

/** The unit's Arabic, escaped, with a footnote reference after each mention listed in `notesAt` (by end offset). */
function arabicWithNotes(line: string, notesAt: { end: number; id: string }[]): string {
  let text = '';
  let from = 0;
  for (const { end, id } of notesAt) {
    text += `${escapeMdxText(line.slice(from, end))}[^${id}]`;
    from = end;
  }
  return text + escapeMdxText(line.slice(from));
}

/** The whole draft: frontmatter, units and stub notes, as the text of content/articles/<slug>.mdx. */
export function draftArticle(input: {
  slug: string;
  units: string[];
  date: { iso: string; guess?: { en: string } };
  registry: DraftEntity[];
  today: string;
}): string {
  const { slug, date, registry } = input;
  // a line's trailing white space (a Windows line end among it) is nothing a reader sees, and would break the MDX line
  const units = input.units.map((line) => line.trimEnd());
  const kinds = new Map(registry.map((entity) => [entity.id, entity.kind]));
  const noise = proposedNoise(units);
  const firstSeen = new Set<string>();
  const stubs: string[] = [];
  const body = units.map((line, i) => {
    const n = i + 1;
    const notesAt = mentionSpans(line, registry).filter(({ id }) => !firstSeen.has(id) && firstSeen.add(id));
    for (const { id } of notesAt) {
      const kind = kinds.get(id) ?? 'organisation';
      stubs.push(`[^${id}]: <Note type="${noteTypeOf[kind]}" entity="${id}"><En></En><Ar></Ar></Note>`);
    }
    const proposal = noise[i] ? ` noise="${noise[i]}?"` : '';
    return [
      `<Unit n={${n}}${proposal}>`,
      `  <Ar>${arabicWithNotes(line, notesAt)}</Ar>`,
      '  <En></En>',
      '</Unit>',
    ].join('\n');
  });
  const frontmatter = {
    draft: true,
    slug,
    // the first line that is not boilerplate: a page may open with a subscribe prompt
    title: { ar: (units[noise.findIndex((kind) => !kind)] ?? units[0] ?? '').trim(), en: '' },
    date: date.iso,
    dateBasis: date.guess ? { kind: 'guess', note: { en: date.guess.en, ar: '' } } : { kind: 'stated' },
    outlet: null,
    wire: [],
    summary: { en: '', ar: '' },
    topics: [],
    entities: [...firstSeen].sort(),
    events: [],
    datesWithoutEvents: [],
  };
  const header = [
    `# A draft written by \`npm run new:article\` on ${input.today} from sources/${slug}.txt. \`npm run check:content\``,
    '# lists what is left to do; remove `draft: true` to publish (the same list then stops the build).',
  ];
  const yaml = new Document(frontmatter);
  // quoted, or a YAML reader with timestamps would make the date a Date
  const dateNode = yaml.get('date', true);
  if (dateNode instanceof Scalar) dateNode.type = 'QUOTE_SINGLE';
  return [
    '---',
    ...header,
    yaml.toString({ lineWidth: 0 }).trimEnd(),
    '---',
    '',
    body.join('\n\n'),
    '',
    stubs.join('\n\n'),
    '',
  ].join('\n');
}

/**
 * A new article's slug: the one given, or one made from the source's file name, always after the article's date
 * ("2025-06-01-lavrov-visit"), as sources/ names its files.
 */
export function draftSlug(date: string, fileName: string, given?: string): string {
  const words = (given ?? fileName.replace(/\.[^.]*$/u, ''))
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
    .replace(/^\d{4}-\d{2}-\d{2}-?/u, '');
  return `${date}-${words || 'article'}`;
}
