import fs from 'node:fs';
import { parse } from 'yaml';
import { editionPath } from '../check/edition-files.ts';
import { colophonSchema, type Colophon } from '../schemas/colophon.ts';

let colophon: Colophon | undefined;

/** The edition's colophon, read once; a missing or bad file stops the build naming the file and the field. */
export function loadColophon(): Colophon {
  if (colophon) return colophon;
  const file = editionPath('content/colophon.yaml');
  const name = 'content/colophon.yaml';
  if (!fs.existsSync(file)) throw new Error(`${name}: missing (the editor, licence, version date and contact)`);
  const result = colophonSchema.safeParse(parse(fs.readFileSync(file, 'utf8')));
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `${name}: ${issue.path.join('.') || '(file)'}: ${issue.message}`,
    );
    throw new Error(problems.join('\n'));
  }
  colophon = result.data;
  return colophon;
}
