/**
 * Holds the engine once its index has loaded. The server listens before that, so health
 * checks answer at once while /readyz and the bot see that the engine is not there yet.
 */
import { Engine } from '../engine';

export class EngineSlot {
  private engine: Engine | undefined;

  get current(): Engine | undefined {
    return this.engine;
  }

  get ready(): boolean {
    return this.engine !== undefined;
  }

  fill(engine: Engine): void {
    this.engine = engine;
  }
}
