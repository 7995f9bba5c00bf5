/**
 * Starts the real server in-process on a free port, wired as bot/index.ts wires it, beside a
 * connector stand-in that receives the replies. Each test bot has its own data folder.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Activity } from 'botbuilder';
import { loadConfig, Env } from '../../bot/config/load-config';
import { Engine } from '../../bot/engine/engine';
import { renderAnswer } from '../../bot/render/render-answer';
import { EngineSlot } from '../../bot/server/engine-slot';
import { OpenIdEndpoints } from '../../bot/server/edge-adapter';
import { WriteProbe } from '../../bot/server/write-probe';
import { RunningServer, startServer } from '../../bot/server/start-server';
import { SqliteStore } from '../../bot/store/sqlite-store';
import { createBot } from '../../bot/teams/create-bot';
import { ConnectorStandIn } from './connector-stand-in';
import { captureLogs, LogCapture } from './log-capture';

export interface TestBot {
  server: RunningServer;
  /** The bot's data folder (the SQLite store), removed on close. */
  dataDir: string;
  standIn: ConnectorStandIn;
  store: SqliteStore;
  slot: EngineSlot;
  logs: LogCapture;
  /** Posts an activity to /api/messages as a channel would. */
  post(activity: Partial<Activity>, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

export interface TestBotOptions {
  /** Left empty (not ready) when undefined. */
  engine?: Engine;
  env?: Env;
  now?: () => number;
  /** Where tokens' signing keys are fetched (the OpenID stand-in); the SDK's defaults otherwise. */
  openId?: OpenIdEndpoints;
  /** An existing data folder (a restart): kept on close. A fresh one, removed on close, otherwise. */
  dataDir?: string;
  /** The store's clock (context expiry, log times). */
  storeNow?: () => Date;
}

export async function startTestBot(options: TestBotOptions = {}): Promise<TestBot> {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'molnkoll-bot-'));
  const config = { ...loadConfig({ DATA_DIR: dataDir, ...options.env }), port: 0 };
  const logs = captureLogs('debug');
  const store = SqliteStore.open(dataDir, { now: options.storeNow });
  const slot = new EngineSlot();
  if (options.engine) slot.fill(options.engine);
  const probe = new WriteProbe(dataDir, { cacheMs: 0 });
  const bot = createBot(config, { engine: () => slot.current, store, logger: logs.logger, render: renderAnswer, now: options.now });
  const [server, standIn] = await Promise.all([
    startServer(config, {
      bot,
      logger: logs.logger,
      readiness: async () => ({ ready: slot.ready, documents: slot.current?.documentCount, storageProblem: (await probe.check()).problem }),
      whenReady: (ms) => slot.whenReady(ms),
      openId: options.openId,
    }),
    ConnectorStandIn.start(),
  ]);
  return {
    server,
    dataDir,
    standIn,
    store,
    slot,
    logs,
    post: (activity, headers = {}) =>
      fetch(`${server.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(activity),
      }),
    async close() {
      await server.close(1000);
      await standIn.close();
      await store.close();
      if (!options.dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
