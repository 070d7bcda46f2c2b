import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  keepsWholeCopy,
  offlineDelta,
  offlineManifest,
  pageGroup,
  servedPath,
  shardOf,
  type BuiltFile,
} from '../../src/lib/offline.ts';

const file = (path: string, sha256 = 'a'.repeat(64), bytes = 10, gzip = 4): BuiltFile => ({
  path,
  sha256,
  bytes,
  gzip,
});
const limit = 1024 ** 2;

// A small site of every kind of file, written out by hand.
const site = [
  file('index.html'),
  file('ar/index.html'),
  file('search/index.html'),
  file('ar/search/index.html'),
  file('about/index.html'),
  file('ar/about/index.html'),
  file('404.html'),
  file('favicon.svg'),
  file('_astro/Base.x1.css'),
  file('_astro/client.y2.js'),
  file('_astro/serif.z3.woff2'),
  file('_astro/serif.z3.woff'),
  file('pagefind/pagefind.js'),
  file('pagefind/pagefind-entry.json'),
  file('pagefind/pagefind.zxx_1.pf_meta'),
  file('pagefind/wasm.unknown.pagefind'),
  file('pagefind/index/zxx_1.pf_index'),
  file('pagefind/filter/zxx_2.pf_filter'),
  file('pagefind/fragment/zxx_3.pf_fragment'),
  file('pagefind/pagefind-ui.js'),
  file('search-lexicon/0a.json'),
  file('articles/one/index.html'),
  file('ar/articles/one/index.html'),
  file('articles/one/one-p1.ris'),
  file('search-docs/article-0.bin'),
  file('search-docs/article-0.json'),
  file('search-docs/event-0.bin'),
  file('search-docs/event-0.json'),
  file('search-docs/page-0.bin'),
  file('search-docs/page-0.json'),
  file('events/e/index.html'),
  file('ar/events/e/index.html'),
  file('events/f/index.html'),
  file('ar/events/f/index.html'),
  file('chronology.json'),
  file('sw.js'),
  file('offline.json'),
  file('offline/0.json'),
];
// the search shards, each with the pages of its records
const owners = new Map([
  ['search-docs/article-0.bin', ['articles/one/']],
  ['search-docs/article-0.json', ['articles/one/']],
  ['search-docs/event-0.bin', ['events/e/', 'events/f/']],
  ['search-docs/event-0.json', ['events/e/', 'events/f/']],
  ['search-docs/page-0.bin', ['about/']],
  ['search-docs/page-0.json', ['about/']],
]);

test('pages are listed as the site links them, and other files as they are', () => {
  assert.equal(servedPath('index.html'), '');
  assert.equal(servedPath('ar/articles/x/index.html'), 'ar/articles/x/');
  assert.equal(servedPath('404.html'), '404.html');
  assert.equal(pageGroup('ar/articles/x/?layout=ar'), 'articles/x/');
  assert.equal(pageGroup('events/e/#p3'), 'events/e/');
  assert.equal(pageGroup('ar/'), '');
});

test('the shell is the CSS, scripts, woff2 fonts, home, search and About pages, and the whole search index', () => {
  const { manifest } = offlineManifest(site, { owners, limit });
  assert.deepEqual(
    manifest.shell.entries.map(([path]) => path).sort(),
    [
      '404.html',
      '_astro/Base.x1.css',
      '_astro/client.y2.js',
      '_astro/serif.z3.woff2',
      'about/',
      'ar/',
      'ar/about/',
      'ar/search/',
      'favicon.svg',
      '',
      'pagefind/filter/zxx_2.pf_filter',
      'pagefind/index/zxx_1.pf_index',
      'pagefind/pagefind-entry.json',
      'pagefind/pagefind.js',
      'pagefind/pagefind.zxx_1.pf_meta',
      'pagefind/wasm.unknown.pagefind',
      'search-docs/page-0.bin', // the About page's search result
      'search-docs/page-0.json',
      'search-lexicon/0a.json',
      'search/',
    ].sort(),
  );
  assert.equal(manifest.shell.files, 20);
  assert.equal(manifest.shell.bytes, 200);
  assert.equal(manifest.shell.gzip, 80);
});

test('each page is a group of its two languages, its own files and its search results; the rest is one group', () => {
  const { manifest, shards } = offlineManifest(site, { owners, limit });
  const groups = Object.assign({}, ...shards.map((shard) => shard.groups)) as Record<string, [string, string][]>;
  const paths = (group: string) => groups[group]?.map(([path]) => path).sort();
  assert.deepEqual(Object.keys(groups).sort(), ['*', 'articles/one/', 'events/e/', 'events/f/']);
  assert.deepEqual(paths('articles/one/'), [
    'ar/articles/one/',
    'articles/one/',
    'articles/one/one-p1.ris',
    'search-docs/article-0.bin',
    'search-docs/article-0.json',
  ]);
  // a shard of several pages' records goes with each of them
  assert.deepEqual(paths('events/e/'), [
    'ar/events/e/',
    'events/e/',
    'search-docs/event-0.bin',
    'search-docs/event-0.json',
  ]);
  assert.deepEqual(paths('events/f/'), [
    'ar/events/f/',
    'events/f/',
    'search-docs/event-0.bin',
    'search-docs/event-0.json',
  ]);
  assert.deepEqual(paths('*'), ['_astro/serif.z3.woff', 'chronology.json']);
  // the worker finds a group in the shard the manifest's count names
  for (const [n, shard] of shards.entries()) {
    for (const group of Object.keys(shard.groups)) assert.equal(shardOf(group, manifest.shards), n);
  }
  // never listed: the worker and manifests, Pagefind's fragments and interfaces (the site never fetches them); a
  // file of two groups counted once
  assert.equal(manifest.full.files, 20 + 5 + 2 + 2 + 2 + 2);
  assert.equal(manifest.full.bytes, 330);
  assert.equal(manifest.full.gzip, 132);
});

test('the whole copy is kept without asking only while its gzip is within the limit', () => {
  assert.equal(keepsWholeCopy(2_300_000, 8 * 1024 ** 2), true);
  assert.equal(keepsWholeCopy(8 * 1024 ** 2, 8 * 1024 ** 2), true);
  assert.equal(keepsWholeCopy(8 * 1024 ** 2 + 1, 8 * 1024 ** 2), false);
  assert.equal(offlineManifest(site, { owners, limit: 132 }).manifest.auto, true);
  assert.equal(offlineManifest(site, { owners, limit: 131 }).manifest.auto, false);
});

test('the version depends on every file and on nothing else', () => {
  const index = file('pagefind/x.pf_index', 'c'.repeat(64));
  const files = [file('index.html'), file('a.css', 'b'.repeat(64)), index];
  const version = (list: BuiltFile[]) => offlineManifest(list, { limit }).manifest.version;
  assert.equal(version([...files].reverse()), version(files), 'not on the order');
  assert.notEqual(version([file('index.html'), file('a.css', 'd'.repeat(64)), index]), version(files));
  assert.notEqual(version(files.slice(0, 2)), version(files));
  assert.equal(
    version([...files, file('sw.js', 'e'.repeat(64)), file('offline.json', 'f'.repeat(64))]),
    version(files),
  );
});

test('a new build fetches only the files whose hash changed, and copies the rest', () => {
  const held = new Map([
    ['', 'h1'],
    ['_astro/a.css', 'h2'],
    ['articles/one/', 'h3'],
  ]);
  const { keep, fetch } = offlineDelta(held, [
    ['', 'h1'],
    ['_astro/a.css', 'h2-new'],
    ['articles/one/', 'h3'],
    ['articles/two/', 'h4'],
  ]);
  assert.deepEqual(keep, [
    ['', 'h1'],
    ['articles/one/', 'h3'],
  ]);
  assert.deepEqual(fetch, [
    ['_astro/a.css', 'h2-new'],
    ['articles/two/', 'h4'],
  ]);
});
