/**
 * Helpers for tests that run bot/index.ts as its own process, as `npm start` does.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = path.resolve(__dirname, '../..');

export const BOT_ENTRY = path.join(ROOT, 'bot/index.ts');

/**
 * Node arguments that load tsx's hooks into the bot's own process. tsx's CLI would run the
 * script in a child process, so a signal sent to the CLI could leave the bot running.
 */
export const TSX_NODE_ARGS = ['--require', path.join(ROOT, 'node_modules/tsx/dist/preflight.cjs'), '--import', pathToFileURL(path.join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href];

// One way to find a free port, shared with the benchmark.
export { freePort } from '../../bot/bench/child-process';

/** Polls `check` until it holds, or fails naming `what` after `timeoutMs`. */
export async function until(check: () => boolean, timeoutMs: number, what: string, everyMs = 25): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
