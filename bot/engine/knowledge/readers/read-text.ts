import type { ReadResult } from './read-document-file';
import { tidyText } from './split-sections';
import { UnreadableFileError } from './unreadable-file-error';
import { textContent } from './text-content';

// Windows-1252 is Latin-1 except for 0x80–0x9F. Node ≥ 20.18.3 decodes 'windows-1252' as plain
// Latin-1 (nodejs/node#60888), which turns € ’ “ ” – into control characters, so map them here.
const CP1252_80_9F =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\u0080-\u009f]/g, (c) => CP1252_80_9F[c.charCodeAt(0) - 0x80]);
}

/**
 * Decodes a text file: UTF-8 (a BOM is dropped), UTF-16LE with a BOM (Notepad's "Unicode"),
 * and otherwise Windows-1252, which is what older Swedish Windows tools save.
 */
export function decodeText(bytes: Uint8Array): string {
  // Windows editors save CRLF; YAML flow mappings and Markdown paragraphs are read by LF.
  return decodeBytes(bytes).replace(/\r\n?/g, '\n');
}

function decodeBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not valid UTF-8: every byte sequence is valid Windows-1252, so this always succeeds.
    return decodeWindows1252(bytes);
  }
}

/** A plain text file: one section with heading '', paragraphs as the author separated them. */
export function readText(bytes: Buffer): ReadResult {
  const decoded = textContent(decodeText(bytes));
  const text = tidyText(decoded.replace(/\f/g, '\n\n'));
  if (!text) {
    throw new UnreadableFileError('empty', 'the text file is empty; add text to it or remove it');
  }
  return { sections: [{ heading: '', text }] };
}
