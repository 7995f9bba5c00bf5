/**
 * The typing indicator, only when the answer keeps the user waiting. Most answers are ready in
 * milliseconds, and an indicator then costs a connector call for nothing; one that is waiting
 * on the network (Azure Language, a busy database) shows it. botbuilder's ShowTypingMiddleware
 * does the same, but hands a failed indicator to onTurnError, which would tell the user the
 * turn failed: a failed indicator is cosmetic and only logged here.
 */
import { ActivityTypes, TurnContext } from 'botbuilder';
import { Logger } from '../logging/create-logger';

/** Long enough that a quick answer needs none; short enough that a slow one is acknowledged at once. */
export const TYPING_AFTER_MS = 400;
/** Teams shows an indicator for a few seconds; a slower answer renews it. */
const TYPING_EVERY_MS = 3000;

export async function typingWhileSlow<T>(context: TurnContext, logger: Logger, work: () => Promise<T>, afterMs = TYPING_AFTER_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  let done = false;
  // Awaited before the answer goes out, so an indicator never lands after the answer it announced.
  let sending: Promise<unknown> = Promise.resolve();
  const schedule = (ms: number): void => {
    timer = setTimeout(() => {
      if (done) return;
      sending = context.sendActivity({ type: ActivityTypes.Typing }).then(
        () => !done && schedule(TYPING_EVERY_MS),
        (error: unknown) => logger.warn({ err: error }, 'typing indicator failed'),
      );
    }, ms);
  };
  schedule(afterMs);
  try {
    return await work();
  } finally {
    done = true;
    clearTimeout(timer);
    await sending;
  }
}
