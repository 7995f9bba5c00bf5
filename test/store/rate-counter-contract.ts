/**
 * What every RateCounter must do, seen through the RateLimiter that uses it. A test file calls
 * `describeRateCounterContract` with a function that opens a fresh, empty counter.
 */
import { RateCounter } from '../../bot/store/rate-counter';
import { RateLimiter } from '../../bot/teams/rate-limiter';

export interface ContractCounter {
  counter: RateCounter;
  close: () => Promise<void>;
}

export function describeRateCounterContract(name: string, open: () => Promise<ContractCounter>): void {
  describe(`RateCounter contract: ${name}`, () => {
    let harness: ContractCounter;
    let now: number;
    beforeEach(async () => {
      harness = await open();
      now = 1_700_000_000_000;
    });
    afterEach(async () => harness.close());
    const limiter = (limit: number, windowMs: number, limitName = 'question') => new RateLimiter({ name: limitName, limit, windowMs, counter: harness.counter, now: () => now });

    it('allows `limit` hits in a window that starts at the first, per user, and again once it ends', async () => {
      const questions = limiter(3, 60_000);
      const taken = [];
      for (let i = 0; i < 4; i += 1) taken.push(await questions.tryTake('anna'));
      expect(taken).toEqual([true, true, true, false]);
      expect(await questions.tryTake('bertil')).toBe(true);
      now += 59_999;
      expect(await questions.tryTake('anna')).toBe(false);
      now += 1;
      expect(await questions.tryTake('anna')).toBe(true);
    });

    it('does not count a refused hit, so refusals never extend the wait', async () => {
      const votes = limiter(1, 1000);
      expect(await votes.tryTake('anna')).toBe(true);
      now += 500;
      expect(await votes.tryTake('anna')).toBe(false);
      expect(await votes.tryTake('anna')).toBe(false);
      now += 500;
      expect(await votes.tryTake('anna')).toBe(true);
    });

    it('keeps limits with different names apart on one counter', async () => {
      const [questions, votes] = [limiter(1, 60_000, 'question'), limiter(2, 60_000, 'vote')];
      expect(await questions.tryTake('anna')).toBe(true);
      expect(await questions.tryTake('anna')).toBe(false);
      expect([await votes.tryTake('anna'), await votes.tryTake('anna'), await votes.tryTake('anna')]).toEqual([true, true, false]);
    });

    it('tells whether a window is full without counting', async () => {
      const wrongTokens = limiter(2, 15 * 60_000, 'admin-wrong-token');
      expect(await wrongTokens.isFull('10.0.0.1')).toBe(false);
      expect(await wrongTokens.isFull('10.0.0.1')).toBe(false);
      await wrongTokens.tryTake('10.0.0.1');
      expect(await wrongTokens.isFull('10.0.0.1')).toBe(false);
      await wrongTokens.tryTake('10.0.0.1');
      expect(await wrongTokens.isFull('10.0.0.1')).toBe(true);
      now += 15 * 60_000;
      expect(await wrongTokens.isFull('10.0.0.1')).toBe(false);
    });

    it('lets exactly `limit` of many simultaneous hits through', async () => {
      const questions = limiter(5, 60_000);
      const taken = await Promise.all(Array.from({ length: 20 }, () => questions.tryTake('anna')));
      expect(taken.filter(Boolean)).toHaveLength(5);
    });
  });
}
