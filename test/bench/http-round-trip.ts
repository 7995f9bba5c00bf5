/**
 * Round-trip time of a question over HTTP: the real server and engine in-process, a connector
 * stand-in receiving the replies, N Teams questions posted one after another.
 * Run: npm run bench:http -- [N]   (KNOWLEDGE_DIR as for the bot)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../bot/config/load-config';
import { createLogger } from '../../bot/logging/create-logger';
import { createEngine } from '../../bot/engine/engine';
import { renderAnswer } from '../../bot/render/render-answer';
import { startServer } from '../../bot/server/start-server';
import { SqliteStore } from '../../bot/store/sqlite-store';
import { createBot } from '../../bot/teams/create-bot';
// A dev tool, so it borrows the tests' stand-in rather than shipping a second one.
import { ConnectorStandIn } from '../support/connector-stand-in';
import { teamsPersonalMessage } from '../support/activities';

const QUESTIONS = [
  'Får jag lagra hälsodata i Office 365?',
  'Får vi använda Teams för möten om socialtjänstärenden?',
  'Får jag skicka personuppgifter med e-post?',
  'May I store health data in Office 365?',
  'Får jag spara elevuppgifter i OneDrive?',
];

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 50);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'molnkoll-bench-'));
  const config = { ...loadConfig({ ...process.env, DATA_DIR: dataDir, RATE_LIMIT_PER_MINUTE: '10000' }), port: 0 };
  const logger = createLogger('warn');
  const store = SqliteStore.open(dataDir);
  const engine = await createEngine({ knowledgeDir: config.knowledgeDir, dataDir });
  const bot = createBot(config, { engine: () => engine, store, logger, render: renderAnswer });
  const server = await startServer(config, { bot, logger, readiness: () => ({ ready: true }) });
  const standIn = await ConnectorStandIn.start();

  const times: number[] = [];
  for (let i = 0; i < count + 1; i++) {
    const activity = teamsPersonalMessage(standIn.url('/bench'), QUESTIONS[i % QUESTIONS.length]);
    const started = performance.now();
    const reply = standIn.waitFor((a) => a.activity.type === 'message' && a.activityId === activity.id, 10_000);
    const res = await fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
    await reply;
    if (res.status !== 200) throw new Error(`POST /api/messages answered ${res.status}`);
    if (i > 0) times.push(performance.now() - started); // the first warms up the JIT and connections
  }

  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)].toFixed(1);
  console.log(`${count} questions over HTTP (post → reply at the connector): median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms`);

  await server.close();
  await standIn.close();
  await store.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
