/**
 * A bound on a network call made in the middle of a turn (the helpdesk roster, a proactive
 * message), so a slow connector costs the user a clear error instead of a hung turn.
 */
export class TimeoutError extends Error {
  override readonly name = 'TimeoutError';

  constructor(readonly what: string, readonly ms: number) {
    super(`${what} did not finish within ${ms} ms`);
  }
}

/** Settles like `promise`, or rejects with a TimeoutError after `ms`; the call itself is not cancelled. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(what, ms)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
