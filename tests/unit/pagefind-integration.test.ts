import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync, inflateRawSync } from 'node:zlib';
import { test } from 'node:test';
import type { AstroIntegrationLogger } from 'astro';
import { pagefind } from '../../src/integrations/pagefind.ts';
import { buildDataFile, ndjsonLines } from '../../src/lib/build-data.ts';
import { indexChunkSize } from '../../src/lib/search-layout.ts';

const quiet = () => undefined;
const logger = { info: quiet, warn: quiet, error: quiet } as unknown as AstroIntegrationLogger;

/** Leaves search records in a built site as its pages do (src/pages/build-data/): a header, then the records. */
function leaveRecords(
  dir: string,
  made: { layout: unknown; records: { url?: string; rank?: number; words?: string[] }[] },
) {
  const file = path.join(dir, buildDataFile('search-records'));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const chunkSize = indexChunkSize(made.records.map(({ words }) => ({ words: words ?? [] })));
  fs.writeFileSync(file, [...ndjsonLines([{ layout: made.layout, chunkSize }, ...made.records])].join(''));
}

/** Runs the integration's build-done hook over a directory with the records a build made, as `astro build` does. */
async function indexDirectory(dir: string, made: Parameters<typeof leaveRecords>[1]) {
  leaveRecords(dir, made);
  const integration = pagefind({ docs: 'docs' });
  const hook = integration.hooks['astro:build:done'];
  assert.ok(hook);
  await (hook as (options: unknown) => Promise<void>)({ dir: pathToFileURL(`${dir}/`), logger });
  await integration.index.written(); // Pagefind writes its index after the hook has returned
}

interface Answer {
  id: string;
  score: number;
  words: number[];
}

/** Pagefind's own search script, run here on a written bundle: what the browser would get back. */
async function searchBundle(bundle: string) {
  const realFetch = globalThis.fetch;
  globalThis.fetch = ((url: string | URL) =>
    Promise.resolve(
      new Response(fs.readFileSync(decodeURIComponent(new URL(url, 'file:///').pathname))),
    )) as typeof fetch;
  const module = (await import(pathToFileURL(path.join(bundle, 'pagefind.js')).href)) as {
    createInstance(options: { basePath: string }): {
      init(): Promise<void>;
      search(term: string, options: object): Promise<{ results: Answer[] }>;
      destroy(): Promise<void>;
    };
  };
  const instance = module.createInstance({ basePath: `${bundle}/` });
  await instance.init();
  return {
    search: async (term: string, filters: Record<string, string> = {}) =>
      (await instance.search(term, { filters, sort: { rank: 'asc' } })).results,
    close: async () => {
      await instance.destroy();
      globalThis.fetch = realFetch;
    },
  };
}

// Two records written by hand in blocks of four words: an article (title and summary, then two units, the second
// naming a person) and an entity.
const layout = { stride: 4, counts: { article: 1, event: 0, entity: 1, page: 0 } };
const passage = (ar: string, en: string, n?: number) => ({ ...(n ? { n } : {}), ar, en, notes: [], names: {} });
const articleHead = { kind: 'article', path: 'articles/a/', title: { en: 'A call', ar: 'اتصال' } };
const entityHead = {
  kind: 'entity',
  path: 'entities/lavrov/',
  title: { en: 'Lavrov', ar: 'لافروف' },
  passage: passage('لافروف', 'Lavrov'),
};
const records = [
  {
    url: '/articles/a/',
    rank: 0,
    filters: { year: ['2022'] },
    words: ['callǂ اتصالǂ', 'lavrovǂ lavrovskyǂ لافروفǂ', '2024ǂ lavrovǂ ǂsergeiǁlavrovǂ'],
    head: articleHead,
    passages: [passage('اتصال', 'A call'), passage('لافروف', 'Lavrov, Lavrovsky', 1), passage('2024', 'Lavrov', 2)],
  },
  {
    url: '/entities/lavrov/',
    rank: 1,
    filters: {},
    words: ['lavrovǂ لافروفǂ'],
    head: entityHead,
    passages: [],
  },
];

test('indexing writes one Pagefind index for both interfaces, and what each result shows in shards by kind and rank', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pagefind-'));
  // a page's own HTML is not indexed: every record comes from the edition's records
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    '<html lang="ar"><body><main data-pagefind-body><p>لافروف</p></main></body></html>',
  );
  await indexDirectory(dir, { layout, records });
  const bundle = path.join(dir, 'pagefind');
  const indexes = fs.readdirSync(bundle).filter((name) => name.endsWith('.pf_meta'));
  assert.equal(indexes.length, 1, indexes.join(', '));
  assert.match(indexes[0] ?? '', /^pagefind\.zxx_/u);
  const entry = JSON.parse(fs.readFileSync(path.join(bundle, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  assert.deepEqual(Object.keys(entry.languages), ['zxx']);
  assert.equal(entry.languages.zxx?.page_count, 2);
  assert.deepEqual(
    fs.readdirSync(dir).sort(),
    ['docs', 'index.html', 'pagefind'],
    'the records are no file of the site',
  );

  const pagefindSearch = await searchBundle(bundle);
  try {
    const [article, entity] = await pagefindSearch.search('lavrovǂ');
    assert.ok(article && entity);
    // sorted by rank, Pagefind gives each result minus its rank
    assert.deepEqual([article.score, entity.score].map(Math.abs), [0, 1]);
    // the article's blocks of four words: 0–3 its title and summary, 4–7 its first unit, 8–11 its second
    const blocks = (answer?: Answer) => answer?.words.map((position) => Math.floor(position / 4));
    assert.deepEqual(blocks(article), [1, 2], 'a key whole: every position of it, and only of it');
    assert.deepEqual(entity.words, [0]);
    // what results show, in shards by kind and rank (one article, one entity: a shard each), each part raw DEFLATE
    const shard = (name: string): unknown[][] => {
      const lengths = JSON.parse(fs.readFileSync(path.join(dir, 'docs', `${name}.json`), 'utf8')) as number[][];
      const bytes = fs.readFileSync(path.join(dir, 'docs', `${name}.bin`));
      let offset = 0;
      return lengths.map((parts) =>
        parts.map((length): unknown =>
          JSON.parse(inflateRawSync(bytes.subarray(offset, (offset += length))).toString('utf8')),
        ),
      );
    };
    assert.deepEqual(shard('article-0'), [
      [
        articleHead,
        passage('اتصال', 'A call'),
        passage('لافروف', 'Lavrov, Lavrovsky', 1),
        passage('2024', 'Lavrov', 2),
      ],
    ]);
    assert.deepEqual(shard('entity-0'), [[entityHead]], 'an entity is its head');

    assert.deepEqual(blocks((await pagefindSearch.search('lavr'))[0]), [1, 1, 2], 'a beginning: every word it begins');
    assert.deepEqual(blocks((await pagefindSearch.search('lavrovskyǂ'))[0]), [1]);
    assert.deepEqual(blocks((await pagefindSearch.search('2024ǂ'))[0]), [2], 'digits are one word too');
    assert.deepEqual(blocks((await pagefindSearch.search('لافروفǂ'))[0]), [1]);
    assert.deepEqual(blocks((await pagefindSearch.search('ǂsergeiǁlavrovǂ'))[0]), [2], 'the person mark');
    assert.deepEqual((await pagefindSearch.search('callǂ'))[0]?.words.length, 1);
    // Pagefind answers an unknown word with the longest indexed word it begins with: none can begin these
    for (const absent of ['lavrovsǂ', 'lavrovskys', 'ǂsergeiǂ', 'callsǂ', 'zz']) {
      assert.deepEqual(await pagefindSearch.search(absent), [], absent);
    }
    // it would, were the key end inside a word asked: the folding keeps it out of every key and query word
    assert.deepEqual(blocks((await pagefindSearch.search('lavrovskyǂx'))[0]), [1]);
    assert.deepEqual(
      (await pagefindSearch.search('lavrovǂ', { year: '2022' })).map((r) => r.id),
      [article.id],
      'filters',
    );
  } finally {
    await pagefindSearch.close();
  }
  // Pagefind keeps only the words: what results show is in none of its files; its fragments, never fetched, are gone
  assert.equal(fs.existsSync(path.join(bundle, 'fragment')), false);
  for (const file of fs.readdirSync(bundle, { recursive: true, encoding: 'utf8' })) {
    const full = path.join(bundle, file);
    if (!fs.statSync(full).isFile()) continue;
    const raw = fs.readFileSync(full);
    const text = (raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw) : raw).toString('utf8');
    assert.equal(text.includes('Lavrovsky'), false, `Pagefind is not given the passages (${file})`);
  }
});

test('a site Pagefind cannot index, or whose words it would count otherwise, fails the build', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pagefind-empty-'));
  await assert.rejects(indexDirectory(dir, { layout, records: [] }), /Pagefind indexing failed: nothing to index/u);
  const broken = fs.mkdtempSync(path.join(os.tmpdir(), 'pagefind-broken-'));
  await assert.rejects(indexDirectory(broken, { layout, records: [{ url: '/x/' }] }));
  // a record out of rank order would take another's place in its shard
  const [article = {}] = records;
  const shuffled = fs.mkdtempSync(path.join(os.tmpdir(), 'pagefind-order-'));
  const twoArticles = { ...layout, counts: { ...layout.counts, article: 2, entity: 0 } };
  await assert.rejects(
    indexDirectory(shuffled, { layout: twoArticles, records: [{ ...article, url: '/articles/b/', rank: 1 }, article] }),
    /search record \/articles\/b\/: rank 1 is out of order/u,
  );
  // a word Pagefind does not count (a zero-width space it removes) would move every later position to the wrong passage
  const skipped = fs.mkdtempSync(path.join(os.tmpdir(), 'pagefind-skipped-'));
  const [, entity] = records;
  const words = ['\u200B lavrovǂ'];
  await assert.rejects(
    indexDirectory(skipped, { layout, records: [{ ...entity, words }] }),
    /Pagefind counted 1 words in \/entities\/lavrov\/, not 2/u,
  );
});

test('the records reach the integration as build data the pages left: a build whose pages left none fails', async () => {
  const integration = pagefind({ docs: 'docs' });
  const done = integration.hooks['astro:build:done'] as (options: unknown) => Promise<void>;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pagefind-data-'));
  await assert.rejects(
    done({ dir: pathToFileURL(`${dir}/`), logger }),
    /build-data\/search-records\.ndjson: missing: no page of the build left the search-records/u,
  );
  await assert.rejects(integration.index.written(), /the search index was never started/u);
  leaveRecords(dir, { layout, records });
  await done({ dir: pathToFileURL(`${dir}/`), logger });
  await integration.index.written();
  assert.deepEqual(
    fs.readdirSync(path.join(dir, 'docs')).sort(),
    ['article-0.bin', 'article-0.json', 'entity-0.bin', 'entity-0.json'],
    'a shard for each kind',
  );
  assert.deepEqual(fs.readdirSync(dir).sort(), ['docs', 'pagefind'], 'the build data is removed once read');
});
