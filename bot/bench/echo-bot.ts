/**
 * The HTTP benchmark's yardstick: the same restify server and CloudAdapter as Molnkoll, with a
 * bot that only echoes the text. What Molnkoll costs beyond this is the cost of answering.
 * Usage: node dist/bot/bench/echo-bot.js PORT (environment as for the bot)
 */
import { ActivityHandler } from 'botbuilder';
import { loadConfig } from '../config/load-config';
import { createLogger } from '../logging/create-logger';
import { startServer } from '../server/start-server';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const bot = new ActivityHandler().onMessage(async (context, next) => {
    await context.sendActivity(context.activity.text ?? '');
    await next();
  });
  await startServer(config, { bot, logger: createLogger('warn'), readiness: () => ({ ready: true }) });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
