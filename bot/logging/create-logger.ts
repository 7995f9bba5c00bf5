/**
 * Structured logs (pino, one JSON object a line). Callers log redacted questions, lengths
 * and hashed ids only. Two lines of defence follow: the redact paths below blank fields that
 * could carry what a user typed or a credential, and every string left is redacted for personal
 * data (identity numbers, e-mail addresses, phone numbers) on its way out. Errors anywhere in a
 * line are serialised with message and stack, never written as `{}`.
 */
import pino, { DestinationStream, Logger } from 'pino';
import { LogLevel } from '../config/config';
import { redactLogText, redactLogValue } from './redact-log-values';

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
  const options: pino.LoggerOptions = {
    name: 'molnkoll',
    level,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    formatters: {
      log: (object) => redactLogValue(object) as Record<string, unknown>,
      bindings: (bindings) => redactLogValue(bindings) as Record<string, unknown>,
    },
    // The formatter has already serialised `err`; pino's own serializer would re-wrap it.
    serializers: { err: (value: unknown) => (value instanceof Error ? redactLogValue(value) : value) },
    hooks: {
      logMethod(args, method) {
        const redacted = args.map((arg) => (typeof arg === 'string' ? redactLogText(arg) : arg)) as Parameters<typeof method>;
        // Without a message pino takes the error's own, past the formatter: give it the redacted one.
        const errorMessage = args.length === 1 ? messageOfError(args[0]) : undefined;
        if (errorMessage !== undefined) redacted.push(redactLogText(errorMessage));
        method.apply(this, redacted);
      },
    },
  };
  const logger = destination ? pino(options, destination) : pino(options);
  // pino writes a child's bindings without the formatter; redact them once, when the child is made.
  const makeChild = logger.child;
  logger.child = function child(this: Logger, bindings, childOptions) {
    return makeChild.call(this, redactLogValue(bindings) as pino.Bindings, childOptions);
  } as typeof logger.child;
  return logger;
}

function messageOfError(arg: unknown): string | undefined {
  const error = arg instanceof Error ? arg : (arg as { err?: unknown } | null)?.err;
  return error instanceof Error ? error.message : undefined;
}
