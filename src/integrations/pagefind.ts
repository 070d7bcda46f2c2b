import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefindApi from 'pagefind';
import { constants, deflateRawSync, gunzipSync } from 'node:zlib';
import type { SearchRecord, SearchRecordsHeader } from '../data/search-records.ts';
import { readBuildData, removeBuildData } from './build-data.ts';
import { inBatches } from './in-batches.ts';
import { packPassages, passagesFile } from '../lib/search-docs.ts';
import { indexContent, rankSort, searchLanguage } from '../lib/search-layout.ts';

/** What Pagefind wrote for each record: its fragment's hash (the id its results carry) and how many words it counted. */
async function fragments(bundle: string): Promise<Map<string, { id: string; words: number }>> {
  const dir = path.join(bundle, 'fragment');
  const byUrl = new Map<string, { id: string; words: number }>();
  for (const file of await fs.readdir(dir)) {
    // a fragment is gzip of "pagefind_dcd" followed by JSON
    const json = gunzipSync(await fs.readFile(path.join(dir, file))).subarray('pagefind_dcd'.length);
    const { url, word_count } = JSON.parse(json.toString('utf8')) as { url: string; word_count: number };
    byUrl.set(url, { id: file.replace(/\.pf_fragment$/u, ''), words: word_count });
  }
  return byUrl;
}

/** Fails the build with Pagefind's own messages. */
function check(step: string, errors: string[]): void {
  if (errors.length) throw new Error(`Pagefind ${step} failed:\n  ${errors.join('\n  ')}`);
}

/** Raw DEFLATE at its smallest: a passage is compressed once, at build time. */
const deflate = (bytes: Uint8Array) => deflateRawSync(bytes, { level: constants.Z_BEST_COMPRESSION });

/** Writes files a few dozen at a time. */
const writeAll = (files: [string, string | Uint8Array][]) =>
  inBatches(files, 64, ([file, content]) => fs.writeFile(file, content));

/** The search records the pages left, after their header; read afresh for each pass, never all held at once. */
async function* recordsOf(outDir: string): AsyncGenerator<SearchRecord> {
  let header = true;
  for await (const value of readBuildData<SearchRecord>(outDir, 'search-records')) {
    if (header) header = false;
    else yield value;
  }
}

/**
 * Indexes the edition with Pagefind at the end of `astro build`: the records the pages made (articles, events,
 * entities and pages, with the layout their words follow), left as build data by src/pages/build-data/ and removed
 * once read (src/integrations/build-data.ts). Pagefind gets only each record's words; what a result shows is
 * written to `docs`: the head to <id>.json and an article's passages to <id>.bin (src/lib/search-docs.ts), under
 * the id Pagefind's results carry, so that the browser fetches only what it shows. Pagefind's own result files
 * (fragment/), read here for those ids, are then removed: the site never fetches them. Any Pagefind error fails the
 * build, and so does a record whose words Pagefind counted otherwise than the layout (the positions it returns
 * would then name the wrong paragraphs).
 */
export function pagefind(options: { docs: string }): AstroIntegration {
  return {
    name: 'edition:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        let header: SearchRecordsHeader | undefined;
        for await (const value of readBuildData<SearchRecordsHeader>(outDir, 'search-records')) {
          header = value;
          break;
        }
        if (!header) throw new Error('Pagefind indexing failed: the search records have no header');
        // Pagefind reads its chunk size from the environment when the index is created
        const chunkSize = process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
        process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(header.chunkSize);
        const { stride } = header.layout;
        try {
          const { index, errors } = await pagefindApi.createIndex({});
          check('startup', errors);
          if (!index) throw new Error('Pagefind startup failed: no index was created');
          const expected = new Map<string, number>();
          // Sent in batches, not one round trip at a time, to keep Pagefind's indexer busy.
          let batch: SearchRecord[] = [];
          const send = async () => {
            const results = await Promise.all(
              batch.map(({ url, words, filters, rank }) => {
                const { content, words: count } = indexContent(words, stride);
                expected.set(url, count);
                return index.addCustomRecord({
                  url,
                  language: searchLanguage,
                  content,
                  meta: {},
                  filters,
                  sort: { [rankSort]: String(rank) },
                });
              }),
            );
            results.forEach((result, j) => {
              check(`indexing ${batch[j]?.url ?? ''}`, result.errors);
            });
            batch = [];
          };
          for await (const record of recordsOf(outDir)) {
            batch.push(record);
            if (batch.length === 500) await send();
          }
          await send();
          if (expected.size === 0) throw new Error(`Pagefind indexing failed: nothing to index in ${outDir}`);
          const bundle = path.join(outDir, 'pagefind');
          const written = await index.writeFiles({ outputPath: bundle });
          check('writing', written.errors);
          const ids = await fragments(bundle);
          const docsDir = path.join(outDir, options.docs);
          await fs.mkdir(docsDir, { recursive: true });
          let files: [string, string | Uint8Array][] = [];
          let count = 0;
          for await (const { url, head, passages } of recordsOf(outDir)) {
            const fragment = ids.get(url);
            if (!fragment) throw new Error(`Pagefind wrote no record for ${url}`);
            ids.delete(url);
            if (fragment.words !== expected.get(url)) {
              throw new Error(`Pagefind counted ${fragment.words} words in ${url}, not ${expected.get(url) ?? 0}`);
            }
            if (passages.length) {
              const { bytes, ends } = packPassages(passages, deflate);
              files.push([path.join(docsDir, passagesFile(fragment.id)), bytes]);
              files.push([path.join(docsDir, `${fragment.id}.json`), JSON.stringify({ ...head, passageEnds: ends })]);
            } else {
              files.push([path.join(docsDir, `${fragment.id}.json`), JSON.stringify(head)]);
            }
            if (files.length >= 1024) {
              count += files.length;
              await writeAll(files);
              files = [];
            }
          }
          count += files.length;
          await writeAll(files);
          if (ids.size) throw new Error(`Pagefind wrote a record for ${[...ids.keys()].join(', ')}, which is unknown`);
          await fs.rm(path.join(bundle, 'fragment'), { recursive: true });
          const chunks = (await fs.readdir(path.join(bundle, 'index'))).length;
          logger.info(`indexed ${expected.size} records (${chunks} index files); ${count} result files`);
        } finally {
          if (chunkSize === undefined) delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
          else process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = chunkSize;
          await pagefindApi.close();
          await removeBuildData(outDir, 'search-records');
        }
      },
    },
  };
}
