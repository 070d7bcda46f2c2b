import { placeAt, type SearchLayout } from './search-layout.ts';
import type { SearchHead, SearchPassage } from './search-match.ts';

// What the search results show, kept in shards: the records of one kind, in rank order, `shardSize` at a time. A
// shard is two files: <kind>-<n>.bin holds each record's head and then its passages (an article's title and summary,
// then each unit), each part raw DEFLATE on its own, one after another; <kind>-<n>.json gives the length of each
// part. The browser fetches a shard's lengths once, then only the parts it shows, by byte range: a few files for
// many articles rather than files per article or per paragraph, and no more bytes for a search.

/** Records per shard: a shard's lengths stay under a kilobyte gzip, and a first search fetches at most ten. */
export const shardSize = 16;

/** A shard's lengths: for each of its records, its head's and then each of its passages'. */
export type ShardLengths = number[][];

/** A record as a shard keeps it. */
export interface ShardRecord {
  head: SearchHead;
  /** An article's passages; other records carry their one passage in the head. */
  passages: SearchPassage[];
}

/** The shard holding the record at a rank (its name, the stem of its two files) and the record's place in it. */
export function shardAt(rank: number, counts: SearchLayout['counts']): { name: string; index: number } | undefined {
  const place = placeAt(rank, counts);
  if (!place) return undefined;
  return { name: `${place.kind}-${String(Math.floor(place.index / shardSize))}`, index: place.index % shardSize };
}

/** The byte range [start, end) of part `part` (0 the head, then each passage) of record `index` in its shard. */
export function partRange(lengths: ShardLengths, index: number, part: number): [number, number] | undefined {
  const record = lengths[index];
  if (!record || part < 0 || part >= record.length) return undefined;
  let start = 0;
  for (const before of lengths.slice(0, index)) for (const length of before) start += length;
  for (const length of record.slice(0, part)) start += length;
  return [start, start + (record[part] ?? 0)];
}

/** The Range header asking for the bytes [start, end). */
export const rangeHeader = ([start, end]: [number, number]): string => `bytes=${String(start)}-${String(end - 1)}`;

/**
 * The byte range [start, end) a Range header asks of a file of `size` bytes, when it asks for one range the file
 * holds (`bytes=a-b`, `bytes=a-`, `bytes=-n`); anything else is answered with the whole file.
 */
export function requestedRange(header: string | null, size: number): [number, number] | undefined {
  const match = /^bytes=(\d*)-(\d*)$/u.exec(header?.trim() ?? '');
  if (!match || (!match[1] && !match[2])) return undefined;
  const [first, last] = [match[1] ? Number(match[1]) : undefined, match[2] ? Number(match[2]) : undefined];
  const start = first ?? Math.max(0, size - (last ?? 0));
  const end = first === undefined ? size : Math.min(size, (last ?? size - 1) + 1);
  return start < end ? [start, end] : undefined;
}

/** A shard's bytes and lengths, each record's head and passages compressed by `deflate`, in the order given. */
export function packShard(
  records: readonly ShardRecord[],
  deflate: (bytes: Uint8Array) => Uint8Array,
): { bytes: Uint8Array; lengths: ShardLengths } {
  const encoder = new TextEncoder();
  const parts = records.map(({ head, passages }) =>
    [head, ...passages].map((part) => deflate(encoder.encode(JSON.stringify(part)))),
  );
  const bytes = new Uint8Array(parts.flat().reduce((size, part) => size + part.length, 0));
  let offset = 0;
  for (const part of parts.flat()) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return { bytes, lengths: parts.map((record) => record.map((part) => part.length)) };
}

/**
 * The records of a shard, each part inflated by `inflate`: for what reads a whole shard (the fonts read every part,
 * the offline copy only the heads, whose pages own the shard: `heads` leaves the passages out).
 */
export function unpackShard(
  bytes: Uint8Array,
  lengths: ShardLengths,
  inflate: (bytes: Uint8Array) => Uint8Array,
  parts: 'all' | 'heads' = 'all',
): ShardRecord[] {
  const decoder = new TextDecoder();
  let offset = 0;
  const next = (length: number): unknown => {
    const part = bytes.subarray(offset, (offset += length));
    return JSON.parse(decoder.decode(inflate(part)));
  };
  return lengths.map(([head = 0, ...passages]) => {
    const record = { head: next(head) as SearchHead, passages: [] as SearchPassage[] };
    if (parts === 'heads') offset += passages.reduce((sum, length) => sum + length, 0);
    else record.passages = passages.map((length) => next(length) as SearchPassage);
    return record;
  });
}
