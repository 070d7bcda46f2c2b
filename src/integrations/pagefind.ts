import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefindApi from 'pagefind';
import type { SearchRecord } from '../data/search-records.ts';

/** Fails the build with Pagefind's own messages. */
function check(step: string, errors: string[]): void {
  if (errors.length) throw new Error(`Pagefind ${step} failed:\n  ${errors.join('\n  ')}`);
}

/**
 * Indexes the edition with Pagefind at the end of `astro build`: the records the build wrote to `records`
 * (articles with their units, events, entities and pages), which it then removes from the output. Any
 * Pagefind error fails the build.
 */
export function pagefind(options: { records: string }): AstroIntegration {
  return {
    name: 'edition:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const recordsFile = path.join(outDir, options.records);
        const records = JSON.parse(await fs.readFile(recordsFile, 'utf8')) as SearchRecord[];
        await fs.rm(recordsFile);
        try {
          const { index, errors } = await pagefindApi.createIndex({});
          check('startup', errors);
          if (!index) throw new Error('Pagefind startup failed: no index was created');
          // Sent in batches, not one round trip at a time, to keep Pagefind's indexer busy.
          for (let i = 0; i < records.length; i += 500) {
            const batch = records.slice(i, i + 500);
            const results = await Promise.all(batch.map((record) => index.addCustomRecord(record)));
            results.forEach((result, j) => {
              check(`indexing ${batch[j]?.url ?? ''}`, result.errors);
            });
          }
          if (records.length === 0) throw new Error(`Pagefind indexing failed: nothing to index in ${outDir}`);
          const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
          check('writing', written.errors);
          logger.info(`indexed ${records.length} records`);
        } finally {
          await pagefindApi.close();
        }
      },
    },
  };
}
