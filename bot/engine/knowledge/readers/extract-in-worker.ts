/**
 * PDF and Word extraction in a worker thread with a deadline and a memory cap. pdf.js and
 * mammoth work without yielding to the event loop (a 200-page PDF blocks it for seconds), so
 * a timer in the same thread could never fire; a worker can be terminated whatever it does.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ReadResult } from './read-document-file';
import type { ExtractReply, ExtractRequest } from './extract-worker';
import { UnreadableFileError } from './unreadable-file-error';

/** A file that needs more to extract is not worth the process's memory. */
export const EXTRACT_MEMORY_MB = 512;

// Built, the worker is a .js beside this file; from source (tsx, jest) a .ts that needs tsx's require hook.
const WORKER_FILE = path.join(__dirname, `extract-worker${path.extname(__filename)}`);
const WORKER_SOURCE = WORKER_FILE.endsWith('.ts')
  ? `require(${JSON.stringify(require.resolve('tsx/cjs'))}); require(${JSON.stringify(WORKER_FILE)});`
  : `require(${JSON.stringify(WORKER_FILE)});`;

export function extractInWorker(extension: ExtractRequest['extension'], bytes: Buffer, timeoutMs: number): Promise<ReadResult> {
  return new Promise<ReadResult>((resolve, reject) => {
    const request: ExtractRequest = { extension, bytes: new Uint8Array(bytes) };
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: request, resourceLimits: { maxOldGenerationSizeMb: EXTRACT_MEMORY_MB }, stdout: true, stderr: true });
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      outcome();
    };
    const timer = setTimeout(() => finish(() => {
      const seconds = Math.round(timeoutMs / 100) / 10;
      reject(new UnreadableFileError('too-slow', `extracting the text took longer than ${seconds} s, so the file was left out; export it again or convert it to Markdown`));
    }), timeoutMs);
    worker.once('message', (reply: ExtractReply) => finish(() => {
      if (reply.ok) resolve(reply.result);
      else if (reply.reason) reject(new UnreadableFileError(reply.reason, reply.message));
      else reject(new Error(reply.message));
    }));
    worker.once('error', (error: Error & { code?: string }) => finish(() => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        reject(new UnreadableFileError('corrupt', `extracting the text needed more than ${EXTRACT_MEMORY_MB} MB of memory, so the file was left out; export it again or convert it to Markdown`));
      } else {
        reject(new Error(`text extraction failed: ${error.message}`, { cause: error }));
      }
    }));
    worker.once('exit', (code) => finish(() => reject(new Error(`text extraction stopped (exit code ${code})`))));
  });
}
