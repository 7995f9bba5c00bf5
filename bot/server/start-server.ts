/**
 * The HTTP side: restify with a bounded JSON body parser, the activity's shape and token checked
 * at the edge, turns held (bounded) until the index is ready, health and readiness probes, and a
 * close() that drains every request already received.
 */
import http from 'node:http';
import { AddressInfo } from 'node:net';
import restify from 'restify';
import { Activity, ActivityHandlerBase } from 'botbuilder';
import { Config } from '../config/config';
import { Logger } from '../logging/create-logger';
import type { KnowledgeVersion } from '../engine';
import { createOnTurnError } from './on-turn-error';
import { checkActivity } from './activity-schema';
import { EdgeAdapter, OpenIdEndpoints } from './edge-adapter';
import { refuseUnreadableBody } from './refuse-unreadable-body';
import { RequestDrain } from './request-drain';

/** Bot Framework activities are far smaller; anything bigger is refused before parsing. */
export const MAX_BODY_BYTES = 256 * 1024;
const DEFAULT_GRACE_MS = 10_000;
const NOT_AN_ACTIVITY = 'The body is not a Bot Framework activity.';
/** The same few words for every refused token: why is for the log, not for the caller. */
const UNAUTHORIZED = { error: 'Unauthorized', message: 'A valid Bot Framework token is required.' };

export interface Readiness {
  ready: boolean;
  documents?: number;
  /** Set when the data folder cannot be written: readiness fails with this reason. */
  storageProblem?: string;
  /** Which knowledge is served, shown by /readyz. */
  knowledge?: KnowledgeVersion;
}

export interface ServerDeps {
  bot: ActivityHandlerBase;
  logger: Logger;
  readiness: () => Readiness | Promise<Readiness>;
  /**
   * Resolves true once the engine is there, false when `ms` passed without it. Turns wait for
   * it (up to `startupWaitMs`) so a question sent during start-up is answered, not bounced.
   */
  whenReady?: (ms: number) => Promise<boolean>;
  openId?: OpenIdEndpoints;
  /** More routes on the same server (the admin page, when ADMIN_TOKEN is set). */
  routes?: (server: restify.Server) => void;
}

export interface RunningServer {
  /** http://127.0.0.1:PORT, for local clients and tests. */
  url: string;
  port: number;
  /** Requests received and not answered yet. */
  readonly pending: number;
  /** Stops accepting, waits up to `graceMs` for every request already received, then closes. */
  close(graceMs?: number): Promise<void>;
}

export type ServerConfig = Pick<Config, 'port' | 'auth'> & Partial<Pick<Config, 'startupWaitMs' | 'shutdownGraceMs'>>;

export async function startServer(config: ServerConfig, deps: ServerDeps): Promise<RunningServer> {
  const { logger } = deps;
  const adapter = new EdgeAdapter(config.auth, deps.openId);
  adapter.onTurnError = createOnTurnError(logger);
  const startupWaitMs = config.startupWaitMs ?? 30_000;

  const server = restify.createServer({ name: 'molnkoll', handleUncaughtExceptions: false });
  const drain = new RequestDrain(server.server);
  server.pre(
    refuseUnreadableBody(MAX_BODY_BYTES, (refusal, req) =>
      logger.warn({ status: refusal.status, method: req.method, path: req.getPath(), contentEncoding: req.headers['content-encoding'] }, 'request refused'),
    ),
  );
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

  server.post('/api/messages', async (req: restify.Request, res: restify.Response) => {
    if (drain.arrivedLate(req)) {
      res.header('Retry-After', '5');
      res.send(503, { error: 'ShuttingDown', message: 'The bot is restarting; try again shortly.' });
      return;
    }
    const checked = checkActivity(req.body);
    if (!checked.ok) {
      logger.info({ problems: checked.problems }, 'request refused: not an activity');
      res.send(400, { error: 'BadRequest', message: `${NOT_AN_ACTIVITY} ${checked.problems.join('; ')}` });
      return;
    }
    const { activity } = checked;
    const verified = await authenticate(adapter, activity, req, logger);
    if (!verified) {
      res.send(401, UNAUTHORIZED);
      return;
    }
    if (deps.whenReady && !(await deps.whenReady(startupWaitMs))) {
      logger.warn({ waitedMs: startupWaitMs }, 'the index is still loading after the start-up wait; the turn goes ahead');
    }
    await runTurn(adapter, verified, activity, deps.bot, res, logger);
  });
  server.get('/healthz', async (_req: restify.Request, res: restify.Response) => {
    res.send(200, { status: 'ok' });
  });
  server.get('/readyz', async (_req: restify.Request, res: restify.Response) => {
    const readiness = await deps.readiness();
    if (drain.isDraining) res.send(503, { status: 'stopping' });
    else if (readiness.storageProblem) res.send(503, { status: 'storage-failing', message: readiness.storageProblem });
    else if (readiness.ready) res.send(200, { status: 'ready', documents: readiness.documents, knowledge: readiness.knowledge });
    else res.send(503, { status: 'starting' });
  });
  deps.routes?.(server);

  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(config.port, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  logger.info({ port, auth: config.auth.appId ? 'Bot Framework tokens required' : 'open (no MicrosoftAppId, Emulator only)' }, 'listening');

  let closed: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    get pending() {
      return drain.pending;
    },
    close(graceMs = config.shutdownGraceMs ?? DEFAULT_GRACE_MS) {
      closed ??= (async () => {
        const waiting = drain.pending;
        if (waiting > 0) logger.info({ requests: waiting }, 'draining: finishing requests already received');
        const cutOff = await drain.drain(graceMs);
        if (cutOff > 0) logger.warn({ requests: cutOff, graceMs }, 'requests still running after the grace period; closed anyway');
        logger.info('server closed');
      })();
      return closed;
    },
  };
}

type Verified = Awaited<ReturnType<EdgeAdapter['authenticate']>>;

/** Any failure to verify (bad signature, wrong issuer, keys unreachable) is a 401; the reason is logged. */
async function authenticate(adapter: EdgeAdapter, activity: Activity, req: restify.Request, logger: Logger): Promise<Verified | undefined> {
  const header = req.headers.authorization;
  try {
    return await adapter.authenticate(activity, typeof header === 'string' ? header : '');
  } catch (error) {
    logger.warn({ reason: error instanceof Error ? error.message : String(error), channelId: activity.channelId, hasToken: Boolean(header) }, 'request refused: the token did not verify');
    return undefined;
  }
}

/** Turn errors reach onTurnError; what escapes it (the SDK itself failing) is a 500 that quotes nothing. */
async function runTurn(adapter: EdgeAdapter, verified: Verified, activity: Activity, bot: ActivityHandlerBase, res: restify.Response, logger: Logger): Promise<void> {
  try {
    const invoke = await adapter.runTurn(verified, activity, (context) => bot.run(context));
    if (invoke?.body === undefined) {
      res.status(invoke?.status ?? 200);
      res.end();
    } else {
      res.send(invoke.status, invoke.body);
    }
  } catch (error) {
    logger.error({ err: error, activityType: activity.type, channelId: activity.channelId }, 'the turn could not run');
    if (!res.headersSent) res.send(500, { error: 'InternalError', message: 'The bot could not process the activity.' });
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
