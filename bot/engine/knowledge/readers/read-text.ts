import type { ReadResult } from './read-document-file';
import { tidyText } from './split-sections';
import { UnreadableFileError } from './unreadable-file-error';

/**
 * Decodes a text file: UTF-8 (a BOM is dropped), UTF-16LE with a BOM (Notepad's "Unicode"),
 * and otherwise Windows-1252, which is what older Swedish Windows tools save.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not valid UTF-8: every byte sequence is valid Windows-1252, so this always succeeds.
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** A plain text file: one section with heading '', paragraphs as the author separated them. */
export function readText(bytes: Buffer): ReadResult {
  const decoded = decodeText(bytes);
  if (decoded.includes('\u0000')) {
    throw new UnreadableFileError(
      'corrupt',
      'the file holds binary data, not text; save it again as UTF-8 text or convert it to Markdown',
    );
  }
  const text = tidyText(decoded.replace(/\f/g, '\n\n'));
  if (!text) {
    throw new UnreadableFileError('empty', 'the text file is empty; add text to it or remove it');
  }
  return { sections: [{ heading: '', text }] };
}
