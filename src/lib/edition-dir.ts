import path from 'node:path';

/** Resolves a path inside the edition (content/ and sources/); EDITION_DIR swaps in another corpus. */
export function editionPath(relative: string): string {
  return path.resolve(process.env.EDITION_DIR ?? process.cwd(), relative);
}
