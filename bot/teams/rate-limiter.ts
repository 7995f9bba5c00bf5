/**
 * A per-user budget: at most `limit` hits in a window of `windowMs` that starts at a user's
 * first hit. Counted by the store's RateCounter, so instances sharing a store share the budget.
 * Fixed windows, not sliding: a user who spends the budget at a window's end may spend it
 * again at the next one's start, at most twice the limit in a moment, which is fine for a chat.
 */
import { RateCounter } from '../store/rate-counter';

/** Presses on cards per user and minute, for the asker's and the helpdesk's buttons alike (each counted apart). */
export const CARD_ACTIONS_PER_MINUTE = 10;

export interface RateLimiterOptions {
  /** Keeps this limit's counts apart from other limits' on the same counter ("question", "vote"). */
  name: string;
  limit: number;
  windowMs?: number;
  counter: RateCounter;
  /** Injectable so tests need not wait out the window. */
  now?: () => number;
}

export class RateLimiter {
  private readonly name: string;
  private readonly limit: number;
  private readonly windowMs: number;
  private readonly counter: RateCounter;
  private readonly now: () => number;

  constructor(options: RateLimiterOptions) {
    if (!Number.isInteger(options.limit) || options.limit < 1) throw new RangeError(`limit must be a whole number ≥ 1, got ${options.limit}`);
    if (!/^[a-z-]+$/.test(options.name)) throw new RangeError(`name must be lowercase words joined by '-', got '${options.name}'`);
    this.name = options.name;
    this.limit = options.limit;
    this.windowMs = options.windowMs ?? 60_000;
    this.counter = options.counter;
    this.now = options.now ?? Date.now;
  }

  /** Counts a hit for `key` and tells whether it may go ahead; refused ones are not counted. */
  async tryTake(key: string): Promise<boolean> {
    return this.counter.takeRate(this.keyOf(key), this.limit, this.windowMs, new Date(this.now()));
  }

  /** Whether `key` has used up its window, without counting anything. */
  async isFull(key: string): Promise<boolean> {
    return (await this.counter.rateHits(this.keyOf(key), new Date(this.now()))) >= this.limit;
  }

  private keyOf(key: string): string {
    return `${this.name}:${key}`;
  }
}
