/**
 * Holds the engine once its index has loaded. The server listens before that, so health
 * checks answer at once while /readyz and the bot see that the engine is not there yet;
 * turns that arrive meanwhile can wait for it (`whenReady`) instead of being told to come back.
 */
import { Engine } from '../engine';

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
  whenReady(timeoutMs: number): Promise<boolean> {
    if (this.engine) return Promise.resolve(true);
    return new Promise((resolve) => {
      const done = (ready: boolean) => {
        clearTimeout(timer);
        this.waiting.delete(wake);
        resolve(ready);
      };
      const wake = () => done(true);
      const timer = setTimeout(() => done(false), timeoutMs);
      this.waiting.add(wake);
    });
  }
}
