/** Why a knowledge file could not be turned into sections; callers branch on this, not on messages. */
export const UNREADABLE_REASONS = ['corrupt', 'empty', 'encrypted', 'unsupported', 'too-slow'] as const;
export type UnreadableReason = (typeof UNREADABLE_REASONS)[number];

/**
 * A file the readers cannot use. The message says what is wrong and what the admin can do,
 * so the loader can show it as is, after the file's path.
 */
export class UnreadableFileError extends Error {
  override readonly name = 'UnreadableFileError';

  constructor(
    readonly reason: UnreadableReason,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The library's own words, for the parenthesis in a message; never the whole stack. */
export function describeCause(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\s+/g, ' ').trim().slice(0, 200) || 'unknown error';
}
