import { z } from 'astro/zod';

/** The kinds of annotation: who or what a name refers to, and what a note corrects or explains. */
export const noteType = z.enum(['person', 'organisation', 'place', 'event', 'term', 'translation', 'fact', 'source']);

export type NoteType = z.infer<typeof noteType>;
