import { RateLimiter } from '../../bot/teams/rate-limiter';

describe('RateLimiter', () => {
  it('allows `limit` questions in any window and counts each user apart', () => {
    let now = 0;
    const limiter = new RateLimiter({ limit: 3, windowMs: 60_000, now: () => now });
    expect([1, 2, 3, 4].map(() => limiter.tryTake('anna'))).toEqual([true, true, true, false]);
    expect(limiter.tryTake('bertil')).toBe(true);
    now = 59_999;
    expect(limiter.tryTake('anna')).toBe(false);
    now = 60_000;
    expect(limiter.tryTake('anna')).toBe(true);
  });

  it('slides: a refused question does not extend the wait', () => {
    let now = 0;
    const limiter = new RateLimiter({ limit: 1, windowMs: 1000, now: () => now });
    limiter.tryTake('anna');
    now = 500;
    expect(limiter.tryTake('anna')).toBe(false);
    now = 1000;
    expect(limiter.tryTake('anna')).toBe(true);
  });

  it('rejects a limit that is not a whole number ≥ 1', () => {
    expect(() => new RateLimiter({ limit: 0 })).toThrow(RangeError);
  });
});
