import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { CitationFiles } from '../data/citation-files.ts';
import { takeOver } from './build-handoff.ts';
import { referenceFiles } from '../lib/reference-files.ts';

const extensions = ['bib', 'ris', 'json'] as const;

/**
 * Writes every article's and event's BibTeX, RIS and CSL-JSON files at the end of `astro build`, in one pass over
 * the list the pages handed over in the build's process (`src/integrations/build-handoff.ts`; or given by `options.files`):
 * small files that would otherwise be as many routes. Keys are checked unique across the edition.
 */
export function citationFilesIntegration(
  options: { files?: () => Promise<CitationFiles[]> | undefined } = {},
): AstroIntegration {
  const take = options.files ?? (() => takeOver('citation-files'));
  return {
    name: 'edition:citation-files',
    hooks: {
      // a list left by an earlier build in the same process (a test, a programmatic build) is not this build's
      'astro:build:start': () => {
        if (!options.files) void takeOver('citation-files');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = path.resolve(fileURLToPath(dir));
        const handed = take();
        if (!handed) throw new Error('Citation files failed: no page of the build listed them');
        const pages = await handed;
        let written = 0;
        const inside = (file: string) => {
          const target = path.resolve(outDir, file);
          if (!target.startsWith(outDir + path.sep)) throw new Error(`citation files: ${file}: outside the site`);
          return target;
        };
        // every name is checked before anything is written: a folder outside the site is not even made
        const keys = new Map<string, string>();
        for (const page of pages) {
          inside(`${page.dir}/${page.name}`);
          const other = keys.get(page.work.item.id);
          if (other) throw new Error(`citation files: ${page.dir} and ${other} share the key ${page.work.item.id}`);
          keys.set(page.work.item.id, page.dir);
        }
        const write = async (file: string, formats: Record<(typeof extensions)[number], string>) => {
          const target = inside(file);
          await Promise.all(extensions.map((ext) => fs.writeFile(`${target}.${ext}`, formats[ext])));
          written += extensions.length;
        };
        for (const page of pages) {
          await fs.mkdir(path.resolve(outDir, page.dir), { recursive: true });
          await write(`${page.dir}/${page.name}`, referenceFiles(page.work));
        }
        logger.info(`wrote ${written} citation files`);
      },
    },
  };
}
