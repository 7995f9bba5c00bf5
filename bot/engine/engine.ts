/**
 * The engine's one entry point: load a knowledge folder, answer questions from it, reload it.
 * The CLI, the bot and the tests all go through `createEngine`.
 */
import { Analyzer, Answer, KnowledgeProblem } from './types';
import { LocalAnalyzer } from './analysis/local-analyzer';
import { loadKnowledgeBase, KnowledgeBase } from './knowledge-base';
import { answerQuestion } from './compose/answer-question';

export interface EngineOptions {
  knowledgeDir: string;
  /** Where the serialised index is cached; no cache when absent. */
  dataDir?: string;
  analyzer?: Analyzer;
}

export interface ReloadResult {
  /** False when the folder could not be served at all (the last good index stays). */
  ok: boolean;
  problems: KnowledgeProblem[];
  documents: number;
}

export interface Engine {
  ask(question: string): Promise<Answer>;
  reload(): Promise<ReloadResult>;
  /** Problems of the knowledge currently served. */
  readonly problems: KnowledgeProblem[];
  readonly documentCount: number;
}

export async function createEngine(options: EngineOptions): Promise<Engine> {
  const analyzer = options.analyzer ?? new LocalAnalyzer();
  let base: KnowledgeBase = await loadKnowledgeBase(options.knowledgeDir, options.dataDir);
  if (!base.servable) {
    throw new Error(`The knowledge folder ${options.knowledgeDir} cannot be served:\n` + base.problems.map(formatProblem).join('\n'));
  }
  return {
    async ask(question: string): Promise<Answer> {
      const analysis = await analyzer.analyze(question);
      return answerQuestion(base, analysis);
    },
    async reload(): Promise<ReloadResult> {
      const next = await loadKnowledgeBase(options.knowledgeDir, options.dataDir);
      // A folder that cannot be served at all (no glossary) never replaces a good index.
      if (next.servable) base = next;
      return { ok: next.servable, problems: next.problems, documents: next.documents.length };
    },
    get problems() {
      return base.problems;
    },
    get documentCount() {
      return base.documents.length;
    },
  };
}

export function formatProblem(problem: KnowledgeProblem): string {
  const where = problem.line === undefined ? problem.path : `${problem.path}:${problem.line}`;
  return `${where}: ${problem.message}`;
}
