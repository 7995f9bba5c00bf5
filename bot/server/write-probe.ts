/**
 * Can the data folder still be written? /readyz asks on demand; the answer is kept for a few
 * seconds so a busy probe cannot turn into a stream of disk writes. A full disk, a folder made
 * read-only or removed under the running bot all make readiness fail with the reason.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { describeFolderError } from '../config/describe-folder-error';

const PROBE_FILE = '.molnkoll-write-probe';
const DEFAULT_CACHE_MS = 5000;

export interface WriteProbeResult {
  writable: boolean;
  /** Why not, naming the variable and the fix; absent when writable. */
  problem?: string;
}

export class WriteProbe {
  private last: { at: number; result: WriteProbeResult } | undefined;
  private running: Promise<WriteProbeResult> | undefined;

  constructor(
    private readonly dataDir: string,
    private readonly options: { cacheMs?: number; now?: () => number } = {},
  ) {}

  async check(): Promise<WriteProbeResult> {
    const now = this.options.now?.() ?? Date.now();
    if (this.last && now - this.last.at < (this.options.cacheMs ?? DEFAULT_CACHE_MS)) return this.last.result;
    this.running ??= this.probe().finally(() => (this.running = undefined));
    const result = await this.running;
    this.last = { at: now, result };
    return result;
  }

  /** Writes, syncs and removes a small file: a full disk fails the sync if not the write. */
  private async probe(): Promise<WriteProbeResult> {
    const file = path.join(this.dataDir, PROBE_FILE);
    try {
      const handle = await fs.open(file, 'w');
      try {
        await handle.writeFile(`${Date.now()}\n`);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await fs.rm(file, { force: true });
      return { writable: true };
    } catch (error) {
      return { writable: false, problem: describeFolderError('DATA_DIR', this.dataDir, error) };
    }
  }
}
