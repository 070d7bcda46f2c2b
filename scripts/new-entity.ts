// `npm run new:entity -- <id> [--kind person|organisation|place|outlet] [--ar "الاسم"] [--en "Name"]`: writes a
// registry record's skeleton to content/entities/<id>.yaml (never overwriting one), for the editor to complete.
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { editionPath } from '../src/check/edition-files.ts';
import { entitySkeleton } from '../src/lib/entity-skeleton.ts';
import { asciiId } from '../src/schemas/common.ts';
import { entitySchema } from '../src/schemas/entity.ts';

const fail = (message: string): never => {
  console.error(`new:entity: ${message}`);
  process.exit(1);
};

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { kind: { type: 'string', default: 'person' }, ar: { type: 'string' }, en: { type: 'string' } },
});
const [id = ''] = positionals;
if (positionals.length !== 1) fail('usage: npm run new:entity -- <id> [--kind person] [--ar "…"] [--en "…"]');
if (!asciiId.safeParse(id).success) fail(`"${id}" must be lowercase ASCII words joined by hyphens`);
const kind = entitySchema.shape.kind.safeParse(values.kind);
if (!kind.success) fail(`--kind must be one of ${entitySchema.shape.kind.options.join(', ')}`);
const file = editionPath(`content/entities/${id}.yaml`);
if (fs.existsSync(file)) fail(`content/entities/${id}.yaml exists already`);
const known = {
  kind: kind.success ? kind.data : ('person' as const),
  ...(values.ar ? { ar: values.ar } : {}),
  ...(values.en ? { en: values.en } : {}),
};
fs.writeFileSync(file, entitySkeleton(id, known), { flag: 'wx' });
console.log(`content/entities/${id}.yaml written: fill in its empty fields (npm run check:content names them)`);
