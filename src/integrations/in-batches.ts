/**
 * Runs `work` on every item, `size` at a time: one at a time leaves the disk (and libuv's threads) idle between files,
 * all at once would hold a large edition's files in memory together and open too many.
 */
export async function inBatches<T>(items: readonly T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(work));
}
