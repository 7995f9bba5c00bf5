/**
 * Rebuilds the index when the knowledge folder changes: changes are debounced, rebuilds never
 * overlap, and a rebuild that fails leaves the engine serving its last good index.
 *
 * A watch follows the folder it was armed on, so when the folder is renamed away and another
 * moved into its place, the watch re-arms on the new one (seen from the parent folder, or by
 * the rescan noticing another inode). The periodic rescan is the safety net for every event a
 * file system fails to deliver; a reload of unchanged contents costs a hash, not a rebuild.
 */
import fs from 'node:fs';
import path from 'node:path';
import { type FSWatcher, watch } from 'chokidar';
import { Engine, ReloadResult, formatProblem } from '../engine';
import { Logger } from '../logging/create-logger';

export interface WatchOptions {
  debounceMs?: number;
  /** Reload this often whatever the watch reports (KNOWLEDGE_RESCAN_SECONDS); 0: never. Default 60 s. */
  rescanMs?: number;
  /** Called after each rebuild (or failed attempt); for tests and metrics. */
  onReloaded?: (result: ReloadResult | Error) => void;
}

export interface KnowledgeWatcher {
  /** Resolves once the watcher is watching. */
  ready: Promise<void>;
  close(): Promise<void>;
}

const HIDDEN = /(^|[/\\])\.[^/\\]+$/;

export function watchKnowledge(dir: string, engine: Pick<Engine, 'reload'>, logger: Logger, options: WatchOptions = {}): KnowledgeWatcher {
  const debounceMs = options.debounceMs ?? 500;
  const rescanMs = options.rescanMs ?? 60_000;
  const folder = path.resolve(dir);
  const parent = path.dirname(folder);
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

  const onError = (error: unknown) => logger.error({ err: error }, 'watching the knowledge folder failed');
  const arm = (): { watcher: FSWatcher; inode: number | undefined; ready: Promise<void> } => {
    const watcher = watch(folder, { ignoreInitial: true, ignored: (file) => HIDDEN.test(file) });
    watcher.on('all', (event, file) => {
      logger.debug({ event, file }, 'knowledge folder changed');
      schedule();
    });
    // chokidar drops a file renamed over another with the same size and time ("unchanged");
    // the raw file-system event still says something happened, and the reload compares contents.
    watcher.on('raw', (_event, file) => {
      if (!path.basename(String(file)).startsWith('.')) schedule();
    });
    watcher.on('error', onError);
    return { watcher, inode: inodeOf(folder), ready: new Promise<void>((resolve) => watcher.once('ready', () => resolve())) };
  };
  let armed = arm();
  const rearm = () => {
    if (closed) return;
    const old = armed.watcher;
    // Until a folder is back at the path there is nothing to watch; the next event or rescan re-arms.
    if (inodeOf(folder) === undefined) return;
    armed = arm();
    void old.close();
    logger.info({ folder }, 'knowledge folder replaced; watching the new one');
    schedule();
  };

  // The folder's own entry in its parent: renamed away, moved in, removed, created. Node's own
  // watch, not chokidar: chokidar coalesces a quick rename-over into nothing on the parent.
  const name = path.basename(folder);
  const parentWatcher = fs.watch(parent, { persistent: false }, (_event, file) => {
    if (file !== null && file.toString() !== name) return;
    if (inodeOf(folder) !== armed.inode) rearm();
  });
  parentWatcher.on('error', onError);

  const rescan = rescanMs > 0
    ? setInterval(() => {
        if (inodeOf(folder) !== armed.inode) rearm();
        else schedule();
      }, rescanMs)
    : undefined;
  rescan?.unref();

  return {
    ready: armed.ready,
    async close() {
      closed = true;
      clearTimeout(timer);
      clearInterval(rescan);
      parentWatcher.close();
      await armed.watcher.close();
      await running;
    },
  };
}

/** Which folder is at `folder` now; undefined while there is none. */
function inodeOf(folder: string): number | undefined {
  return fs.statSync(folder, { throwIfNoEntry: false })?.ino;
}

async function reloadOnce(engine: Pick<Engine, 'reload'>, logger: Logger): Promise<ReloadResult | Error> {
  const started = Date.now();
  try {
    const result = await engine.reload();
    const problems = result.problems.map(formatProblem);
    if (result.unchanged) {
      // The rescan finds this every minute; not worth a line at info.
      logger.debug({ documents: result.documents, ms: Date.now() - started }, 'knowledge unchanged');
    } else if (result.ok && problems.length === 0) {
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
