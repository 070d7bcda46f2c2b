import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { CitationFiles } from '../data/citation-files.ts';
import { readBuildData, removeBuildData } from './build-data.ts';
import { referenceFiles } from '../lib/reference-files.ts';

const extensions = ['bib', 'ris', 'json'] as const;

/** The citation files' folder and name in the site, checked inside it before anything is written. */
function inside(outDir: string, file: string): string {
  const target = path.resolve(outDir, file);
  if (!target.startsWith(outDir + path.sep)) throw new Error(`citation files: ${file}: outside the site`);
  return target;
}

/**
 * Writes every article's and event's BibTeX, RIS and CSL-JSON files at the end of `astro build`, from the list the
 * pages left as build data (src/pages/build-data/; removed once read, src/integrations/build-data.ts): small files
 * that would otherwise be as many routes. Keys are checked unique across the edition before anything is written.
 */
export function citationFilesIntegration(): AstroIntegration {
  return {
    name: 'edition:citation-files',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = path.resolve(fileURLToPath(dir));
        try {
          // every name is checked before anything is written: a folder outside the site is not even made
          const keys = new Map<string, string>();
          for await (const page of readBuildData<CitationFiles>(outDir, 'citation-files')) {
            inside(outDir, `${page.dir}/${page.name}`);
            const other = keys.get(page.work.item.id);
            if (other) throw new Error(`citation files: ${page.dir} and ${other} share the key ${page.work.item.id}`);
            keys.set(page.work.item.id, page.dir);
          }
          let written = 0;
          for await (const page of readBuildData<CitationFiles>(outDir, 'citation-files')) {
            const target = inside(outDir, `${page.dir}/${page.name}`);
            await fs.mkdir(path.dirname(target), { recursive: true });
            const formats = referenceFiles(page.work);
            await Promise.all(extensions.map((ext) => fs.writeFile(`${target}.${ext}`, formats[ext])));
            written += extensions.length;
          }
          logger.info(`wrote ${written} citation files`);
        } finally {
          await removeBuildData(outDir, 'citation-files');
        }
      },
    },
  };
}
