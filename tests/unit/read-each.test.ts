import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { readEach } from '../../src/integrations/read-each.ts';

test('readEach gives every file its own bytes exactly, whatever the sizes before it in the same slot', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'read-each-'));
  // large, small, empty, larger than a kept buffer, small again: each slot reads several of them in turn
  const sizes = [200_000, 3, 0, 9 * 1024 ** 2, 70_000, 1, 65_536, 150_000, 10];
  const files = sizes.map((size, i) => {
    const name = `f${String(i)}.bin`;
    fs.writeFileSync(path.join(dir, name), Buffer.alloc(size, i + 1));
    return name;
  });
  for (const slots of [1, 2, 16]) {
    const seen = new Map<string, Buffer>();
    await readEach(dir, files, slots, async (file, bytes) => {
      // the bytes hold while the work waits: another slot reads meanwhile
      await new Promise((resolve) => setTimeout(resolve, 1));
      seen.set(file, Buffer.from(bytes));
    });
    assert.deepEqual([...seen.keys()].sort(), [...files].sort(), `${String(slots)} slots: every file once`);
    for (const file of files) assert.ok(seen.get(file)?.equals(fs.readFileSync(path.join(dir, file))), file);
  }
  // a path resolved from the root, or absolute
  const absolute: string[] = [];
  await readEach('', [path.join(dir, 'f1.bin')], 4, (file, bytes) => {
    absolute.push(`${file}:${bytes.toString('hex')}`);
  });
  assert.deepEqual(absolute, [`${path.join(dir, 'f1.bin')}:020202`]);
  await assert.rejects(
    readEach(dir, ['missing'], 2, () => undefined),
    /ENOENT/u,
  );
});
