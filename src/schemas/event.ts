import { z } from 'astro/zod';
import { asciiId, bilingual, edtfDate } from './common.ts';

/** How an event's date was established. */
const dateBasis = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('stated'), note: bilingual.optional() }),
  z.strictObject({ kind: z.literal('deduced'), note: bilingual }),
  z.strictObject({ kind: z.literal('external'), note: bilingual }),
]);

/** A dated real-world event reported or mentioned by the articles (content/events/<id>.yaml). */
export const eventSchema = z.strictObject({
  date: edtfDate,
  dateBasis,
  /** Planned and expected events are those announced or foreseen at the time of the article. */
  status: z.enum(['occurred', 'planned', 'expected']),
  title: bilingual,
  summary: bilingual,
  /** Entity ids of the people, organisations and states taking part. */
  participants: z.array(asciiId).default([]),
  /** Entity ids of the places where it happened. */
  places: z.array(asciiId).default([]),
  topics: z.array(asciiId).min(1),
});

/** An article's reference to an event: the units that report or mention it. */
export const eventReference = z.strictObject({
  id: asciiId,
  /** The article's own main event (exactly one per article). */
  main: z.boolean().default(false),
  units: z.array(z.number().int().positive()).min(1),
});

export type EventData = z.infer<typeof eventSchema>;
