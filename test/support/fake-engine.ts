/** A typed stand-in for the engine, for tests about the bot rather than about answers. */
import { Answer } from '../../bot/engine/types';
import { Engine, KnowledgeVersion, KnowledgeView, ReloadResult } from '../../bot/engine/engine';
import { KnowledgeProblem } from '../../bot/engine/types';

export function cannedAnswer(question: string, overrides: Partial<Answer> = {}): Answer {
  return {
    question,
    language: 'sv',
    kind: 'verdict',
    facets: { services: ['office365'], data: ['health'] },
    verdict: 'pending',
    decisions: [],
    caveats: [],
    readings: [],
    quotes: [],
    notices: { needsDataClass: false, undecided: [], unknownServices: [], unknownNames: [], redacted: false },
    answered: true,
    confidence: 0.8,
    answer: 'Inte ännu. Beslut om hälsodata i Office 365 är under arbete [1].',
    conditions: [],
    citations: [{ n: 1, id: 'goteborg-office365-beslut-2016', title: 'Beslut om Office 365', issuer: 'Göteborgs Stad', date: '2016-05-01', dateApproximate: false, quote: 'Hälsodata får inte lagras.' }],
    redactions: 0,
    suggestions: [],
    ...overrides,
  };
}

export class FakeEngine implements Engine {
  readonly asked: string[] = [];
  problems: KnowledgeProblem[] = [];
  documentCount = 3;
  delayMs = 0;
  failWith: Error | undefined;
  reloads = 0;
  nextReload: ReloadResult | Error = { ok: true, problems: [], documents: 3 };
  version: KnowledgeVersion = { hash: '0123456789ab', documents: 3, loadedAt: '2026-01-01T00:00:00.000Z' };
  /** An empty folder: tests about the bot need no documents. */
  knowledge: KnowledgeView = { glossary: { services: {}, data: {}, terms: [] }, documents: [], problems: [], loadedAt: new Date('2026-01-01T00:00:00.000Z') };

  constructor(private readonly answerFor: (question: string) => Answer = (q) => cannedAnswer(q)) {}

  async ask(question: string): Promise<Answer> {
    this.asked.push(question);
    if (this.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    if (this.failWith) throw this.failWith;
    return this.answerFor(question);
  }

  async reload(): Promise<ReloadResult> {
    this.reloads += 1;
    if (this.nextReload instanceof Error) throw this.nextReload;
    return this.nextReload;
  }
}
