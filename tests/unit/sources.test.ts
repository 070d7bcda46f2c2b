import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { root } from '../support/edition.ts';

const manifest = JSON.parse(fs.readFileSync(path.join(root, 'sources/MANIFEST.json'), 'utf8')) as {
  file: string;
  seed: string;
  sha256: string;
}[];
const sha256 = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

test("sources/ holds exactly the manifest's files, one per article, byte for byte", () => {
  const files = fs.readdirSync(path.join(root, 'sources')).filter((name) => name.endsWith('.txt'));
  assert.deepEqual(files.sort(), manifest.map((entry) => entry.file).sort());
  const articles = fs.readdirSync(path.join(root, 'content/articles')).map((name) => name.replace(/\.mdx$/u, '.txt'));
  assert.deepEqual(files.sort(), articles.sort());
  for (const entry of manifest) {
    assert.match(entry.file, /^\d{4}-\d{2}-\d{2}-[a-z0-9-]+\.txt$/u);
    assert.equal(sha256(path.join(root, 'sources', entry.file)), entry.sha256, entry.file);
  }
});

// The seeds as received are beside the project where it is made (../shared/seeds) and in CI, which requires them
// (SEEDS_REQUIRED=1), so that this check cannot pass there without them; a clone from where the project is published
// has none, and the manifest's hashes above prove its sources instead.
const seeds = path.resolve(root, process.env.SEEDS_DIR ?? '../shared/seeds');
if (fs.existsSync(seeds) || process.env.SEEDS_REQUIRED === '1') {
  test(`every seed as received (${process.env.SEEDS_DIR ?? '../shared/seeds'}) is a source of the edition, byte for byte`, () => {
    assert.ok(fs.existsSync(seeds), `the seeds as received are not at ${seeds}: set SEEDS_DIR to their folder`);
    const received = fs.readdirSync(seeds).filter((name) => name.endsWith('.txt'));
    assert.ok(received.length >= 5, `${seeds} holds ${String(received.length)} seeds`);
    for (const seed of received) {
      // a source added later by `npm run new:article` names the file it came from, not a seed
      const entry = manifest.find((candidate) => candidate.seed === seed);
      assert.ok(entry, `${seed} is not in sources/MANIFEST.json`);
      assert.equal(sha256(path.join(seeds, seed)), entry.sha256, `${seed} → ${entry.file}`);
    }
  });
}
