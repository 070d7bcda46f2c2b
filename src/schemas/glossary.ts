import { z } from 'astro/zod';
import { bilingual } from './common.ts';

/** A recurring phrase glossed inline where the Arabic uses it (content/glossary/<id>.yaml). */
export const glossarySchema = z.strictObject({
  ar: z.string().trim().min(1),
  en: z.string().trim().min(1),
  transliteration: z.string().trim().min(1),
  note: bilingual,
});
