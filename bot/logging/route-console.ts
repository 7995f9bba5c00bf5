/**
 * Libraries write to the console themselves (the Bot Framework SDK prints refused tokens and
 * their errors with console.error). Routed here, those lines become pino lines like every other:
 * one JSON object each, redacted on the way out, at a level that matches the console method.
 */
import { format } from 'node:util';
import { Logger } from './create-logger';

const LEVELS = { error: 'error', warn: 'warn', info: 'info', log: 'info', debug: 'debug', trace: 'trace' } as const;

/** Returns a function that puts the console back as it was. */
export function routeConsoleToLogger(logger: Logger): () => void {
  const console_ = console as unknown as Record<keyof typeof LEVELS, (...args: unknown[]) => void>;
  const originals = { ...console_ };
  const library = logger.child({ source: 'console' });
  for (const [method, level] of Object.entries(LEVELS) as [keyof typeof LEVELS, (typeof LEVELS)[keyof typeof LEVELS]][]) {
    console_[method] = (...args: unknown[]) => {
      const error = args.find((arg): arg is Error => arg instanceof Error);
      library[level](error ? { err: error } : {}, format(...args));
    };
  }
  return () => Object.assign(console_, originals);
}
