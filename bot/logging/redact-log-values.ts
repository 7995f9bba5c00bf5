/**
 * The logger's last line of defence: every string in a log line (the message, every field,
 * however deep, errors' messages and stacks) goes through the project's redaction before it is
 * written. Callers already log only redacted questions; this catches what slips through, such as
 * an identity number quoted in a library's error message.
 */
import { stdSerializers } from 'pino';
import { redact } from '../engine';

const MAX_DEPTH = 10;
// Personal data needs a digit or an at sign; strings without either skip the (slower) redaction.
const MAY_HOLD_PERSONAL_DATA = /[\p{Nd}@\uFF20]/u;

export function redactLogText(text: string): string {
  return MAY_HOLD_PERSONAL_DATA.test(text) ? redact(text).text : text;
}

/** A copy of `value` with errors serialised (message, stack, cause) and every string redacted. */
export function redactLogValue(value: unknown, depth = 0, seen = new WeakSet<object>()): unknown {
  if (typeof value === 'string') return redactLogText(value);
  if (typeof value !== 'object' || value === null || depth > MAX_DEPTH) return value;
  if (value instanceof Error) return redactLogValue(stdSerializers.err(value), depth + 1, seen);
  if (value instanceof Date || Buffer.isBuffer(value)) return value;
  if (seen.has(value)) return '[circular]';
  seen.add(value);
  if (Array.isArray(value)) return value.map((item) => redactLogValue(item, depth + 1, seen));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = redactLogValue(item, depth + 1, seen);
  return out;
}
