import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { compileAll } from '../../src/markdown/compile-pool.ts';

const root = path.resolve(import.meta.dirname, '../..');
const articlesDir = path.join(root, 'content/articles');
// the edition's own articles, each twice over (the pool shares them out in any order; outcomes keep the jobs' order)
const jobs = fs
  .readdirSync(articlesDir)
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => ({ file: path.join(articlesDir, name), code: fs.readFileSync(path.join(articlesDir, name), 'utf8') }));

/** Runs `work` with the real edition's folder as the edition (another unit test may have set another). */
async function inEdition<T>(work: () => Promise<T>): Promise<T> {
  const previous = process.env.EDITION_DIR;
  process.env.EDITION_DIR = root;
  try {
    return await work();
  } finally {
    if (previous === undefined) delete process.env.EDITION_DIR;
    else process.env.EDITION_DIR = previous;
  }
}

test('compiled on worker threads, every article is what the build thread makes of it, in the jobs order', async () => {
  const all = [...jobs, ...jobs];
  const here = await inEdition(() => compileAll(all, articlesDir, 1));
  const threads = await inEdition(() => compileAll(all, articlesDir, 2));
  assert.equal(threads.length, all.length);
  assert.ok(here.every((outcome) => 'result' in outcome));
  assert.deepEqual(threads, here);
});

test("a file's problems come back as its outcome, on a worker as on the build thread", async () => {
  const [first] = jobs;
  assert.ok(first);
  const broken = { ...first, code: first.code.replace('<Unit n={1}>', '<Unit n={7}>') };
  for (const threads of [1, 2]) {
    const [outcome, other] = await inEdition(() => compileAll([broken, first], articlesDir, threads));
    assert.ok(outcome && 'error' in outcome, `threads ${threads}`);
    assert.match(outcome.error, /Unit n: found 7 where unit 1 belongs/u);
    assert.ok(other && 'result' in other);
  }
});
