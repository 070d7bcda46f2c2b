import { z } from 'astro/zod';
import { bilingual, isoDay } from './common.ts';

/** The edition's colophon (content/colophon.yaml): who answers for it, on what terms, which version, how to write. */
export const colophonSchema = z.strictObject({
  /** The editor named in every citation, as a responsible party. */
  editor: bilingual,
  /** The terms of reuse, for the Arabic texts and for the edition's own work. */
  licence: bilingual,
  /** The date of this version of the edition's content: the date a citation of an edition page carries. */
  versionDate: isoDay,
  /** How a reader reaches the editors. */
  contact: bilingual,
});
export type Colophon = z.infer<typeof colophonSchema>;
