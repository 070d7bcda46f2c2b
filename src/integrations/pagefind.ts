import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefindApi from 'pagefind';
import { promisify } from 'node:util';
import { constants, deflateRawSync, gunzip, inflateRawSync } from 'node:zlib';
import type { SearchRecord, SearchRecordsHeader } from '../data/search-records.ts';
import { readBuildData, removeBuildData } from './build-data.ts';
import { readEach } from './read-each.ts';
import type { FolderWrittenLater } from './site-files.ts';
import { packShard, shardAt, unpackShard, type ShardLengths, type ShardRecord } from '../lib/search-docs.ts';
import { indexContent, rankSort, searchLanguage } from '../lib/search-layout.ts';

/** The folder of the site Pagefind writes its index to. */
const pagefindFolder = 'pagefind';

const gunzipped = promisify(gunzip);

/** How many words Pagefind counted in each record, by URL, from its result fragments. */
async function wordCounts(bundle: string): Promise<Map<string, number>> {
  const dir = path.join(bundle, 'fragment');
  const byUrl = new Map<string, number>();
  // the build's last step: unzipped on libuv's threads, a few at a time
  await readEach(dir, await fs.readdir(dir), 16, async (_file, bytes) => {
    // a fragment is gzip of "pagefind_dcd" followed by JSON
    const json = (await gunzipped(bytes)).subarray('pagefind_dcd'.length);
    const { url, word_count } = JSON.parse(json.toString('utf8')) as { url: string; word_count: number };
    byUrl.set(url, word_count);
  });
  return byUrl;
}

/** Fails the build with Pagefind's own messages. */
function check(step: string, errors: string[]): void {
  if (errors.length) throw new Error(`Pagefind ${step} failed:\n  ${errors.join('\n  ')}`);
}

/** Raw DEFLATE at its smallest: a passage is compressed once, at build time. */
const deflate = (bytes: Uint8Array) => deflateRawSync(bytes, { level: constants.Z_BEST_COMPRESSION });

/**
 * A search shard this integration wrote (its .bin, or its `bytes` when already read; its lengths from the .json beside
 * it): every part, or the heads alone (src/lib/search-docs.ts). For the steps after it that read what the search
 * shows: the fonts, the offline copy.
 */
export async function readShard(bin: string, parts: 'all' | 'heads' = 'all', bytes?: Buffer): Promise<ShardRecord[]> {
  const lengths = JSON.parse(await fs.readFile(bin.replace(/\.bin$/u, '.json'), 'utf8')) as ShardLengths;
  return unpackShard(bytes ?? (await fs.readFile(bin)), lengths, (part) => inflateRawSync(part), parts);
}

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
 * once read (src/integrations/build-data.ts). Pagefind gets only each record's words; what a result shows (each
 * record's head and passages) is written to `docs` in shards of records of one kind in rank order
 * (src/lib/search-docs.ts), as the records are read, while Pagefind indexes them: the browser finds a result's shard
 * by its rank and fetches only what it shows. Pagefind's own result files (fragment/), read here for the words it
 * counted, are then removed: the site never fetches them. Any Pagefind error fails the build, and so does a record
 * whose words Pagefind counted otherwise than the layout (the positions it returns would then name the wrong
 * paragraphs), or a record out of rank order. The hook only starts this: the records are read, sent and the index
 * written in the background while the next steps run; `results` (the shards' folder) and `index` (Pagefind's) are
 * written later, and a step that reads one waits for it, where any of these failures is thrown.
 */
export function pagefind(options: { docs: string }): AstroIntegration & {
  results: FolderWrittenLater;
  index: FolderWrittenLater;
} {
  // Pagefind indexes in its own process, on one core: the records are sent, and the index written, in the
  // background while the steps after this one run; they leave its folders alone until they are written.
  let shards: Promise<number> | undefined;
  let writing: Promise<number> | undefined;
  const settled = async (step: Promise<number> | undefined) => {
    if (!step) throw new Error('Pagefind: the search index was never started');
    await step;
  };
  return {
    name: 'edition:pagefind',
    results: { folder: options.docs, written: () => settled(shards) },
    index: { folder: pagefindFolder, written: () => settled(writing) },
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        let header: SearchRecordsHeader | undefined;
        for await (const value of readBuildData<SearchRecordsHeader>(outDir, 'search-records')) {
          header = value;
          break;
        }
        if (!header) {
          await removeBuildData(outDir, 'search-records');
          throw new Error('Pagefind indexing failed: the search records have no header');
        }
        // Pagefind reads its chunk size from the environment when the index is created
        const chunkSize = process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
        process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(header.chunkSize);
        let created: Awaited<ReturnType<typeof pagefindApi.createIndex>>;
        try {
          created = await pagefindApi.createIndex({});
        } finally {
          if (chunkSize === undefined) delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
          else process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = chunkSize;
        }
        const { index, errors } = created;
        try {
          check('startup', errors);
          if (!index) throw new Error('Pagefind startup failed: no index was created');
        } catch (error) {
          await pagefindApi.close();
          await removeBuildData(outDir, 'search-records');
          throw error;
        }
        const expected = new Map<string, number>();
        const sent = sendRecords(index, outDir, path.join(outDir, options.docs), header, expected);
        const written = sent.then(() => writeIndex(index, path.join(outDir, pagefindFolder), expected));
        shards = sent;
        writing = written;
        logger.info('sending the search records to Pagefind while the next steps run');
        // a failure is thrown to whoever waits for the folders, not left as an unhandled rejection meanwhile
        void sent.then(
          (count) => {
            logger.info(`sent ${String(expected.size)} records to Pagefind; wrote ${String(count)} result shards`);
          },
          () => pagefindApi.close(),
        );
        void written.then(
          (chunks) => {
            logger.info(`indexed ${String(expected.size)} records (${String(chunks)} index files)`);
          },
          () => undefined,
        );
      },
    },
  };
}

/**
 * Reads the records the pages left, sends each record's words to Pagefind (in batches, one ahead of Pagefind at
 * most) and writes what each result shows in shards as the records come; removes the build data once read.
 * Resolves to the number of shards; `expected` gets the words of each record as the layout counts them.
 */
async function sendRecords(
  index: pagefindApi.PagefindIndex,
  outDir: string,
  docsDir: string,
  header: SearchRecordsHeader,
  expected: Map<string, number>,
): Promise<number> {
  const { stride, counts } = header.layout;
  const shardNames = new Set<string>();
  try {
    await fs.mkdir(docsDir, { recursive: true });
    // the shard being filled, written whole when the next record belongs to another
    let shard: { name: string; records: ShardRecord[] } | undefined;
    const writeShard = async () => {
      if (!shard) return;
      const { bytes, lengths } = packShard(shard.records, deflate);
      await fs.writeFile(path.join(docsDir, `${shard.name}.bin`), bytes);
      await fs.writeFile(path.join(docsDir, `${shard.name}.json`), JSON.stringify(lengths));
    };
    // Sent in batches, not one round trip at a time, and without waiting for Pagefind to take a batch before the
    // next is read: Pagefind indexes one batch while this process reads the next. A small batch starts Pagefind,
    // the longest step after the pages, as soon as the first records are read.
    let batch: SearchRecord[] = [];
    let taking: Promise<void> = Promise.resolve();
    const send = async () => {
      const records = batch;
      batch = [];
      await taking;
      taking = Promise.all(
        records.map(({ url, words, filters, rank }) => {
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
      ).then((results) => {
        results.forEach((result, j) => {
          check(`indexing ${records[j]?.url ?? ''}`, result.errors);
        });
      });
      // a failure is thrown where the next batch, or the end, waits for this one
      taking.catch(() => undefined);
    };
    for await (const record of recordsOf(outDir)) {
      const place = shardAt(record.rank, counts);
      if (!place) throw new Error(`search record ${record.url}: rank ${String(record.rank)} is beyond the layout`);
      if (place.name !== shard?.name) {
        await writeShard();
        // a shard already written means the records are out of order: its file would be written over
        shard = shardNames.has(place.name) ? undefined : { name: place.name, records: [] };
        shardNames.add(place.name);
      }
      if (place.index !== shard?.records.length) {
        throw new Error(`search record ${record.url}: rank ${String(record.rank)} is out of order`);
      }
      shard.records.push({ head: record.head, passages: record.passages });
      batch.push(record);
      if (batch.length === 100) await send();
    }
    await send();
    await taking;
    await writeShard();
    if (expected.size === 0) throw new Error(`Pagefind indexing failed: nothing to index in ${outDir}`);
    return shardNames.size;
  } finally {
    await removeBuildData(outDir, 'search-records');
  }
}

/**
 * Has Pagefind write the index it was sent, checks the words it counted in each record against the layout, removes
 * its result fragments (the site never fetches them) and closes it; resolves to the number of index files.
 */
async function writeIndex(index: pagefindApi.PagefindIndex, bundle: string, expected: Map<string, number>) {
  try {
    const written = await index.writeFiles({ outputPath: bundle });
    check('writing', written.errors);
    const counted = await wordCounts(bundle);
    for (const [url, words] of expected) {
      const found = counted.get(url);
      if (found === undefined) throw new Error(`Pagefind wrote no record for ${url}`);
      if (found !== words) throw new Error(`Pagefind counted ${String(found)} words in ${url}, not ${String(words)}`);
      counted.delete(url);
    }
    if (counted.size) {
      throw new Error(`Pagefind wrote a record for ${[...counted.keys()].join(', ')}, which is unknown`);
    }
    await fs.rm(path.join(bundle, 'fragment'), { recursive: true });
    return (await fs.readdir(path.join(bundle, 'index'))).length;
  } finally {
    await pagefindApi.close();
  }
}
