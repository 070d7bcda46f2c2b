import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { offlineManifest, servedPath, type OfflineManifest } from '../../src/lib/offline.ts';
import { builtPages, dist } from '../support/site.ts';

const file = (filePath: string, sha256 = 'a', bytes = 10) => ({ path: filePath, sha256, bytes });

test('pages are listed as the site links them, and other files as they are', () => {
  assert.equal(servedPath('index.html'), '');
  assert.equal(servedPath('ar/articles/x/index.html'), 'ar/articles/x/');
  assert.equal(servedPath('404.html'), '404.html');
  assert.equal(servedPath('pagefind/fragment/en_1.pf_fragment'), 'pagefind/fragment/en_1.pf_fragment');
});

test('the version depends on every file and on nothing else', () => {
  const index = file('pagefind/x.pf_index', 'c');
  const files = [file('index.html'), file('a.css', 'b'), index];
  const manifest = offlineManifest(files);
  assert.equal(offlineManifest([...files].reverse()).version, manifest.version, 'not on the order');
  assert.notEqual(offlineManifest([file('index.html'), file('a.css', 'changed'), index]).version, manifest.version);
  assert.notEqual(offlineManifest(files.slice(0, 2)).version, manifest.version);
  assert.equal(
    offlineManifest([...files, file('sw.js', 'new'), file('offline.json', 'new')]).version,
    manifest.version,
  );
  assert.equal(manifest.bytes, 30);
  assert.deepEqual(manifest.files, ['a.css', '', 'pagefind/x.pf_index']); // in the order of the files' paths
});

test('the built offline copy holds every page, the whole Pagefind index and the data, within its budget', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(dist, 'offline.json'), 'utf8')) as OfflineManifest;
  const listed = new Set(manifest.files);
  for (const page of builtPages()) assert.ok(listed.has(page.slice(1)), page);
  const pagefind = fs.readdirSync(path.join(dist, 'pagefind'), { recursive: true }) as string[];
  const indexFiles = pagefind.filter((name) => fs.statSync(path.join(dist, 'pagefind', name)).isFile());
  assert.ok(indexFiles.length > 20);
  for (const name of indexFiles) assert.ok(listed.has(`pagefind/${name.split(path.sep).join('/')}`), name);
  for (const data of ['chronology.json', 'chronology.csv', 'chronology.ics', 'feed.xml'])
    assert.ok(listed.has(data), data);
  assert.ok(!listed.has('sw.js') && !listed.has('offline.json'));
  // Bounded: what a reader's device stores for the offline copy of this edition.
  assert.ok(manifest.bytes < 25 * 1024 ** 2, `${manifest.bytes} bytes`);
  const worker = fs.readFileSync(path.join(dist, 'sw.js'), 'utf8');
  assert.ok(worker.startsWith(`const EDITION_BUILD={"version":"${manifest.version}","base":"/"};`));
});
