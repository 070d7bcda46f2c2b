import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { CitationFiles } from '../data/citation-files.ts';
import { exportFormats, exportFormatsAt, paragraphFile } from '../lib/citation.ts';

const extensions = ['bib', 'ris', 'json'] as const;

/**
 * Writes every page's and paragraph's BibTeX, RIS and CSL-JSON files at the end of `astro build`, in one pass
 * from the list the build wrote to `list` (then removes it): tens of thousands of small files that would
 * otherwise be as many routes.
 */
export function citationFilesIntegration(options: { list: string }): AstroIntegration {
  return {
    name: 'edition:citation-files',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = path.resolve(fileURLToPath(dir));
        const listFile = path.join(outDir, options.list);
        const pages = JSON.parse(await fs.readFile(listFile, 'utf8')) as CitationFiles[];
        await fs.rm(listFile);
        let written = 0;
        const inside = (file: string) => {
          const target = path.resolve(outDir, file);
          if (!target.startsWith(outDir + path.sep)) throw new Error(`${options.list}: ${file}: outside the site`);
          return target;
        };
        // every name is checked before anything is written: a folder outside the site is not even made
        for (const page of pages) inside(`${page.dir}/${page.name}`);
        const write = async (file: string, formats: Record<(typeof extensions)[number], string>) => {
          const target = inside(file);
          await Promise.all(extensions.map((ext) => fs.writeFile(`${target}.${ext}`, formats[ext])));
          written += extensions.length;
        };
        for (const page of pages) {
          await fs.mkdir(path.resolve(outDir, page.dir), { recursive: true });
          await write(`${page.dir}/${page.name}`, exportFormats(page.item));
          for (const n of page.paragraphs)
            await write(`${page.dir}/${paragraphFile(page.name, n)}`, exportFormatsAt(page.item, n));
        }
        logger.info(`wrote ${written} citation files`);
      },
    },
  };
}
