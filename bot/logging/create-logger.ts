/**
 * Structured logs (pino, one JSON object a line). Callers log redacted questions, lengths
 * and hashed ids only; the redact paths below are a second line of defence for fields that
 * could carry what a user typed or a credential.
 */
import pino, { DestinationStream, Logger } from 'pino';
import { LogLevel } from '../config/config';

export type { Logger } from 'pino';

export const REDACTED_PATHS = [
  'text',
  '*.text',
  'activity.value',
  'value',
  'password',
  '*.password',
  'appPassword',
  '*.appPassword',
  'key',
  '*.key',
  'authorization',
  '*.authorization',
  'req.headers.authorization',
];

/** `destination` lets tests read what would be written; stdout otherwise. */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  const options = { name: 'molnkoll', level, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } };
  return destination ? pino(options, destination) : pino(options);
}
