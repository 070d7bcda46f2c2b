import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { CitationFile } from '../data/citation-files.ts';

/**
 * Writes each paragraph's BibTeX, RIS and CSL-JSON files at the end of `astro build` from the one list the build
 * wrote to `list` (then removes it): some thousand small files that would otherwise be as many routes.
 */
export function paragraphCitations(options: { list: string }): AstroIntegration {
  return {
    name: 'edition:paragraph-citations',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = path.resolve(fileURLToPath(dir));
        const listFile = path.join(outDir, options.list);
        const files = JSON.parse(await fs.readFile(listFile, 'utf8')) as CitationFile[];
        await fs.rm(listFile);
        for (const file of files) {
          const target = path.resolve(outDir, file.path);
          if (!target.startsWith(outDir + path.sep)) throw new Error(`${options.list}: ${file.path}: outside the site`);
          await fs.mkdir(path.dirname(target), { recursive: true });
          await fs.writeFile(target, file.body);
        }
        logger.info(`wrote ${files.length} paragraph citation files`);
      },
    },
  };
}
