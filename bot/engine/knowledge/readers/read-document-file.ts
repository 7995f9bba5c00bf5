import { extname } from 'node:path';
import type { Section } from '../../types';
import { readHtml } from './read-html';
import { readText } from './read-text';
import { UnreadableFileError } from './unreadable-file-error';
import { extractInWorker } from './extract-in-worker';

export { UnreadableFileError, UNREADABLE_REASONS, type UnreadableReason } from './unreadable-file-error';

export interface ReadResult {
  /** In document order; text is plain text, paragraphs separated by "\n\n". */
  sections: Section[];
  /** A title found inside the file (PDF Title info, first <h1>/<title>, first docx Heading 1), if any. */
  title?: string;
}

type Reader = (bytes: Buffer, timeoutMs: number) => ReadResult | Promise<ReadResult>;

export interface ReadOptions {
  /** How long extraction may take; default DEFAULT_EXTRACT_TIMEOUT_MS. */
  timeoutMs?: number;
}

export const DEFAULT_EXTRACT_TIMEOUT_MS = 15_000;

/**
 * PDF and Word are read in a worker that can be stopped (pdf.js and mammoth never yield); only
 * the worker loads them, which keeps them out of the bot's own start-up and memory. Text and HTML
 * are bounded by the size limit.
 */
const READERS: Readonly<Record<string, Reader>> = {
  '.pdf': (bytes, timeoutMs) => extractInWorker('.pdf', bytes, timeoutMs),
  '.docx': (bytes, timeoutMs) => extractInWorker('.docx', bytes, timeoutMs),
  '.html': readHtml,
  '.htm': readHtml,
  '.txt': readText,
};

/** The extensions readDocumentFile accepts, lowercase with the dot. Markdown is the loader's own. */
export const READABLE_EXTENSIONS: readonly string[] = Object.freeze(Object.keys(READERS));

/**
 * Chooses the reader by extension (.pdf, .docx, .html/.htm, .txt). Throws UnreadableFileError,
 * also when extraction takes longer than the time box: a pathological PDF must not hold up the folder.
 */
export async function readDocumentFile(fileName: string, bytes: Buffer, options: ReadOptions = {}): Promise<ReadResult> {
  const extension = extname(fileName).toLowerCase();
  const reader = Object.hasOwn(READERS, extension) ? READERS[extension] : undefined;
  if (!reader) {
    throw new UnreadableFileError(
      'unsupported',
      `files ending "${extension || '(none)'}" are not read; save it as ${READABLE_EXTENSIONS.join(', ')} or .md`,
    );
  }
  if (bytes.length === 0) {
    throw new UnreadableFileError('empty', 'the file is empty (0 bytes); save it again or remove it');
  }
  return reader(bytes, options.timeoutMs ?? DEFAULT_EXTRACT_TIMEOUT_MS);
}
