import Module from 'node:module';
import { dirname, join } from 'node:path';

type NodeLoad = (request: string, parent: null, isMain: boolean) => { WorkerMessageHandler?: unknown };

/**
 * pdf-parse's pdf.js loads its worker with import(), which jest's VM refuses without
 * --experimental-vm-modules ("Setting up fake worker failed"). pdf.js first looks for
 * globalThis.pdfjsWorker, so load the worker here with Node's own loader instead: jest shims
 * `module`, but `_load` is inherited from Node's, and Node ≥ 20.19 can require an ES module.
 * Call once per test file (beforeAll) before reading a PDF. Not needed outside jest.
 */
export function loadPdfWorkerForJest(): void {
  const scope = globalThis as { pdfjsWorker?: unknown };
  if (scope.pdfjsWorker) return;
  const workerPath = join(dirname(require.resolve('pdf-parse')), 'pdf.worker.mjs');
  const load = (Module as unknown as { _load: NodeLoad })._load;
  const { WorkerMessageHandler } = load(workerPath, null, false);
  if (typeof WorkerMessageHandler !== 'function') {
    throw new Error(`${workerPath} did not export WorkerMessageHandler; has pdf-parse changed its layout?`);
  }
  scope.pdfjsWorker = { WorkerMessageHandler };
}
