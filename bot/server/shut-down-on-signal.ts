/**
 * SIGTERM and SIGINT: the server first (it drains every request already received, within the
 * grace period), then each closing step in order, then exit 0; a step that fails exits 1, and
 * whatever hangs, the process is gone shortly after the grace period (withTimeout).
 */
import { Logger } from '../logging/create-logger';
import { TimeoutError, withTimeout } from '../timing/with-timeout';

/** Beyond the drain's own deadline: the closing steps get this long to finish. */
export const EXIT_MARGIN_MS = 5000;

export interface ShutdownOptions {
  logger: Logger;
  /** The drain's deadline (SHUTDOWN_GRACE_MS). */
  graceMs: number;
  server: { readonly pending: number; close(): Promise<unknown> };
  /** Run one after another once the server is closed: the bot, the watcher, the store, … */
  steps: (() => Promise<unknown> | unknown)[];
  /** Replaceable for tests. */
  exit?: (code: number) => void;
}

export function shutDownOnSignal(options: ShutdownOptions): void {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => void shutDown(signal, options));
  }
}

export async function shutDown(signal: string, options: ShutdownOptions): Promise<void> {
  const { logger: log, server, steps } = options;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  log.info({ signal, requests: server.pending }, 'shutting down: finishing requests already received');
  const closing = async () => {
    await server.close();
    for (const step of steps) await step();
  };
  try {
    await withTimeout(closing(), options.graceMs + EXIT_MARGIN_MS, 'shutting down');
  } catch (error) {
    if (error instanceof TimeoutError) log.error({ signal }, 'shutdown did not finish in time; exiting');
    else log.error({ err: error }, 'shutdown failed');
    exit(1);
    return;
  }
  exit(0);
}
