/**
 * The HTTP side: restify with a bounded JSON body parser, the CloudAdapter on POST /api/messages,
 * health and readiness probes, and a close() that lets turns in flight finish.
 */
import http from 'node:http';
import { AddressInfo } from 'node:net';
import restify from 'restify';
import { ActivityHandlerBase, CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { Config } from '../config/config';
import { Logger } from '../logging/create-logger';
import { createOnTurnError } from './on-turn-error';
import { looksLikeActivity } from './looks-like-activity';

/** Bot Framework activities are far smaller; anything bigger is refused before parsing. */
export const MAX_BODY_BYTES = 256 * 1024;
const DEFAULT_GRACE_MS = 10_000;
const NOT_AN_ACTIVITY = 'The body is not a Bot Framework activity.';

export interface Readiness {
  ready: boolean;
  documents?: number;
}

export interface ServerDeps {
  bot: ActivityHandlerBase;
  logger: Logger;
  readiness: () => Readiness;
}

export interface RunningServer {
  /** http://127.0.0.1:PORT, for local clients and tests. */
  url: string;
  port: number;
  /** Stops taking requests, waits up to `graceMs` for turns in flight, then closes. */
  close(graceMs?: number): Promise<void>;
}

export async function startServer(config: Pick<Config, 'port' | 'auth'>, deps: ServerDeps): Promise<RunningServer> {
  const { logger } = deps;
  const adapter = new CloudAdapter(
    new ConfigurationBotFrameworkAuthentication({
      MicrosoftAppId: config.auth.appId,
      MicrosoftAppPassword: config.auth.appPassword,
      MicrosoftAppType: config.auth.appType,
      MicrosoftAppTenantId: config.auth.tenantId,
    }),
  );
  adapter.onTurnError = createOnTurnError(logger);

  const server = restify.createServer({ name: 'molnkoll', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false }));
  server.on('restifyError', (req: restify.Request, _res: restify.Response, err: RestifyHttpError, callback: () => void) => {
    // restify's own messages may quote the body (JSON.parse errors do); ours never do.
    const status = err.statusCode ?? 500;
    const code = err.body?.code ?? 'Error';
    const body = { error: code, message: cleanMessage(code, status) };
    err.toJSON = () => body;
    logger.warn({ status, method: req.method, path: req.getPath() }, 'request refused');
    callback();
  });

  const inFlight = new Set<Promise<void>>();
  let closing = false;

  server.post('/api/messages', async (req: restify.Request, res: restify.Response) => {
    if (closing) {
      res.send(503, { error: 'ShuttingDown', message: 'The bot is restarting; try again shortly.' });
      return;
    }
    if (!looksLikeActivity(req.body)) {
      res.send(400, { error: 'BadRequest', message: NOT_AN_ACTIVITY });
      return;
    }
    const turn = processRequest(adapter, deps.bot, req, res, logger);
    inFlight.add(turn);
    try {
      await turn;
    } finally {
      inFlight.delete(turn);
    }
  });
  server.get('/healthz', async (_req: restify.Request, res: restify.Response) => {
    res.send(200, { status: 'ok' });
  });
  server.get('/readyz', async (_req: restify.Request, res: restify.Response) => {
    const readiness = deps.readiness();
    if (closing) res.send(503, { status: 'stopping' });
    else if (readiness.ready) res.send(200, { status: 'ready', documents: readiness.documents });
    else res.send(503, { status: 'starting' });
  });

  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(config.port, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  logger.info({ port, auth: config.auth.appId ? 'Bot Framework tokens required' : 'open (no MicrosoftAppId, Emulator only)' }, 'listening');

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    async close(graceMs = DEFAULT_GRACE_MS) {
      if (closing) return;
      closing = true;
      const stopped = new Promise<void>((resolve) => server.server.close(() => resolve()));
      const timedOut = await settleWithin([...inFlight], graceMs);
      if (timedOut) logger.warn({ turns: inFlight.size }, 'turns still running after the grace period; closing anyway');
      server.server.closeAllConnections();
      await stopped;
      logger.info('server closed');
    },
  };
}

/** The adapter answers 400/401 itself; a body that is JSON but no activity can still make it throw. */
async function processRequest(
  adapter: CloudAdapter,
  bot: ActivityHandlerBase,
  req: restify.Request,
  res: restify.Response,
  logger: Logger,
): Promise<void> {
  try {
    await adapter.process(req, res, (context) => bot.run(context));
  } catch (error) {
    logger.warn({ err: error }, 'request is not a valid activity');
    if (!res.headersSent) res.send(400, { error: 'BadRequest', message: NOT_AN_ACTIVITY });
  }
}

/** The fields of restify-errors' HttpError that we read. */
interface RestifyHttpError extends Error {
  statusCode?: number;
  body?: { code?: string };
  toJSON?: () => unknown;
}

function cleanMessage(code: string, status: number): string {
  if (code === 'InvalidContent') return 'The request body is not valid JSON.';
  if (code === 'PayloadTooLarge') return `The request body is larger than ${MAX_BODY_BYTES} bytes.`;
  return http.STATUS_CODES[status] ?? 'Error';
}

/** True when the promises did not all settle within `ms`. */
async function settleWithin(promises: Promise<unknown>[], ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(true), ms);
  });
  const settled = Promise.allSettled(promises).then(() => false);
  const timedOut = await Promise.race([settled, timeout]);
  clearTimeout(timer);
  return timedOut;
}
