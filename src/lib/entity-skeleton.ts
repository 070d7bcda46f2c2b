import { Document } from 'yaml';
import type { EntityData } from '../schemas/entity.ts';

/** "mark-carney" → "Mark Carney": an English name to start from. */
export const nameFromId = (id: string): string =>
  id
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');

/**
 * A new registry record, as `npm run new:entity` writes it to content/entities/<id>.yaml: every field of the entity
 * schema, with what is known filled in and the rest left empty, for the content check to name until it is written.
 */
export function entitySkeleton(id: string, known: { kind: EntityData['kind']; ar?: string; en?: string }): string {
  const en = known.en ?? nameFromId(id);
  const record = {
    kind: known.kind,
    name: { en, ar: known.ar ?? '' },
    variants: { ar: known.ar ? [known.ar] : [], en: [en] },
    description: { en: '', ar: '' },
    ...(known.kind === 'person' ? { roles: [] } : {}),
  };
  return [
    '# Written by `npm run new:entity`. Fill in what is empty (and every spelling the sources use in variants.ar);',
    '# `npm run check:content` names each field still missing.',
    new Document(record).toString({ lineWidth: 0 }),
  ].join('\n');
}
