import assert from 'node:assert/strict';
import { test } from 'node:test';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { inflateRaw } from '../../src/client/passages-file.ts';
import {
  packPassages,
  passageRange,
  passagesFile,
  rangeHeader,
  requestedRange,
  unpackPassages,
} from '../../src/lib/search-docs.ts';

const passage = (n: number, ar: string, en: string) => ({
  n,
  ar,
  en,
  notes: [{ en: 'a note', ar: 'حاشية' }],
  names: {},
});

test("a passage's byte range, from where the passages end", () => {
  assert.deepEqual(passageRange([3, 7, 12], 0), [0, 3]);
  assert.deepEqual(passageRange([3, 7, 12], 1), [3, 7]);
  assert.deepEqual(passageRange([3, 7, 12], 2), [7, 12]);
  assert.equal(passageRange([3, 7, 12], 3), undefined);
  assert.equal(passageRange([3, 7, 12], -1), undefined);
  assert.equal(passagesFile('zxx_1a2b'), 'zxx_1a2b.bin');
  // RFC 9110 §14.1.2: the last byte position is inclusive
  assert.equal(rangeHeader([0, 500]), 'bytes=0-499');
  assert.equal(rangeHeader([7, 12]), 'bytes=7-11');
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

test("an article's passages: one file, each passage raw DEFLATE on its own, read back by zlib and by the browser's stream", async () => {
  const passages = [
    passage(1, 'لافروف في بكين', 'Lavrov in Beijing'),
    passage(2, 'وانغ يي', 'Wang Yi'),
    passage(3, '', ''),
  ];
  const { bytes, ends } = packPassages(passages, (b) => deflateRawSync(b));
  assert.equal(ends.length, 3);
  assert.equal(ends.at(-1), bytes.length);
  assert.ok(
    ends.every((end, k) => end > (ends[k - 1] ?? 0)),
    'every passage takes some bytes',
  );
  for (const [k, expected] of passages.entries()) {
    const [start, end] = passageRange(ends, k) ?? [0, 0];
    // zlib (Node's, not this project's) reads each slice alone
    assert.deepEqual(JSON.parse(inflateRawSync(bytes.subarray(start, end)).toString('utf8')), expected);
    // and so does DecompressionStream('deflate-raw'), which the search page uses
    assert.deepEqual(JSON.parse(await inflateRaw(bytes.subarray(start, end))), expected);
  }
  assert.deepEqual(
    unpackPassages(bytes, ends, (b) => inflateRawSync(b)),
    passages,
  );
  assert.deepEqual(
    packPassages([], (b) => deflateRawSync(b)),
    { bytes: new Uint8Array(), ends: [] },
  );
});
