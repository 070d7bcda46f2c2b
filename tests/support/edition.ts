import fs from 'node:fs';
import path from 'node:path';
import { sourceUnits } from '../../src/lib/units.ts';

export const root = path.resolve(import.meta.dirname, '../..');

/** The units of sources/<slug>.txt, as the edition numbers them. */
export function unitsOf(slug: string): string[] {
  return sourceUnits(fs.readFileSync(path.join(root, 'sources', `${slug}.txt`), 'utf8'));
}

/** The slugs of every article of the edition. */
export function articleSlugs(): string[] {
  return fs
    .readdirSync(path.join(root, 'content/articles'))
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => name.replace(/\.mdx$/u, ''));
}
