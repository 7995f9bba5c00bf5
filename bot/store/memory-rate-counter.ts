/**
 * A RateCounter in this process's memory, for the SQLite store: SQLite means one instance, so
 * there is nobody to share the counts with, and a limit that resets on a restart is harmless.
 * A table would cost a disk write on every question turn for nothing.
 */
import { RateCounter } from './rate-counter';

/** Past this many keys, ended windows are swept so memory stays bounded. */
const SWEEP_AT = 10_000;

export class MemoryRateCounter implements RateCounter {
  private readonly windows = new Map<string, { hits: number; endsAt: number }>();

  async takeRate(key: string, limit: number, windowMs: number, now: Date): Promise<boolean> {
    const at = now.getTime();
    const current = this.windows.get(key);
    if (current && current.endsAt > at) {
      if (current.hits >= limit) return false;
      current.hits += 1;
      return true;
    }
    this.windows.set(key, { hits: 1, endsAt: at + windowMs });
    if (this.windows.size > SWEEP_AT) this.sweep(at);
    return true;
  }

  async rateHits(key: string, now: Date): Promise<number> {
    const current = this.windows.get(key);
    return current && current.endsAt > now.getTime() ? current.hits : 0;
  }

  private sweep(at: number): void {
    for (const [key, window] of this.windows) if (window.endsAt <= at) this.windows.delete(key);
  }
}
