/**
 * Graceful shutdown at the HTTP level: every request is counted from the moment it arrives, so
 * one received but not yet started (its body still uploading, its turn waiting for the index)
 * is finished like one in the middle of a turn. Requests that arrive after the drain began, on a
 * connection kept alive from before, are the only ones refused.
 */
import http from 'node:http';
import { TimeoutError, withTimeout } from '../timing/with-timeout';

export class RequestDrain {
  private readonly open = new Set<http.ServerResponse>();
  private readonly late = new WeakSet<http.IncomingMessage>();
  private draining = false;
  private onIdle: (() => void) | undefined;

  constructor(private readonly server: http.Server) {
    server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
      if (this.draining) {
        this.late.add(req);
        res.setHeader('Connection', 'close');
      }
      this.open.add(res);
      res.once('close', () => {
        this.open.delete(res);
        if (this.open.size === 0) this.onIdle?.();
      });
    });
  }

  get isDraining(): boolean {
    return this.draining;
  }

  /** Requests received but not answered yet. */
  get pending(): number {
    return this.open.size;
  }

  /** True for a request that arrived after `drain` was called. */
  arrivedLate(req: http.IncomingMessage): boolean {
    return this.late.has(req);
  }

  /**
   * Stops accepting connections, lets every request already received finish within `deadlineMs`,
   * then closes what is left. Resolves with the number of requests cut off by the deadline.
   */
  async drain(deadlineMs: number): Promise<number> {
    this.draining = true;
    const stopped = new Promise<void>((resolve) => this.server.close(() => resolve()));
    for (const res of this.open) if (!res.headersSent) res.setHeader('Connection', 'close');
    this.server.closeIdleConnections();
    if (this.open.size > 0) {
      const idle = new Promise<void>((resolve) => {
        this.onIdle = resolve;
      });
      // At the deadline what is still open is cut off below, and counted.
      await withTimeout(idle, deadlineMs, 'finishing the requests received').catch((error: unknown) => {
        if (!(error instanceof TimeoutError)) throw error;
      });
    }
    const cutOff = this.open.size;
    this.server.closeAllConnections();
    await stopped;
    return cutOff;
  }
}
