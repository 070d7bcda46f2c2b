import { z } from 'astro/zod';
import { asciiId, bilingual, isoDay } from './common.ts';
import { eventReference } from './event.ts';

/** How the date of an article's main event was established (a draft's may still be new:article's guess). */
const dateBasis = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('stated'), note: bilingual.optional() }),
    z.strictObject({ kind: z.literal('deduced'), note: bilingual }),
  ],
  { error: 'must be "stated" or "deduced" (a guessed date is confirmed before publishing)' },
);

/** An outlet or agency credited with a text, with how sure the edition is and why. */
const attribution = z.strictObject({
  entity: asciiId,
  confidence: z.enum(['stated', 'probable', 'possible']),
  note: bilingual,
});

/** Frontmatter of one article of the edition (content/articles/*.mdx). */
export const articleSchema = z.strictObject({
  slug: asciiId,
  title: bilingual,
  /** The Arabic title's short form for later notes and in-text citations, where the first four words make a poor one. */
  shortTitle: z.string().trim().min(1).optional(),
  date: isoDay,
  dateBasis,
  /** The outlet as far as the text shows it; null where it cannot be told. Never a guessed URL or byline. */
  outlet: attribution.nullable(),
  /** The wire services the text was taken from, where evident. */
  wire: z.array(attribution).default([]),
  summary: bilingual,
  /** Topic ids (content/topics/). */
  topics: z.array(asciiId).min(1),
  /** Every entity (content/entities/) the text names. */
  entities: z.array(asciiId).min(1),
  /** The dated events the article reports or mentions (content/events/), with the units naming them. */
  events: z.array(eventReference).min(1),
  /** Units that write out a date naming no event (the end of a statistic's period, say), so that none is missing. */
  datesWithoutEvents: z.array(z.number().int().positive()).default([]),
  /** Published unless `draft: true` (see draftArticleSchema). */
  draft: z.literal(false).optional(),
});

/** Text of a draft, in both languages, where either may still be empty. */
const draftText = z.strictObject({ en: z.string(), ar: z.string() });
const draftAttribution = attribution.extend({ note: draftText });

/**
 * Frontmatter of a draft (`draft: true`, as `npm run new:article` writes it): checked for what is wrong, while what is
 * still empty (texts, topics, events, a guessed date) is reported as left to do; never published.
 */
export const draftArticleSchema = articleSchema.extend({
  draft: z.literal(true),
  title: draftText,
  dateBasis: z.strictObject({ kind: z.enum(['stated', 'deduced', 'guess']), note: draftText.optional() }),
  outlet: draftAttribution.nullable(),
  wire: z.array(draftAttribution).default([]),
  summary: draftText,
  topics: z.array(asciiId),
  entities: z.array(asciiId),
  events: z.array(eventReference),
});

export type ArticleData = z.infer<typeof articleSchema>;
export type DraftArticleData = z.infer<typeof draftArticleSchema>;
