import { z } from 'astro/zod';
import { asciiId, bilingual, isoDay } from './common.ts';

/** How the date of an article's main event was established. */
const dateBasis = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('stated'), note: bilingual.optional() }),
  z.strictObject({ kind: z.literal('deduced'), note: bilingual }),
]);

/** Frontmatter of one article of the edition (content/articles/*.mdx). */
export const articleSchema = z.strictObject({
  slug: asciiId,
  title: bilingual,
  date: isoDay,
  dateBasis,
  /** The outlet as far as the text shows it; null where it cannot be told. */
  outlet: z.strictObject({ name: bilingual, confidence: z.enum(['stated', 'probable', 'possible']) }).nullable(),
  /** The wire service or outlet the text was taken from, where evident. */
  wire: z.array(bilingual).default([]),
  summary: bilingual,
  topics: z.array(asciiId).min(1),
});

export type ArticleData = z.infer<typeof articleSchema>;
