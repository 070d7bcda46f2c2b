import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';

export const root = path.resolve(import.meta.dirname, '../..');

/**
 * The units of sources/<slug>.txt by the edition's definition, read here rather than by the code under test: its
 * non-empty lines, in order, each exactly as received (a line of white space only is empty).
 */
export function unitsOf(slug: string): string[] {
  const lines = fs.readFileSync(path.join(root, 'sources', `${slug}.txt`), 'utf8').split('\n');
  return lines.filter((line) => /\S/u.test(line));
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
