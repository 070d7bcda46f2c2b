import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { offlineAutoLimit } from '../../src/lib/constants.ts';
import { shardFile, type OfflineManifest, type OfflineShard } from '../../src/lib/offline.ts';
import { builtPages, dist } from '../support/site.ts';

const manifest = JSON.parse(fs.readFileSync(path.join(dist, 'offline.json'), 'utf8')) as OfflineManifest;
const shards = Array.from(
  { length: manifest.shards },
  (_, n) => JSON.parse(fs.readFileSync(path.join(dist, shardFile(n)), 'utf8')) as OfflineShard,
);
const shell = new Set(manifest.shell.entries.map(([file]) => file));
const grouped = new Map(
  shards
    .flatMap((shard) => Object.entries(shard.groups))
    .flatMap(([group, entries]) => entries.map(([file]) => [file, group])),
);

test('the real edition is kept whole after a first visit: its download is within the limit', () => {
  assert.ok(manifest.full.gzip <= offlineAutoLimit, `${manifest.full.gzip} bytes gzip`);
  assert.equal(manifest.auto, true);
  assert.equal(manifest.limit, offlineAutoLimit);
  // Bounded: what a reader's device stores and downloads for the offline copy of this edition.
  assert.ok(manifest.full.bytes < 25 * 1024 ** 2, `${manifest.full.bytes} bytes`);
  assert.ok(manifest.full.gzip < 4 * 1024 ** 2, `${manifest.full.gzip} bytes gzip`);
});

test('every page is in the shell or in its own group, in both languages; every file once, with its hash', () => {
  for (const page of builtPages()) {
    const file = page.slice(1);
    assert.ok(shell.has(file) || grouped.has(file), page);
    if (grouped.has(file)) assert.equal(grouped.get(file), file.replace(/^ar\//u, ''), page);
  }
  for (const page of ['', 'ar/', 'search/', 'ar/search/', 'about/', 'ar/about/', '404.html'])
    assert.ok(shell.has(page));
  assert.equal(shell.size + grouped.size, manifest.full.files);
  for (const [file, hash] of manifest.shell.entries) {
    assert.match(hash, /^[0-9a-f]{16}$/u, file);
    assert.ok(!grouped.has(file), file);
  }
  for (const group of ['articles/2024-04-09-lavrov-beijing-visit/', 'events/2022-02-24-russian-invasion-of-ukraine/'])
    assert.ok(
      shards.some((shard) => shard.groups[group]),
      group,
    );
  assert.ok(shards.every((shard) => shard.version === manifest.version));
});

test('the shell holds the CSS, scripts, fonts and the whole search index: search works offline for all it keeps', () => {
  const astro = fs.readdirSync(path.join(dist, '_astro'));
  for (const name of astro.filter((n) => !n.endsWith('.woff'))) assert.ok(shell.has(`_astro/${name}`), name);
  const folder = (name: string) => fs.readdirSync(path.join(dist, name)).map((file) => `${name}/${file}`);
  const index = [...folder('pagefind/index'), ...folder('pagefind/filter'), ...folder('search-lexicon')];
  assert.ok(index.length > 20);
  for (const file of index) assert.ok(shell.has(file), file);
  for (const file of ['pagefind/pagefind.js', 'pagefind/pagefind-entry.json']) assert.ok(shell.has(file), file);
  assert.ok(
    [...shell].some((file) => file.endsWith('.pf_meta')) && [...shell].some((f) => f.startsWith('pagefind/wasm.')),
  );
  // an article's search results and citation files go with its page
  const article = 'articles/2024-04-09-lavrov-beijing-visit/';
  const members = shards.flatMap((shard) => shard.groups[article] ?? []).map(([file]) => file);
  assert.ok(
    members.includes('search-docs/article-0.bin') && members.includes('search-docs/article-0.json'),
    'its search results: the shard holding its record',
  );
  assert.ok(
    members.some((file) => file.endsWith('.ris')),
    'its citation files',
  );
  for (const data of ['chronology.json', 'chronology.csv', 'chronology.ics', 'feed.xml'])
    assert.equal(grouped.get(data), '*', data);
  for (const never of ['sw.js', 'offline.json', shardFile(0)]) assert.ok(!shell.has(never) && !grouped.has(never));
  assert.equal(fs.existsSync(path.join(dist, 'pagefind/fragment')), false, 'fragments, never fetched, are not built');
  assert.ok(manifest.shell.gzip < 1024 ** 2, `${manifest.shell.gzip} bytes gzip`);
  const worker = fs.readFileSync(path.join(dist, 'sw.js'), 'utf8');
  assert.ok(worker.startsWith(`const EDITION_BUILD={"version":"${manifest.version}","base":"/"};`));
});
