import { z } from 'astro/zod';
import { bilingual, partialDate } from './common.ts';

/** An office or position held, with the dates it began and ended where known. */
const role = z.strictObject({
  title: bilingual,
  from: partialDate.optional(),
  to: partialDate.optional(),
});

/** A person, organisation, place or outlet named in the sources (content/entities/<id>.yaml). */
export const entitySchema = z
  .strictObject({
    kind: z.enum(['person', 'organisation', 'place', 'outlet']),
    name: bilingual,
    /** Every spelling found in the sources (Arabic) and the usual English forms. */
    variants: z.strictObject({
      ar: z.array(z.string().trim().min(1)).min(1),
      en: z.array(z.string().trim().min(1)).min(1),
    }),
    description: bilingual,
    roles: z.array(role).default([]),
  })
  .refine((entity) => entity.kind === 'person' || entity.roles.length === 0, {
    path: ['roles'],
    message: 'only people have roles',
  });

export type EntityData = z.infer<typeof entitySchema>;
