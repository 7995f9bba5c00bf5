/**
 * The one bound on anything that waits on something else: a network call in the middle of a
 * turn (the helpdesk roster, a proactive message, Azure AI Language), a turn waiting for the
 * index, the shutdown sequence. A slow dependency then costs a clear TimeoutError instead of a
 * hung turn or process.
 */
export class TimeoutError extends Error {
  override readonly name = 'TimeoutError';

  constructor(readonly what: string, readonly ms: number) {
    super(`${what} did not finish within ${ms} ms`);
  }
}

/**
 * Settles like the work, or rejects with a TimeoutError after `ms`; the timer is cleared either
 * way. Given a promise, the call itself goes on in the background. Given a function, the work
 * gets an AbortSignal that aborts at the limit (its reason the TimeoutError) and also once the
 * work has settled, so whatever it started and no longer needs (a sibling request) is cancelled.
 */
export async function withTimeout<T>(work: Promise<T> | ((signal: AbortSignal) => Promise<T>), ms: number, what: string): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      const error = new TimeoutError(what, ms);
      // Rejected first, so the race settles with the TimeoutError rather than with whatever the abort makes the work throw.
      reject(error);
      controller.abort(error);
    }, ms);
  });
  try {
    return await Promise.race([typeof work === 'function' ? work(controller.signal) : work, timeout]);
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}
