import { z } from 'astro/zod';
import { parseEventDate } from '../lib/event-dates.ts';

/** Text given in both of the edition's languages. */
export const bilingual = z.strictObject({
  en: z.string().trim().min(1),
  ar: z.string().trim().min(1),
});

/** A lowercase ASCII identifier, used in URLs and references. */
export const asciiId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase ASCII words joined by hyphens');

/** A calendar day written as a quoted ISO 8601 date, e.g. "2022-10-27". */
export const isoDay = z.iso.date({ error: 'must be a real calendar day written "YYYY-MM-DD"' });

/** A date at year, month or day precision ("2023", "2023-07", "2023-07-25"), each part real. */
export const partialDate = z.union([z.string().regex(/^\d{4}(?:-(?:0[1-9]|1[0-2]))?$/u), isoDay], {
  error: 'must be a date written "YYYY", "YYYY-MM" or "YYYY-MM-DD"',
});

/** An event date in the edition's EDTF subset: "YYYY", "YYYY-MM", "YYYY-MM-DD" or an interval "start/end". */
export const edtfDate = z.string().superRefine((text, ctx) => {
  try {
    parseEventDate(text);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: (error as Error).message });
  }
});
