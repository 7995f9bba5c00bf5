/**
 * The process's last words: an error nothing caught, or a start that failed. A configuration
 * problem is read by a person at start-up, so it goes to stderr as the plain list too.
 */
import { ConfigError } from '../config/config-error';
import { createLogger, Logger } from '../logging/create-logger';

/** An uncaught exception or unhandled rejection ends the process, logged as fatal. */
export function exitOnFatal(log: Logger): void {
  process.on('uncaughtException', (error) => exitAfterFatal(log, error, 'uncaught exception'));
  process.on('unhandledRejection', (error) => exitAfterFatal(log, error, 'unhandled promise rejection'));
}

/** Start-up failed: say why (every configuration problem, or the error) and exit 1. */
export function exitAfterStartFailure(error: unknown, logger: Logger | undefined): void {
  if (error instanceof ConfigError) {
    // Read by a person at start-up: the plain list on stderr, the same as one JSON line on stdout.
    console.error(error.message);
    createLogger('info').fatal({ problems: error.problems.map((p) => p.message) }, 'configuration problems; not starting');
  } else {
    (logger ?? createLogger('info')).fatal({ err: error }, 'could not start');
  }
  process.exit(1);
}

function exitAfterFatal(log: Logger, error: unknown, msg: string): void {
  log.fatal({ err: error }, msg);
  process.exit(1);
}
