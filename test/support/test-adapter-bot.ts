/**
 * The bot on botbuilder's TestAdapter, for turn logic where HTTP adds nothing: each `turn`
 * runs one activity and returns what the bot sent in reply.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Activity, TestAdapter } from 'botbuilder';
import { renderAnswer } from '../../bot/render/render-answer';
import { createOnTurnError } from '../../bot/server/on-turn-error';
import { SqliteStore } from '../../bot/store/sqlite-store';
import { createBot } from '../../bot/teams/create-bot';
import { Engine } from '../../bot/engine/engine';
import { captureLogs, LogCapture } from './log-capture';

export interface AdapterBot {
  turn(activity: Partial<Activity>): Promise<Partial<Activity>[]>;
  store: SqliteStore;
  logs: LogCapture;
  close(): Promise<void>;
}

export interface AdapterBotOptions {
  engine?: Engine;
  rateLimitPerMinute?: number;
  maxQuestionChars?: number;
  now?: () => number;
}

export function adapterBot(options: AdapterBotOptions = {}): AdapterBot {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'molnkoll-turn-'));
  const store = SqliteStore.open(dir);
  const logs = captureLogs('debug');
  const bot = createBot(
    { rateLimitPerMinute: options.rateLimitPerMinute ?? 20, maxQuestionChars: options.maxQuestionChars ?? 2000, conversationContextMinutes: 30 },
    { engine: () => options.engine, store, logger: logs.logger, render: renderAnswer, now: options.now },
  );
  // The third argument lets trace activities through, as the Emulator would receive them.
  const adapter = new TestAdapter(async (context) => bot.run(context), undefined, true);
  adapter.onTurnError = createOnTurnError(logs.logger);
  return {
    store,
    logs,
    async turn(activity) {
      await adapter.processActivity(activity);
      return adapter.activeQueue.splice(0);
    },
    async close() {
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
