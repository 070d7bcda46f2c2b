import { z } from 'astro/zod';

/**
 * The kinds of annotation: who or what a name refers to, and what a note corrects or explains. An erratum is reserved
 * for what the source gets wrong: it says what is wrong in the source's Arabic, what it most likely meant (or what its
 * English source said) and how sure that is; a form that is legitimate usage (a regional spelling or month name) is a
 * source or term note, not an erratum. A translation note explains how the gloss renders the Arabic.
 */
export const noteType = z.enum([
  'person',
  'organisation',
  'place',
  'event',
  'term',
  'translation',
  'erratum',
  'fact',
  'source',
]);

export type NoteType = z.infer<typeof noteType>;
