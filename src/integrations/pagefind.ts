import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefindApi from 'pagefind';
import { gunzipSync } from 'node:zlib';
import type { SearchRecord } from '../data/search-records.ts';
import { takeOver, type SearchRecords } from './build-handoff.ts';
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

/** Writes files a few dozen at a time: one at a time is slow, all at once opens too many. */
async function writeAll(files: [string, string][]): Promise<void> {
  for (let i = 0; i < files.length; i += 64) {
    await Promise.all(files.slice(i, i + 64).map(([file, content]) => fs.writeFile(file, content)));
  }
}

/**
 * How much of the index goes in one of its files (Pagefind counts a word's positions on each record, plus one). A
 * search fetches the files holding its words, and every search first loads the list of all the files: at its
 * default (20,000) Pagefind puts the real edition's index in a few 30 KB files, one fetched for any word; many
 * small files make the list long (about 11 bytes each, gzip). So about 300 files, none larger than the default:
 * measured on the real edition and the 1,000-article corpus (see the README).
 */
export function indexChunkSize(records: SearchRecord[]): number {
  let size = 0;
  for (const { words } of records) {
    const all = words.flat();
    size += all.length + new Set(all).size;
  }
  return Math.min(20_000, Math.max(1000, Math.round(size / 300)));
}

/**
 * Indexes the edition with Pagefind at the end of `astro build`: the records the build made while rendering the pages
 * (articles, events, entities and pages, with the layout their words follow), handed over in the build's process by
 * `src/integrations/build-handoff.ts` (or given by `options.records`), never written to the output. Pagefind gets only each
 * record's words; what a result shows is written to `docs`: the head to <id>.json and an article's passages to
 * <id>/<k>.json, under the id Pagefind's results carry, so that the browser fetches only what it shows. Any Pagefind
 * error fails the build, and so does a record whose words Pagefind counted otherwise than the layout (the positions
 * it returns would then name the wrong paragraphs).
 */
export function pagefind(options: {
  docs: string;
  records?: () => Promise<SearchRecords> | undefined;
}): AstroIntegration {
  const take = options.records ?? (() => takeOver('search-records'));
  return {
    name: 'edition:pagefind',
    hooks: {
      // records left by an earlier build in the same process (a test, a programmatic build) are not this build's
      'astro:build:start': () => {
        if (!options.records) void takeOver('search-records');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const handed = take();
        if (!handed) throw new Error('Pagefind indexing failed: no page of the build made the search records');
        const { layout, records } = await handed;
        // Pagefind reads its chunk size from the environment when the index is created
        const chunkSize = process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
        process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(indexChunkSize(records));
        try {
          const { index, errors } = await pagefindApi.createIndex({});
          check('startup', errors);
          if (!index) throw new Error('Pagefind startup failed: no index was created');
          const expected = new Map<string, number>();
          // Sent in batches, not one round trip at a time, to keep Pagefind's indexer busy.
          for (let i = 0; i < records.length; i += 500) {
            const batch = records.slice(i, i + 500);
            const results = await Promise.all(
              batch.map(({ url, words, filters, rank }) => {
                const { content, words: count } = indexContent(words, layout.stride);
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
          }
          if (records.length === 0) throw new Error(`Pagefind indexing failed: nothing to index in ${outDir}`);
          const bundle = path.join(outDir, 'pagefind');
          const written = await index.writeFiles({ outputPath: bundle });
          check('writing', written.errors);
          const ids = await fragments(bundle);
          const docsDir = path.join(outDir, options.docs);
          await fs.mkdir(docsDir, { recursive: true });
          const files: [string, string][] = [];
          for (const { url, head, passages } of records) {
            const fragment = ids.get(url);
            if (!fragment) throw new Error(`Pagefind wrote no record for ${url}`);
            ids.delete(url);
            if (fragment.words !== expected.get(url)) {
              throw new Error(`Pagefind counted ${fragment.words} words in ${url}, not ${expected.get(url) ?? 0}`);
            }
            files.push([path.join(docsDir, `${fragment.id}.json`), JSON.stringify(head)]);
            if (passages.length) await fs.mkdir(path.join(docsDir, fragment.id), { recursive: true });
            for (const [k, passage] of passages.entries()) {
              files.push([path.join(docsDir, fragment.id, `${k}.json`), JSON.stringify(passage)]);
            }
          }
          if (ids.size) throw new Error(`Pagefind wrote a record for ${[...ids.keys()].join(', ')}, which is unknown`);
          await writeAll(files);
          const chunks = (await fs.readdir(path.join(bundle, 'index'))).length;
          logger.info(`indexed ${records.length} records (${chunks} index files); ${files.length} result files`);
        } finally {
          if (chunkSize === undefined) delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
          else process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = chunkSize;
          await pagefindApi.close();
        }
      },
    },
  };
}
