import assert from 'node:assert/strict';
import { test } from 'node:test';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { inflateRaw } from '../../src/client/byte-range.ts';
import {
  packShard,
  partRange,
  rangeHeader,
  requestedRange,
  shardAt,
  shardSize,
  unpackShard,
} from '../../src/lib/search-docs.ts';

const passage = (n: number, ar: string, en: string) => ({
  n,
  ar,
  en,
  notes: [{ en: 'a note', ar: 'حاشية' }],
  names: {},
});

test('a record is found in the shard of its kind by its rank: shards of 16, counted within each kind', () => {
  const counts = { article: 20, event: 3, entity: 0, page: 1 };
  assert.equal(shardSize, 16);
  assert.deepEqual(shardAt(0, counts), { name: 'article-0', index: 0 });
  assert.deepEqual(shardAt(15, counts), { name: 'article-0', index: 15 });
  assert.deepEqual(shardAt(16, counts), { name: 'article-1', index: 0 });
  assert.deepEqual(shardAt(19, counts), { name: 'article-1', index: 3 });
  assert.deepEqual(shardAt(20, counts), { name: 'event-0', index: 0 });
  assert.deepEqual(shardAt(22, counts), { name: 'event-0', index: 2 });
  assert.deepEqual(shardAt(23, counts), { name: 'page-0', index: 0 });
  assert.equal(shardAt(24, counts), undefined);
  assert.equal(shardAt(-1, counts), undefined);
});

test("a part's byte range, from the lengths of the parts before it", () => {
  // two records: the first a head of 5 bytes and passages of 3 and 4; the second a head of 6
  const lengths = [[5, 3, 4], [6]];
  assert.deepEqual(partRange(lengths, 0, 0), [0, 5]);
  assert.deepEqual(partRange(lengths, 0, 1), [5, 8]);
  assert.deepEqual(partRange(lengths, 0, 2), [8, 12]);
  assert.deepEqual(partRange(lengths, 1, 0), [12, 18]);
  for (const [index, part] of [
    [0, 3],
    [1, 1],
    [2, 0],
    [0, -1],
  ] as const)
    assert.equal(partRange(lengths, index, part), undefined, `${String(index)}, ${String(part)}`);
  // RFC 9110 §14.1.2: the last byte position is inclusive
  assert.equal(rangeHeader([0, 500]), 'bytes=0-499');
  assert.equal(rangeHeader([8, 12]), 'bytes=8-11');
});

test('the range a Range header asks of a file (RFC 9110 §14.1.2 examples, a file of 10,000 bytes)', () => {
  assert.deepEqual(requestedRange('bytes=0-499', 10000), [0, 500]);
  assert.deepEqual(requestedRange('bytes=500-999', 10000), [500, 1000]);
  assert.deepEqual(requestedRange('bytes=-500', 10000), [9500, 10000]);
  assert.deepEqual(requestedRange('bytes=9500-', 10000), [9500, 10000]);
  assert.deepEqual(requestedRange('bytes=9500-20000', 10000), [9500, 10000], 'a last position past the end');
  assert.deepEqual(requestedRange('bytes=-20000', 10000), [0, 10000]);
  // answered with the whole file: none, several ranges, another unit, nothing the file holds, nonsense
  for (const header of [null, '', 'bytes=0-0,-1', 'items=0-4', 'bytes=10000-', 'bytes=5-4', 'bytes=-', 'bytes=a-b'])
    assert.equal(requestedRange(header, 10000), undefined, String(header));
});

test("a shard: each record's head and passages raw DEFLATE on their own, read back by zlib and by the browser's stream", async () => {
  const article = {
    head: { kind: 'article' as const, path: 'articles/a/', title: { en: 'A call', ar: 'اتصال' } },
    passages: [passage(1, 'لافروف في بكين', 'Lavrov in Beijing'), passage(2, 'وانغ يي', 'Wang Yi')],
  };
  const event = {
    head: { kind: 'event' as const, path: 'events/e/', title: { en: 'E', ar: 'ح' }, passage: passage(0, 'ح', 'E') },
    passages: [],
  };
  const { bytes, lengths } = packShard([article, event], (b) => deflateRawSync(b));
  assert.equal(lengths.length, 2);
  assert.equal(lengths[0]?.length, 3, 'a head and two passages');
  assert.equal(lengths[1]?.length, 1, 'a head alone');
  assert.equal(
    lengths.flat().reduce((sum, length) => sum + length, 0),
    bytes.length,
  );
  const expected = [
    [0, 0, article.head],
    [0, 1, article.passages[0]],
    [0, 2, article.passages[1]],
    [1, 0, event.head],
  ] as const;
  for (const [index, part, value] of expected) {
    const [start, end] = partRange(lengths, index, part) ?? [0, 0];
    // zlib (Node's, not this project's) reads each part alone
    assert.deepEqual(JSON.parse(inflateRawSync(bytes.subarray(start, end)).toString('utf8')), value);
    // and so does DecompressionStream('deflate-raw'), which the search page uses
    assert.deepEqual(JSON.parse(await inflateRaw(bytes.subarray(start, end))), value);
  }
  assert.deepEqual(
    unpackShard(bytes, lengths, (b) => inflateRawSync(b)),
    [article, event],
  );
  // the heads alone, the passages skipped
  assert.deepEqual(
    unpackShard(bytes, lengths, (b) => inflateRawSync(b), 'heads'),
    [
      { head: article.head, passages: [] },
      { head: event.head, passages: [] },
    ],
  );
});
