/**
 * Molnkoll's entry point (`npm start`): configuration and the data folder checked, store, bot
 * and server, then the engine, whose index may take a moment (turns wait for it, /readyz answers
 * 503 until then), then the knowledge watcher. SIGTERM drains every request already received.
 * Wiring only, top to bottom: what any step does is in the module it comes from.
 */
import fs from 'node:fs';
import { loadConfig } from './config/load-config';
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
import { EngineSlot } from './server/engine-slot';
import { startServer } from './server/start-server';
import { loadKnowledge } from './server/load-knowledge';
import { shutDownOnSignal } from './server/shut-down-on-signal';
import { exitAfterStartFailure, exitOnFatal } from './server/exit-on-fatal';
import { WriteProbe } from './server/write-probe';
import { openAdminQueries } from './store/open-admin-queries';
import { mountAdminRoutes } from './admin/mount-admin-routes';

let logger: Logger | undefined;

async function main(): Promise<void> {
  // A .env beside package.json fills in what the real environment leaves unset.
  if (fs.existsSync('.env')) process.loadEnvFile('.env');
  const config = loadConfig(process.env);
  checkDataDir(config.dataDir);
  const log = createLogger(config.logLevel);
  logger = log;
  routeConsoleToLogger(log);
  exitOnFatal(log);

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

  shutDownOnSignal({
    logger: log,
    graceMs: config.shutdownGraceMs,
    server,
    steps: [
      () => bot.close(),
      () => loading.then((watcher) => watcher.close(), () => undefined),
      () => retention.stop(),
      () => adminQueries?.close(),
      () => store.close(),
    ],
  });
  await loading;
}

main().catch((error: unknown) => exitAfterStartFailure(error, logger));
