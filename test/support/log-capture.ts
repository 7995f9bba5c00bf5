/** A pino logger whose lines stay in memory, so tests can check what would be logged. */
import { createLogger, Logger } from '../../bot/logging/create-logger';

export interface LogCapture {
  logger: Logger;
  /** Every line written so far, raw. */
  text(): string;
  /** Parsed lines. */
  entries(): Record<string, unknown>[];
}

export function captureLogs(level: 'debug' | 'info' | 'warn' = 'debug'): LogCapture {
  const lines: string[] = [];
  const logger = createLogger(level, { write: (line: string) => void lines.push(line) });
  return {
    logger,
    text: () => lines.join(''),
    entries: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}
