/**
 * The engine as the command-line tools use it: the same KNOWLEDGE_DIR, DATA_DIR and analyzer
 * settings as the bot, with knowledge problems reported on stderr so stdout stays clean.
 */
import pino from 'pino';
import { Engine, createEngine, formatProblem } from '../engine';
import { createAnalyzer } from '../analyzer/create-analyzer';
import { loadConfig } from '../config/load-config';

export async function openEngineForCli(env: NodeJS.ProcessEnv = process.env): Promise<Engine> {
  const logger = pino({ level: 'warn' }, pino.destination(2));
  // The bot's own parsing: the same defaults, limits and errors for a bad value.
  const config = loadConfig(env);
  const analyzer = createAnalyzer(config.azureLanguage, logger);
  const engine = await createEngine({ knowledgeDir: config.knowledgeDir, dataDir: config.dataDir, analyzer, limits: config.knowledgeLimits });
  for (const problem of engine.problems) process.stderr.write(`knowledge: ${formatProblem(problem)}\n`);
  return engine;
}
