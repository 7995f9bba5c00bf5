/**
 * Molnkoll's entry point (`npm start`): configuration, store, bot and server, then the engine,
 * whose index may take a moment (/readyz answers 503 until then), then the knowledge watcher.
 */
import fs from 'node:fs';
import { loadConfig } from './config/load-config';
import { Config } from './config/config';
import { ConfigError } from './config/config-error';
import { createLogger, Logger } from './logging/create-logger';
import { SqliteStore } from './store/sqlite-store';
import { createBot } from './teams/create-bot';
import { renderAnswer } from './render/render-answer';
import { createAnalyzer } from './analyzer/create-analyzer';
import { createEngine, formatProblem } from './engine';
import { Analyzer } from './engine';
import { EngineSlot } from './server/engine-slot';
import { startServer } from './server/start-server';
import { KnowledgeWatcher, watchKnowledge } from './server/watch-knowledge';

async function main(): Promise<void> {
  // A .env beside package.json fills in what the real environment leaves unset.
  if (fs.existsSync('.env')) process.loadEnvFile('.env');
  const config = loadConfig(process.env);
  const logger = createLogger(config.logLevel);
  const analyzer = createAnalyzer(config.azureLanguage, logger);
  const store = SqliteStore.open(config.dataDir);
  const slot = new EngineSlot();
  const bot = createBot(config, {
    engine: () => slot.current,
    store,
    logger,
    render: renderAnswer,
    helpdesk: { tickets: store, analyzer, settings: config.helpdesk, botAppId: config.auth.appId },
  });
  const server = await startServer(config, {
    bot,
    logger,
    readiness: () => ({ ready: slot.ready, documents: slot.current?.documentCount }),
  });
  const loading = loadKnowledge(config, analyzer, slot, logger);

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      logger.info({ signal }, 'shutting down: finishing turns in flight');
      server
        .close()
        .then(() => loading.then((watcher) => watcher.close(), () => undefined))
        .then(() => store.close())
        .then(
          () => process.exit(0),
          (error: unknown) => {
            logger.error({ err: error }, 'shutdown failed');
            process.exit(1);
          },
        );
    });
  }
  await loading;
}

/** Builds the index (the slow part), puts the engine in the slot and starts watching the folder. */
async function loadKnowledge(config: Config, analyzer: Analyzer, slot: EngineSlot, logger: Logger): Promise<KnowledgeWatcher> {
  const engine = await createEngine({ knowledgeDir: config.knowledgeDir, dataDir: config.dataDir, analyzer });
  slot.fill(engine);
  const problems = engine.problems.map(formatProblem);
  logger[problems.length > 0 ? 'warn' : 'info']({ documents: engine.documentCount, problems }, 'knowledge loaded; ready');
  return watchKnowledge(config.knowledgeDir, engine, logger);
}

main().catch((error: unknown) => {
  // Before the logger exists (bad configuration) a plain message reads best.
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
