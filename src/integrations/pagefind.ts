import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefindApi from 'pagefind';
import { gunzipSync } from 'node:zlib';
import type { SearchRecord } from '../data/search-records.ts';

/** The page URL of each fragment Pagefind wrote, by the fragment's hash (the id its search results carry). */
async function fragmentUrls(bundle: string): Promise<Map<string, string>> {
  const dir = path.join(bundle, 'fragment');
  const urls = new Map<string, string>();
  for (const file of await fs.readdir(dir)) {
    // a fragment is gzip of "pagefind_dcd" followed by JSON
    const json = gunzipSync(await fs.readFile(path.join(dir, file))).subarray('pagefind_dcd'.length);
    urls.set(file.replace(/\.pf_fragment$/u, ''), (JSON.parse(json.toString('utf8')) as { url: string }).url);
  }
  return urls;
}

/** Fails the build with Pagefind's own messages. */
function check(step: string, errors: string[]): void {
  if (errors.length) throw new Error(`Pagefind ${step} failed:\n  ${errors.join('\n  ')}`);
}

/**
 * Indexes the edition with Pagefind at the end of `astro build`: the records the build wrote to `records`
 * (articles with their units, events, entities and pages), which it then removes from the output. Pagefind
 * keeps only each record's keys; the record itself is written to `docs`/<id>.json, under the id Pagefind's
 * results carry, for the browser to check and show. Any Pagefind error fails the build.
 */
export function pagefind(options: { records: string; docs: string }): AstroIntegration {
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
            const results = await Promise.all(
              batch.map(({ url, language, content, meta, filters }) =>
                index.addCustomRecord({ url, language, content, meta, filters }),
              ),
            );
            results.forEach((result, j) => {
              check(`indexing ${batch[j]?.url ?? ''}`, result.errors);
            });
          }
          if (records.length === 0) throw new Error(`Pagefind indexing failed: nothing to index in ${outDir}`);
          const bundle = path.join(outDir, 'pagefind');
          const written = await index.writeFiles({ outputPath: bundle });
          check('writing', written.errors);
          const docs = new Map(records.map((record) => [record.url, record.doc]));
          const docsDir = path.join(outDir, options.docs);
          await fs.mkdir(docsDir, { recursive: true });
          for (const [id, url] of await fragmentUrls(bundle)) {
            const doc = docs.get(url);
            if (!doc) throw new Error(`Pagefind wrote a record for ${url}, which the edition does not have`);
            docs.delete(url);
            await fs.writeFile(path.join(docsDir, `${id}.json`), JSON.stringify(doc));
          }
          if (docs.size) throw new Error(`Pagefind wrote no record for ${[...docs.keys()].join(', ')}`);
          logger.info(`indexed ${records.length} records`);
        } finally {
          await pagefindApi.close();
        }
      },
    },
  };
}
