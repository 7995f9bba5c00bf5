import { TimeoutError, withTimeout } from '../../bot/timing/with-timeout';

describe('withTimeout', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('resolves with what the work resolves with, and clears its timer', async () => {
    await expect(withTimeout(Promise.resolve(7), 50, 'fast')).resolves.toBe(7);
    await expect(withTimeout(async () => 'done', 50, 'fast')).resolves.toBe('done');
    expect(jest.getTimerCount()).toBe(0);
  });

  it('passes the work’s own failure through, not as a timeout, and clears its timer', async () => {
    await expect(withTimeout(Promise.reject(new RangeError('bad input')), 50, 'checking')).rejects.toThrow(new RangeError('bad input'));
    expect(jest.getTimerCount()).toBe(0);
  });

  it('rejects with a TimeoutError naming the call once the limit has passed, not before', async () => {
    const outcome = withTimeout(new Promise<never>(() => undefined), 50, 'reading the helpdesk roster').then(
      () => 'resolved',
      (error: unknown) => error,
    );
    await jest.advanceTimersByTimeAsync(49);
    expect(jest.getTimerCount()).toBe(1);
    await jest.advanceTimersByTimeAsync(1);
    const error = await outcome;
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ name: 'TimeoutError', what: 'reading the helpdesk roster', ms: 50, message: 'reading the helpdesk roster did not finish within 50 ms' });
    expect(jest.getTimerCount()).toBe(0);
  });

  it('aborts the signal it hands the work at the limit, with the TimeoutError as the reason', async () => {
    let seen: AbortSignal | undefined;
    const outcome = withTimeout((signal) => {
      seen = signal;
      return new Promise<never>(() => undefined);
    }, 20, 'asking Azure').catch((error: unknown) => error);
    expect(seen!.aborted).toBe(false);
    await jest.advanceTimersByTimeAsync(20);
    expect(await outcome).toEqual(new TimeoutError('asking Azure', 20));
    expect(seen!.aborted).toBe(true);
    expect(seen!.reason).toEqual(new TimeoutError('asking Azure', 20));
  });

  it('aborts that signal once the work has settled too, so what the work left running is cancelled', async () => {
    let seen: AbortSignal | undefined;
    await withTimeout(async (signal) => {
      seen = signal;
      return 1;
    }, 1000, 'asking Azure');
    expect(seen!.aborted).toBe(true);
    expect(seen!.reason).not.toBeInstanceOf(TimeoutError);
  });
});
