import { rangeHeader } from '../lib/search-docs.ts';

/**
 * The bytes [start, end) of a file, asked for by range. A server that ignores the Range header sends the whole file
 * (200), which is then cut here: any static host serves the search. Not through the HTTP cache: Chromium keeps a
 * file's ranges in one cache entry, and a page asking again for several ranges of a file it had cached some of saw
 * one of them fail ("Failed to fetch", found by the search tests); the page asks for each part once anyway, and the
 * offline copy keeps whole files.
 */
export async function fetchRange(url: string, range: [number, number]): Promise<Uint8Array> {
  const response = await fetch(url, { headers: { Range: rangeHeader(range) }, cache: 'no-store' });
  if (!response.ok) throw new Error(`${String(response.status)} ${url}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  return response.status === 206 ? bytes : bytes.subarray(...range);
}

/** The text of raw DEFLATE bytes (a passage, as src/lib/search-docs.ts packs it). */
export async function inflateRaw(bytes: Uint8Array): Promise<string> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Response(stream).text();
}
