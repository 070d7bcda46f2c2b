import { z } from 'astro/zod';
import { asciiId } from './common.ts';
import { noteType } from './note.ts';
import { noiseKind } from './unit.ts';

/** A unit as the page needs it outside the MDX body (tables of contents, events, search). */
export const unitSummary = z.strictObject({
  n: z.number().int().positive(),
  heading: z.boolean(),
  noise: noiseKind.optional(),
  en: z.string().min(1),
  ar: z.string().min(1),
  /** Footnotes referenced from this unit, in order. */
  notes: z.array(z.string()),
  /** Glossary terms marked in this unit's Arabic. */
  terms: z.array(asciiId),
});

/** A footnote as the page needs it: its type, the entity it identifies, where it is defined. */
export const noteSummary = z.strictObject({
  id: z.string().min(1),
  type: noteType,
  entity: asciiId.optional(),
  line: z.number().int().positive().optional(),
  /** The note's text in each language, for search. */
  en: z.string().min(1),
  ar: z.string().min(1),
});

/**
 * What the Markdown stage (src/markdown/remark-edition-units.ts) hands on from an article's body, as the
 * `remarkPluginFrontmatter` Astro gives its loader: the other frontmatter fields are left to the article schema.
 */
export const articleBody = z.object({
  units: z.array(unitSummary).min(1),
  notes: z.array(noteSummary),
});

export type UnitSummary = z.infer<typeof unitSummary>;
export type NoteSummary = z.infer<typeof noteSummary>;
export type ArticleBody = z.infer<typeof articleBody>;
