import fs from 'node:fs/promises';
import path from 'node:path';

/** A file larger than this is read into a buffer of its own, which is not kept for the next file. */
const keptUpTo = 8 * 1024 ** 2;

/**
 * Runs `work` on the bytes of every file (resolved from `root`), `slots` files at a time, each slot reading into one
 * buffer it keeps for its next file: `bytes` is valid only until `work` settles. fs.readFile makes a buffer outside
 * V8's heap for every file, and hundreds of megabytes of them make V8 mark the whole heap again and again: at 1,000
 * articles, a full collection every half second through the steps after the pages, each finding almost nothing to free.
 */
export async function readEach(
  root: string,
  files: readonly string[],
  slots: number,
  work: (file: string, bytes: Buffer) => Promise<void> | void,
): Promise<void> {
  let next = 0;
  const slot = async () => {
    let kept = Buffer.allocUnsafe(64 * 1024);
    for (let file = files[next++]; file !== undefined; file = files[next++]) {
      const handle = await fs.open(path.resolve(root, file));
      let bytes: Buffer;
      try {
        const { size } = await handle.stat();
        let buffer = kept;
        if (size > kept.length) {
          buffer = Buffer.allocUnsafe(size);
          if (size <= keptUpTo) kept = buffer;
        }
        let read = 0;
        while (read < size) {
          const { bytesRead } = await handle.read(buffer, read, size - read, read);
          if (!bytesRead) break;
          read += bytesRead;
        }
        bytes = buffer.subarray(0, read);
      } finally {
        await handle.close();
      }
      await work(file, bytes);
    }
  };
  await Promise.all(Array.from({ length: Math.min(slots, files.length) }, slot));
}
