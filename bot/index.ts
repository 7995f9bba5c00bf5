/**
 * Molnkoll's entry point (`npm start`): configuration and the data folder checked, store, bot
 * and server, then the engine, whose index may take a moment (turns wait for it, /readyz answers
 * 503 until then), then the knowledge watcher. SIGTERM drains every request already received.
 */
import fs from 'node:fs';
import { loadConfig } from './config/load-config';
import { Config } from './config/config';
import { ConfigError } from './config/config-error';
import { checkDataDir } from './config/check-data-dir';
import { createLogger, Logger } from './logging/create-logger';
import { routeConsoleToLogger } from './logging/route-console';
import { openStore } from './store/open-store';
import { AnswerLogRetention } from './store/answer-log-retention';
import { loadUserHashSecret } from './store/user-hash-secret';
import { useUserHashSecret } from './logging/hash-user-id';
import { createBot } from './teams/create-bot';
import { renderAnswer } from './render/render-answer';
import { createAnalyzer } from './analyzer/create-analyzer';
import { createEngine, formatProblem } from './engine';
import { Analyzer } from './engine';
import { EngineSlot } from './server/engine-slot';
import { startServer } from './server/start-server';
import { KnowledgeWatcher, watchKnowledge } from './server/watch-knowledge';
import { WriteProbe } from './server/write-probe';
import { openAdminQueries } from './store/open-admin-queries';
import { mountAdminRoutes } from './admin/mount-admin-routes';

/** Beyond the drain's own deadline: the store and the watcher get this long to close. */
const EXIT_MARGIN_MS = 5000;

let logger: Logger | undefined;

async function main(): Promise<void> {
  // A .env beside package.json fills in what the real environment leaves unset.
  if (fs.existsSync('.env')) process.loadEnvFile('.env');
  const config = loadConfig(process.env);
  checkDataDir(config.dataDir);
  const log = createLogger(config.logLevel);
  logger = log;
  routeConsoleToLogger(log);
  process.on('uncaughtException', (error) => exitAfterFatal(log, error, 'uncaught exception'));
  process.on('unhandledRejection', (error) => exitAfterFatal(log, error, 'unhandled promise rejection'));

  const analyzer = createAnalyzer(config.azureLanguage, log);
  useUserHashSecret(loadUserHashSecret(config.dataDir, config.userHashSecret));
  const onIdleError = (error: Error) => log.error({ err: error }, 'idle database connection failed; the pool replaces it');
  const store = await openStore({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, onIdleError });
  const retention = new AnswerLogRetention({ log: store, retentionDays: config.answerLogRetentionDays, logger: log });
  await retention.start();
  const slot = new EngineSlot();
  const probe = new WriteProbe(config.dataDir);
  const bot = createBot(config, {
    engine: () => slot.current,
    store,
    logger: log,
    render: renderAnswer,
    helpdesk: { tickets: store, analyzer, settings: config.helpdesk, botAppId: config.auth.appId, auth: config.auth },
  });
  // The admin page exists only with a token; its queries read the store through their own read-only connections.
  const { token: adminToken, reviewAgeMonths } = config.admin;
  const adminQueries = adminToken ? openAdminQueries({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, onIdleError }) : undefined;
  const server = await startServer(config, {
    bot,
    logger: log,
    readiness: async () => ({ ready: slot.ready, documents: slot.current?.documentCount, knowledge: slot.current?.version, storageProblem: (await probe.check()).problem }),
    whenReady: (ms) => slot.whenReady(ms),
    routes: adminToken && adminQueries
      ? (routes) => mountAdminRoutes(routes, { token: adminToken, reviewAgeMonths, knowledgeDir: config.knowledgeDir, limits: config.knowledgeLimits, engine: () => slot.current, queries: adminQueries, store, logger: log })
      : undefined,
  });
  const loading = loadKnowledge(config, analyzer, slot, log);

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      log.info({ signal, requests: server.pending }, 'shutting down: finishing requests already received');
      // Whatever hangs, the process is gone shortly after the grace period.
      setTimeout(() => {
        log.error({ signal }, 'shutdown did not finish in time; exiting');
        process.exit(1);
      }, config.shutdownGraceMs + EXIT_MARGIN_MS).unref();
      server
        .close()
        .then(() => bot.close())
        .then(() => loading.then((watcher) => watcher.close(), () => undefined))
        .then(() => retention.stop())
        .then(() => adminQueries?.close())
        .then(() => store.close())
        .then(
          () => process.exit(0),
          (error: unknown) => {
            log.error({ err: error }, 'shutdown failed');
            process.exit(1);
          },
        );
    });
  }
  await loading;
}

/** Builds the index (the slow part), puts the engine in the slot and starts watching the folder. */
async function loadKnowledge(config: Config, analyzer: Analyzer, slot: EngineSlot, log: Logger): Promise<KnowledgeWatcher> {
  const engine = await createEngine({ knowledgeDir: config.knowledgeDir, dataDir: config.dataDir, analyzer, limits: config.knowledgeLimits });
  slot.fill(engine);
  const problems = engine.problems.map(formatProblem);
  log[problems.length > 0 ? 'warn' : 'info']({ documents: engine.documentCount, knowledge: engine.version, problems }, 'knowledge loaded; ready');
  return watchKnowledge(config.knowledgeDir, engine, log, { rescanMs: config.knowledgeRescanSeconds * 1000 });
}

function exitAfterFatal(log: Logger, error: unknown, msg: string): void {
  log.fatal({ err: error }, msg);
  process.exit(1);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    // Read by a person at start-up: the plain list on stderr, the same as one JSON line on stdout.
    console.error(error.message);
    createLogger('info').fatal({ problems: error.problems.map((p) => p.message) }, 'configuration problems; not starting');
  } else {
    (logger ?? createLogger('info')).fatal({ err: error }, 'could not start');
  }
  process.exit(1);
});
