/**
 * The engine's one entry point: load a knowledge folder, answer questions from it, reload it.
 * The CLI, the bot and the tests all go through `createEngine`.
 */
import { Analyzer, Answer, ConversationContext, DocumentInfo, Glossary, KnowledgeProblem } from './types';
import { LocalAnalyzer } from './analysis/local-analyzer';
import { fingerprintKnowledgeFolder, loadKnowledgeBase, KnowledgeBase } from './knowledge-base';
import { KnowledgeLimits } from './knowledge/knowledge-limits';
import { answerQuestion } from './compose/answer-question';

export interface EngineOptions {
  knowledgeDir: string;
  /** Where the serialised index is cached; no cache when absent. */
  dataDir?: string;
  analyzer?: Analyzer;
  /** File size, total size and extraction time limits; defaults in knowledge-limits.ts. */
  limits?: Partial<KnowledgeLimits>;
}

/** Which knowledge is served, for /readyz and logs. */
export interface KnowledgeVersion {
  /** The first 12 hex digits of the folder's content hash. */
  hash: string;
  documents: number;
  /** When this knowledge was loaded and swapped in (ISO 8601). */
  loadedAt: string;
}

/** What is served, for the admin page: read it, never change it. */
export interface KnowledgeView {
  glossary: Glossary;
  documents: DocumentInfo[];
  problems: readonly KnowledgeProblem[];
  /** When this knowledge was loaded and swapped in. */
  loadedAt: Date;
}

export interface ReloadResult {
  /** False when the folder could not be served at all (the last good index stays). */
  ok: boolean;
  problems: KnowledgeProblem[];
  documents: number;
  /** True when the folder's contents were the ones already served: nothing was rebuilt. */
  unchanged?: boolean;
}

export interface Engine {
  /** `context`: the previous answer in the same conversation (see `contextOf`), for follow-ups. */
  ask(question: string, context?: ConversationContext): Promise<Answer>;
  reload(): Promise<ReloadResult>;
  /** Problems of the knowledge currently served. */
  readonly problems: KnowledgeProblem[];
  readonly documentCount: number;
  readonly version: KnowledgeVersion;
  readonly knowledge: KnowledgeView;
}

export async function createEngine(options: EngineOptions): Promise<Engine> {
  const analyzer = options.analyzer ?? new LocalAnalyzer();
  let base: KnowledgeBase = await loadKnowledgeBase(options.knowledgeDir, options.dataDir, options.limits);
  if (!base.servable) {
    throw new Error(`The knowledge folder ${options.knowledgeDir} cannot be served:\n` + base.problems.map(formatProblem).join('\n'));
  }
  let loadedAt = new Date();
  return {
    async ask(question: string, context?: ConversationContext): Promise<Answer> {
      const analysis = await analyzer.analyze(question);
      return answerQuestion(base, analysis, context);
    },
    async reload(): Promise<ReloadResult> {
      // Contents, not names or times: a file replaced by another of the same name is a change.
      const fingerprint = await fingerprintKnowledgeFolder(options.knowledgeDir, options.limits);
      if (fingerprint.key === base.key) return { ok: true, problems: base.problems, documents: base.documents.length, unchanged: true };
      const next = await loadKnowledgeBase(options.knowledgeDir, options.dataDir, options.limits, fingerprint);
      // A folder that cannot be served at all (no glossary) never replaces a good index.
      if (next.servable) {
        base = next;
        loadedAt = new Date();
      }
      return { ok: next.servable, problems: next.problems, documents: next.documents.length };
    },
    get problems() {
      return base.problems;
    },
    get documentCount() {
      return base.documents.length;
    },
    get knowledge() {
      return { glossary: base.glossary, documents: base.documents, problems: base.problems, loadedAt };
    },
    get version() {
      return { hash: base.key.slice(0, 12), documents: base.documents.length, loadedAt: loadedAt.toISOString() };
    },
  };
}

export function formatProblem(problem: KnowledgeProblem): string {
  const where = problem.line === undefined ? problem.path : `${problem.path}:${problem.line}`;
  return `${where}: ${problem.message}`;
}
