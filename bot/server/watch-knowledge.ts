/**
 * Rebuilds the index when the knowledge folder changes: changes are debounced, rebuilds never
 * overlap, and a rebuild that fails leaves the engine serving its last good index.
 */
import { watch } from 'chokidar';
import { Engine, ReloadResult, formatProblem } from '../engine';
import { Logger } from '../logging/create-logger';

export interface WatchOptions {
  debounceMs?: number;
  /** Called after each rebuild (or failed attempt); for tests and metrics. */
  onReloaded?: (result: ReloadResult | Error) => void;
}

export interface KnowledgeWatcher {
  /** Resolves once the watcher is watching. */
  ready: Promise<void>;
  close(): Promise<void>;
}

export function watchKnowledge(dir: string, engine: Pick<Engine, 'reload'>, logger: Logger, options: WatchOptions = {}): KnowledgeWatcher {
  const debounceMs = options.debounceMs ?? 500;
  const watcher = watch(dir, { ignoreInitial: true, ignored: (file) => /(^|[/\\])\.[^/\\]+$/.test(file) });
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let changedWhileRunning = false;
  let closed = false;

  const schedule = () => {
    if (closed) return;
    clearTimeout(timer);
    timer = setTimeout(() => void run(), debounceMs);
  };

  const run = async () => {
    if (running) {
      changedWhileRunning = true;
      return;
    }
    running = reloadOnce(engine, logger).then((result) => options.onReloaded?.(result));
    await running;
    running = undefined;
    if (changedWhileRunning) {
      changedWhileRunning = false;
      schedule();
    }
  };

  watcher.on('all', (event, file) => {
    logger.debug({ event, file }, 'knowledge folder changed');
    schedule();
  });
  watcher.on('error', (error) => logger.error({ err: error }, 'watching the knowledge folder failed'));

  return {
    ready: new Promise<void>((resolve) => watcher.once('ready', () => resolve())),
    async close() {
      closed = true;
      clearTimeout(timer);
      await watcher.close();
      await running;
    },
  };
}

async function reloadOnce(engine: Pick<Engine, 'reload'>, logger: Logger): Promise<ReloadResult | Error> {
  const started = Date.now();
  try {
    const result = await engine.reload();
    const problems = result.problems.map(formatProblem);
    if (result.ok && problems.length === 0) {
      logger.info({ documents: result.documents, ms: Date.now() - started }, 'knowledge reloaded');
    } else if (result.ok) {
      logger.warn({ documents: result.documents, problems, ms: Date.now() - started }, 'knowledge reloaded; files with problems were left out');
    } else {
      logger.error({ problems }, 'knowledge reload failed; still serving the last good index');
    }
    return result;
  } catch (error) {
    logger.error({ err: error }, 'knowledge reload failed; still serving the last good index');
    return error instanceof Error ? error : new Error(String(error));
  }
}
