import { CircuitBreaker } from '../../bot/analyzer/circuit-breaker';

function breakerAt(): { breaker: CircuitBreaker; advance: (ms: number) => void } {
  let now = 1_000_000;
  const breaker = new CircuitBreaker({ failureThreshold: 3, coolDownMs: 30_000, now: () => now });
  return { breaker, advance: (ms) => void (now += ms) };
}

function fail(breaker: CircuitBreaker, times: number): void {
  for (let i = 0; i < times; i++) {
    expect(breaker.tryAcquire()).toBe(true);
    breaker.recordFailure();
  }
}

describe('CircuitBreaker', () => {
  test('stays closed below the threshold and opens on the third consecutive failure', () => {
    const { breaker } = breakerAt();
    fail(breaker, 2);
    expect(breaker.state).toBe('closed');
    fail(breaker, 1);
    expect(breaker.state).toBe('open');
    expect(breaker.tryAcquire()).toBe(false);
  });

  test('a success resets the count: failures must be consecutive', () => {
    const { breaker } = breakerAt();
    fail(breaker, 2);
    breaker.recordSuccess();
    fail(breaker, 2);
    expect(breaker.state).toBe('closed');
  });

  test('after the cool-down it admits exactly one trial', () => {
    const { breaker, advance } = breakerAt();
    fail(breaker, 3);
    advance(29_999);
    expect(breaker.tryAcquire()).toBe(false);
    advance(1);
    expect(breaker.state).toBe('half-open');
    expect(breaker.tryAcquire()).toBe(true);
    expect(breaker.tryAcquire()).toBe(false);
  });

  test('a successful trial closes it', () => {
    const { breaker, advance } = breakerAt();
    fail(breaker, 3);
    advance(30_000);
    expect(breaker.tryAcquire()).toBe(true);
    breaker.recordSuccess();
    expect(breaker.state).toBe('closed');
    expect(breaker.tryAcquire()).toBe(true);
    expect(breaker.tryAcquire()).toBe(true);
  });

  test('a failed trial re-opens it for a full cool-down', () => {
    const { breaker, advance } = breakerAt();
    fail(breaker, 3);
    advance(30_000);
    fail(breaker, 1);
    expect(breaker.state).toBe('open');
    advance(29_999);
    expect(breaker.tryAcquire()).toBe(false);
    advance(1);
    expect(breaker.tryAcquire()).toBe(true);
  });
});
