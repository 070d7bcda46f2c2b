import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { test } from 'node:test';
import type { AstroIntegrationLogger } from 'astro';
import { pagefind } from '../../src/integrations/pagefind.ts';

const quiet = () => undefined;
const logger = { info: quiet, warn: quiet, error: quiet } as unknown as AstroIntegrationLogger;

/** Runs the integration's build-done hook over a directory, as `astro build` does. */
async function indexDirectory(dir: string) {
  const hook = pagefind({ records: 'records.json', docs: 'docs' }).hooks['astro:build:done'];
  assert.ok(hook);
  await (hook as (options: unknown) => Promise<void>)({ dir: pathToFileURL(`${dir}/`), logger });
}

test('indexing the records writes one Pagefind index for both interfaces', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pagefind-'));
  // a page's own HTML is not indexed: every record comes from the edition's records
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    '<html lang="ar"><body><main data-pagefind-body><p>لافروف</p></main></body></html>',
  );
  const doc = { kind: 'entity', id: 'u', title: { en: 'Lavrov', ar: 'لافروف' } };
  const record = { url: '/u/', language: 'zxx', content: 'lavrov لافروف', meta: {}, filters: {}, doc };
  fs.writeFileSync(path.join(dir, 'records.json'), JSON.stringify([record]));
  await indexDirectory(dir);
  assert.ok(fs.existsSync(path.join(dir, 'pagefind/pagefind.js')));
  const indexes = fs.readdirSync(path.join(dir, 'pagefind')).filter((name) => name.endsWith('.pf_meta'));
  assert.equal(indexes.length, 1, indexes.join(', '));
  assert.match(indexes[0] ?? '', /^pagefind\.zxx_/u);
  const entry = JSON.parse(fs.readFileSync(path.join(dir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  assert.deepEqual(Object.keys(entry.languages), ['zxx']);
  assert.equal(entry.languages.zxx?.page_count, 1);
  assert.equal(fs.existsSync(path.join(dir, 'records.json')), false, 'the records file is not published');
  // the record is written whole under the id of Pagefind's fragment, which holds only the keys
  const [fragment = ''] = fs.readdirSync(path.join(dir, 'pagefind/fragment'));
  const id = fragment.replace(/\.pf_fragment$/u, '');
  assert.deepEqual(JSON.parse(fs.readFileSync(path.join(dir, 'docs', `${id}.json`), 'utf8')), doc);
  const stored = gunzipSync(fs.readFileSync(path.join(dir, 'pagefind/fragment', fragment))).toString('utf8');
  assert.equal(stored.includes('"kind"'), false, 'Pagefind is not given the record');
});

test('a site Pagefind cannot index fails the build', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pagefind-empty-'));
  fs.writeFileSync(path.join(dir, 'records.json'), '[]');
  await assert.rejects(indexDirectory(dir), /Pagefind indexing failed: nothing to index/u);
  const broken = fs.mkdtempSync(path.join(os.tmpdir(), 'pagefind-broken-'));
  fs.writeFileSync(path.join(broken, 'records.json'), JSON.stringify([{ url: '/x/', language: 'zxx' }]));
  await assert.rejects(indexDirectory(broken), /Pagefind/u);
});
