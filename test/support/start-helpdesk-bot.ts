/**
 * The real server with the helpdesk wired as bot/index.ts wires it: the SQLite store on a data
 * folder, one analyzer shared by the engine and the escalation, and the helpdesk channel on the
 * connector stand-in. The data folder and the stand-in can outlive one bot, for restart tests.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Activity } from 'botbuilder';
import { Env, loadConfig } from '../../bot/config/load-config';
import { Engine } from '../../bot/engine/engine';
import { Analyzer } from '../../bot/engine/types';
import { LocalAnalyzer } from '../../bot/engine/analysis/local-analyzer';
import { renderAnswer } from '../../bot/render/render-answer';
import { RunningServer, startServer } from '../../bot/server/start-server';
import { SqliteStore } from '../../bot/store/sqlite-store';
import { createBot } from '../../bot/teams/create-bot';
import { ConnectorStandIn } from './connector-stand-in';
import { HELPDESK_CHANNEL } from './helpdesk-activities';
import { captureLogs, LogCapture } from './log-capture';

/** The path prefix of the helpdesk's service URL on the stand-in. */
export const HELPDESK_PREFIX = '/helpdesk';

export interface HelpdeskBot {
  server: RunningServer;
  standIn: ConnectorStandIn;
  store: SqliteStore;
  logs: LogCapture;
  dataDir: string;
  post(activity: Partial<Activity>): Promise<Response>;
  /** Resolves once the outbox holds nothing still to send: every queued message delivered or given up. */
  settled(timeoutMs?: number): Promise<void>;
  /** Closes the server and the store; the data folder and the stand-in stay for the next bot. */
  stop(): Promise<void>;
}

export interface HelpdeskBotOptions {
  standIn: ConnectorStandIn;
  engine: () => Engine | undefined;
  /** The analyzer the engine was built with. */
  analyzer?: Analyzer;
  /** A fresh temp folder when absent. */
  dataDir?: string;
  /** Replaces or adds to the helpdesk variables; `HELPDESK_CONVERSATION_ID: ''` leaves the channel unconfigured. */
  env?: Env;
  timeoutMs?: number;
  /** The outbox's retry timing; fast by default, so tests need not wait out real backoff. */
  outbox?: { baseDelayMs?: number; maxDelayMs?: number; pollMs?: number };
}

export async function startHelpdeskBot(options: HelpdeskBotOptions): Promise<HelpdeskBot> {
  const { standIn } = options;
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'molnkoll-helpdesk-'));
  const config = {
    ...loadConfig({
      DATA_DIR: dataDir,
      HELPDESK_CONVERSATION_ID: HELPDESK_CHANNEL,
      HELPDESK_SERVICE_URL: standIn.url(HELPDESK_PREFIX),
      ...options.env,
    }),
    port: 0,
  };
  const logs = captureLogs('debug');
  const store = SqliteStore.open(dataDir);
  const bot = createBot(config, {
    engine: options.engine,
    store,
    logger: logs.logger,
    render: renderAnswer,
    helpdesk: {
      tickets: store,
      analyzer: options.analyzer ?? new LocalAnalyzer(),
      settings: config.helpdesk,
      botAppId: config.auth.appId,
      timeoutMs: options.timeoutMs,
      outbox: options.outbox ?? { baseDelayMs: 50, maxDelayMs: 400, pollMs: 100 },
    },
  });
  const server = await startServer(config, { bot, logger: logs.logger, readiness: () => ({ ready: options.engine() !== undefined }) });
  return {
    server,
    standIn,
    store,
    logs,
    dataDir,
    post: (activity) =>
      fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) }),
    async settled(timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while ((await store.outbox.pending()).length > 0) {
        if (Date.now() > deadline) throw new Error(`outbox not drained within ${timeoutMs} ms: ${JSON.stringify(await store.outbox.pending())}`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    async stop() {
      await server.close(1000);
      await bot.close();
      await store.close();
    },
  };
}
