import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { removeBuildData } from '../../src/integrations/build-data.ts';
import { buildDataFile, buildDataFolder } from '../../src/lib/build-data.ts';

/** A built site with both files of build data the pages leave. */
function siteWithBuildData(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'build-data-'));
  fs.mkdirSync(path.join(dir, buildDataFolder));
  for (const name of ['search-records', 'citation-files'] as const)
    fs.writeFileSync(path.join(dir, buildDataFile(name)), '{}\n');
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html>');
  return dir;
}

test('build data removed by two steps finishing at once leaves neither file nor folder, and no error', async () => {
  for (let round = 0; round < 20; round++) {
    const dir = siteWithBuildData();
    await Promise.all([removeBuildData(dir, 'search-records'), removeBuildData(dir, 'citation-files')]);
    assert.deepEqual(fs.readdirSync(dir), ['index.html']);
  }
  // one at a time: the folder stays while the other's file is in it
  const dir = siteWithBuildData();
  await removeBuildData(dir, 'citation-files');
  assert.deepEqual(fs.readdirSync(path.join(dir, buildDataFolder)), ['search-records.ndjson']);
  await removeBuildData(dir, 'search-records');
  assert.deepEqual(fs.readdirSync(dir), ['index.html']);
});
