/**
 * A file's bytes through the callback `readFile`: on Node 20 `fs.promises.readFile` reads in
 * small chunks, each a trip to the thread pool, and took twice as long on a folder of 2,000
 * files (and 60 ms for an 18 MB index cache, where this takes one read).
 */
import { readFile } from 'node:fs';
import { promisify } from 'node:util';

export const readWholeFile: (file: string) => Promise<Buffer> = promisify(readFile);
