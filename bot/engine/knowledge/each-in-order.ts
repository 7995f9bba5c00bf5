/**
 * File work on a large folder, a few at a time: `fs.promises` does each open, stat, read and
 * close as its own trip to libuv's thread pool, so one file after another leaves the pool idle
 * (226 ms to hash 2,000 files, one at a time, on the benchmark's folder). `width` files are in
 * flight at once; each result is handed to `use` in the items' order, so a hash over the
 * results stays the same, and at most `width` results are held.
 */
export async function eachInOrder<T, R>(items: readonly T[], width: number, work: (item: T) => Promise<R>, use: (result: R, item: T) => void | Promise<void>): Promise<void> {
  for (let start = 0; start < items.length; start += width) {
    const batch = items.slice(start, start + width);
    const results = await Promise.all(batch.map(work));
    // One at a time: `use` may itself be slow work (a PDF extracted in a worker) that must not run 32-fold.
    for (const [k, result] of results.entries()) await use(result, batch[k]);
  }
}

/** Files read at once while listing and hashing a folder: at most this many times the per-file limit in memory. */
export const FILES_IN_FLIGHT = 32;
