import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { sourceUnits } from '../../src/lib/units.ts';

export const root = path.resolve(import.meta.dirname, '../..');

/** The units of sources/<slug>.txt, as the edition numbers them. */
export function unitsOf(slug: string): string[] {
  return sourceUnits(fs.readFileSync(path.join(root, 'sources', `${slug}.txt`), 'utf8'));
}

/** The slugs of every published article of the edition (a draft, `draft: true`, has no page). */
export function articleSlugs(): string[] {
  const dir = path.join(root, 'content/articles');
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .filter((name) => !/^draft: true$/mu.test(fs.readFileSync(path.join(dir, name), 'utf8')))
    .map((name) => name.replace(/\.mdx$/u, ''));
}

/** The entity registry as the mention finder needs it: ids and Arabic spellings. */
export function entityRegistry(): { id: string; ar: string[] }[] {
  const dir = path.join(root, 'content/entities');
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => {
      const data = parseYaml(fs.readFileSync(path.join(dir, name), 'utf8')) as { variants: { ar: string[] } };
      return { id: name.slice(0, -'.yaml'.length), ar: data.variants.ar };
    });
}
