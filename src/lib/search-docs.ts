import type { SearchPassage } from './search-match.ts';

// An article's passages (its title and summary, then each unit) are kept in one file, each passage compressed on
// its own (raw DEFLATE), one after another; the article's head (<id>.json) says where each ends. The browser asks
// for the passages it shows by byte range: a file per article rather than one per paragraph, and no more bytes.

/** The file of an article's passages, beside its head `<id>.json` in the search folder. */
export const passagesFile = (id: string): string => `${id}.bin`;

/** The byte range [start, end) of passage `k` in a passages file whose passages end at `ends`. */
export function passageRange(ends: readonly number[], k: number): [number, number] | undefined {
  const end = ends[k];
  if (end === undefined || k < 0) return undefined;
  return [k === 0 ? 0 : (ends[k - 1] ?? 0), end];
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

/** An article's passages file, each passage's JSON compressed by `deflate`, and where each passage ends in it. */
export function packPassages(
  passages: readonly SearchPassage[],
  deflate: (bytes: Uint8Array) => Uint8Array,
): { bytes: Uint8Array; ends: number[] } {
  const encoder = new TextEncoder();
  const parts = passages.map((passage) => deflate(encoder.encode(JSON.stringify(passage))));
  const ends: number[] = [];
  let size = 0;
  for (const part of parts) ends.push((size += part.length));
  const bytes = new Uint8Array(size);
  for (const [k, part] of parts.entries()) bytes.set(part, passageRange(ends, k)?.[0] ?? 0);
  return { bytes, ends };
}

/** Every passage of a passages file, each inflated by `inflate`: for what reads the whole file (fonts, tests). */
export function unpackPassages(
  bytes: Uint8Array,
  ends: readonly number[],
  inflate: (bytes: Uint8Array) => Uint8Array,
): SearchPassage[] {
  const decoder = new TextDecoder();
  return ends.map((_, k) => {
    const [start, end] = passageRange(ends, k) ?? [0, 0];
    return JSON.parse(decoder.decode(inflate(bytes.subarray(start, end)))) as SearchPassage;
  });
}
