import { MemoryRateCounter } from '../../bot/store/memory-rate-counter';
import { RateLimiter } from '../../bot/teams/rate-limiter';
import { describeRateCounterContract } from '../store/rate-counter-contract';

describeRateCounterContract('MemoryRateCounter', async () => ({ counter: new MemoryRateCounter(), close: async () => undefined }));

describe('RateLimiter', () => {
  it('rejects a limit that is not a whole number ≥ 1', () => {
    const counter = new MemoryRateCounter();
    expect(() => new RateLimiter({ name: 'question', limit: 0, counter })).toThrow('limit must be a whole number ≥ 1, got 0');
    expect(() => new RateLimiter({ name: 'question', limit: 1.5, counter })).toThrow(RangeError);
  });

  it('rejects a name that could run into the key after it', () => {
    expect(() => new RateLimiter({ name: 'vote:', limit: 1, counter: new MemoryRateCounter() })).toThrow("name must be lowercase words joined by '-', got 'vote:'");
  });
});
