/**
 * Where rate limits count: per key, in fixed windows. Kept by the store, so instances that
 * share a store share every budget (N instances must not allow N times the limit).
 */
export interface RateCounter {
  /**
   * Counts one hit for `key` unless it already has `limit` hits in its current window; a window
   * begins at the first hit after the previous one ended and lasts `windowMs`. Returns whether
   * the hit was counted (a refused hit is not, so it does not extend the wait).
   */
  takeRate(key: string, limit: number, windowMs: number, now: Date): Promise<boolean>;
  /** The hits counted for `key` in its current window (0 once that has ended), counting nothing. */
  rateHits(key: string, now: Date): Promise<number>;
}
