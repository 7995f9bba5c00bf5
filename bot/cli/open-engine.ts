/**
 * The engine as the command-line tools use it: the same KNOWLEDGE_DIR, DATA_DIR and analyzer
 * settings as the bot, with knowledge problems reported on stderr so stdout stays clean.
 */
import pino from 'pino';
import { Engine, createEngine, formatProblem } from '../engine';
import { createAnalyzer } from '../analyzer/create-analyzer';

export async function openEngineForCli(env: NodeJS.ProcessEnv = process.env): Promise<Engine> {
  const logger = pino({ level: 'warn' }, pino.destination(2));
  const analyzer = createAnalyzer({ endpoint: env.AZURE_LANGUAGE_ENDPOINT, key: env.AZURE_LANGUAGE_KEY }, logger);
  const engine = await createEngine({ knowledgeDir: env.KNOWLEDGE_DIR || 'knowledge', dataDir: env.DATA_DIR || 'data', analyzer });
  for (const problem of engine.problems) process.stderr.write(`knowledge: ${formatProblem(problem)}\n`);
  return engine;
}
