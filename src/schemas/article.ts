import { z } from 'astro/zod';
import { asciiId, bilingual, isoDay } from './common.ts';
import { eventReference } from './event.ts';

/** How the date of an article's main event was established. */
const dateBasis = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('stated'), note: bilingual.optional() }),
  z.strictObject({ kind: z.literal('deduced'), note: bilingual }),
]);

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
});

export type ArticleData = z.infer<typeof articleSchema>;
