/**
 * A per-user sliding window: at most `limit` questions in any `windowMs`. In memory, because a
 * limit that resets on restart is harmless and needs no shared state for one instance.
 */
export interface RateLimiterOptions {
  limit: number;
  windowMs?: number;
  /** Injectable so tests need not wait out the window. */
  now?: () => number;
}

/** Past this many tracked users, idle ones are swept so memory stays bounded. */
const SWEEP_AT = 10_000;

export class RateLimiter {
  private readonly limit: number;
  private readonly windowMs: number;
  private readonly now: () => number;
  private readonly hits = new Map<string, number[]>();

  constructor(options: RateLimiterOptions) {
    if (!Number.isInteger(options.limit) || options.limit < 1) throw new RangeError(`limit must be a whole number ≥ 1, got ${options.limit}`);
    this.limit = options.limit;
    this.windowMs = options.windowMs ?? 60_000;
    this.now = options.now ?? Date.now;
  }

  /** Counts a question for `key` and tells whether it may be answered; refused ones are not counted. */
  tryTake(key: string): boolean {
    const now = this.now();
    const recent = this.recent(key, now);
    if (recent.length >= this.limit) return false;
    recent.push(now);
    this.hits.set(key, recent);
    if (this.hits.size > SWEEP_AT) this.sweep(now);
    return true;
  }

  /** Whether `key` has used up its window, without counting anything. */
  isFull(key: string): boolean {
    return this.recent(key, this.now()).length >= this.limit;
  }

  private recent(key: string, now: number): number[] {
    return (this.hits.get(key) ?? []).filter((t) => now - t < this.windowMs);
  }

  private sweep(now: number): void {
    for (const key of this.hits.keys()) {
      if (this.recent(key, now).length === 0) this.hits.delete(key);
    }
  }
}
