/**
 * Text files (.md, .txt, .html), once decoded, are refused when they hold binary data: random bytes
 * decode as Windows-1252 without an error, and would be indexed as a "document" of noise.
 */
import { UnreadableFileError } from './unreadable-file-error';

// Control characters no text editor writes (tab, line feed, form feed and carriage return are text),
// C1 controls that Windows-1252 leaves unmapped, and the replacement character of broken UTF-16.
const NOT_TEXT = /[\u0001-\u0008\u000b\u000e-\u001f\u007f\u0080-\u009f\ufffd]/g;
/** Above this share of such characters (and at least MIN_COUNT of them), the file is binary. */
const MAX_SHARE = 0.01;
const MIN_COUNT = 4;

export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const count = text.match(NOT_TEXT)?.length ?? 0;
  return count >= MIN_COUNT && count / text.length > MAX_SHARE;
}

/** Returns decoded `text` as it is; throws UnreadableFileError when it is binary, not text. */
export function textContent(text: string): string {
  if (looksBinary(text)) {
    throw new UnreadableFileError(
      'corrupt',
      'the file holds binary data, not text; save it again as UTF-8 text or convert it to Markdown',
    );
  }
  return text;
}
