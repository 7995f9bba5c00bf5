/**
 * Holds the engine once its index has loaded. The server listens before that, so health
 * checks answer at once while /readyz and the bot see that the engine is not there yet;
 * turns that arrive meanwhile can wait for it (`whenReady`) instead of being told to come back.
 */
import { Engine } from '../engine';
import { TimeoutError, withTimeout } from '../timing/with-timeout';

export class EngineSlot {
  private engine: Engine | undefined;
  private readonly waiting = new Set<() => void>();

  get current(): Engine | undefined {
    return this.engine;
  }

  get ready(): boolean {
    return this.engine !== undefined;
  }

  fill(engine: Engine): void {
    this.engine = engine;
    for (const wake of [...this.waiting]) wake();
  }

  /** Resolves true once the engine is there, or false after `timeoutMs` without it. */
  async whenReady(timeoutMs: number): Promise<boolean> {
    if (this.engine) return true;
    let wake: () => void = () => undefined;
    const filled = new Promise<void>((resolve) => {
      wake = resolve;
      this.waiting.add(wake);
    });
    try {
      await withTimeout(filled, timeoutMs, 'waiting for the knowledge index');
      return true;
    } catch (error) {
      if (error instanceof TimeoutError) return false;
      throw error;
    } finally {
      this.waiting.delete(wake);
    }
  }
}
