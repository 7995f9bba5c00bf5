/** Builds the index (the slow part), puts the engine in the slot and starts watching the knowledge folder. */
import { Config } from '../config/config';
import { Analyzer, createEngine, formatProblem } from '../engine';
import { Logger } from '../logging/create-logger';
import { EngineSlot } from './engine-slot';
import { KnowledgeWatcher, watchKnowledge } from './watch-knowledge';

export async function loadKnowledge(
  config: Pick<Config, 'knowledgeDir' | 'dataDir' | 'knowledgeLimits' | 'knowledgeRescanSeconds'>,
  analyzer: Analyzer,
  slot: EngineSlot,
  log: Logger,
): Promise<KnowledgeWatcher> {
  const engine = await createEngine({ knowledgeDir: config.knowledgeDir, dataDir: config.dataDir, analyzer, limits: config.knowledgeLimits });
  slot.fill(engine);
  const problems = engine.problems.map(formatProblem);
  log[problems.length > 0 ? 'warn' : 'info']({ documents: engine.documentCount, knowledge: engine.version, problems }, 'knowledge loaded; ready');
  return watchKnowledge(config.knowledgeDir, engine, log, { rescanMs: config.knowledgeRescanSeconds * 1000 });
}
