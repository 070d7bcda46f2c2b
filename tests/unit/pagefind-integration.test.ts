import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import type { AstroIntegrationLogger } from 'astro';
import { pagefind } from '../../src/integrations/pagefind.ts';

const quiet = () => undefined;
const logger = { info: quiet, warn: quiet, error: quiet } as unknown as AstroIntegrationLogger;

/** Runs the integration's build-done hook over a directory, as `astro build` does. */
async function indexDirectory(dir: string) {
  const hook = pagefind().hooks['astro:build:done'];
  assert.ok(hook);
  await (hook as (options: unknown) => Promise<void>)({ dir: pathToFileURL(`${dir}/`), logger });
}

test('indexing a site writes a Pagefind bundle', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pagefind-'));
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    '<html lang="ar"><body><main data-pagefind-body><p>لافروف</p></main></body></html>',
  );
  await indexDirectory(dir);
  assert.ok(fs.existsSync(path.join(dir, 'pagefind/pagefind.js')));
});

test('a site Pagefind cannot index fails the build', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pagefind-empty-'));
  await assert.rejects(indexDirectory(dir), /Pagefind indexing failed: no page found/u);
});
