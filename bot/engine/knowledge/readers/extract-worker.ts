/**
 * Runs in a worker thread (see extract-in-worker.ts): reads one PDF or Word file and posts the
 * sections back, or the reason it could not. Kept apart so the loader can stop it at any time.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readDocx } from './read-docx';
import { readPdf } from './read-pdf';
import { UnreadableFileError } from './unreadable-file-error';

export interface ExtractRequest {
  extension: '.pdf' | '.docx';
  bytes: Uint8Array;
}

export type ExtractReply =
  | { ok: true; result: Awaited<ReturnType<typeof readPdf>> }
  | { ok: false; reason?: UnreadableFileError['reason']; message: string };

const { extension, bytes } = workerData as ExtractRequest;
const read = extension === '.pdf' ? readPdf : readDocx;
read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)).then(
  (result) => parentPort?.postMessage({ ok: true, result } satisfies ExtractReply),
  (error: unknown) => {
    const reason = error instanceof UnreadableFileError ? error.reason : undefined;
    const message = error instanceof Error ? error.message : String(error);
    parentPort?.postMessage({ ok: false, reason, message } satisfies ExtractReply);
  },
);
