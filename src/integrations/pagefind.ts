import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import * as pagefindApi from 'pagefind';

/** Fails the build with Pagefind's own messages. */
function check(step: string, errors: string[]): void {
  if (errors.length) throw new Error(`Pagefind ${step} failed:\n  ${errors.join('\n  ')}`);
}

/** Indexes the built site with Pagefind at the end of `astro build`; any Pagefind error fails the build. */
export function pagefind(): AstroIntegration {
  return {
    name: 'edition:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefindApi.createIndex({});
          check('startup', errors);
          if (!index) throw new Error('Pagefind startup failed: no index was created');
          const added = await index.addDirectory({ path: outDir });
          check('indexing', added.errors);
          if (added.page_count === 0) throw new Error(`Pagefind indexing failed: no page found in ${outDir}`);
          const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
          check('writing', written.errors);
          logger.info(`indexed ${added.page_count} pages`);
        } finally {
          await pagefindApi.close();
        }
      },
    },
  };
}
