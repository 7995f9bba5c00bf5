/**
 * "Check a document before publishing": the candidate is written into a temporary copy of the
 * knowledge folder (the real one is never touched), loaded by the same loader and answered
 * from by a fresh engine, so the admin sees what the bot would make of it: its metadata,
 * rulings, conditions, `concerns`, the loader's problems, and three sample answers beside
 * the ones the served knowledge gives today.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Answer, DocumentInfo, Engine, Glossary, KnowledgeProblem, Verdict, createEngine, formatProblem, loadKnowledgeFolder } from '../engine';
import type { EngineOptions } from '../engine';

/** A plain file name in the folder's top level: nothing that could climb out of the copy. */
const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,100}\.md$/;

export class DocumentNameError extends Error {}

export function checkFileName(name: string): string {
  const trimmed = name.trim();
  if (!FILE_NAME.test(trimmed) || trimmed.includes('..')) {
    throw new DocumentNameError(`The file name must be a Markdown file name such as my-decision-2026.md (letters, digits, . _ -), got '${name}'`);
  }
  return trimmed;
}

export interface SampleAnswer {
  question: string;
  /** With the candidate in the folder. */
  with: AnswerBrief;
  /** With the knowledge served now; absent when no engine is loaded. */
  now?: AnswerBrief;
}

export interface AnswerBrief {
  verdict: Verdict | null;
  answered: boolean;
  decidedBy?: string;
  /** Whether the answer cites the candidate. */
  citesCandidate: boolean;
  text: string;
}

export interface DocumentCheck {
  name: string;
  /** True when the name is a file already in the folder: the check shows it replaced. */
  replaces: boolean;
  /** Absent when the loader left the file out. */
  document?: DocumentInfo;
  /** Problems the loader reports with the candidate that it does not report today. */
  problems: KnowledgeProblem[];
  samples: SampleAnswer[];
}

export interface CheckOptions {
  knowledgeDir: string;
  /** The served engine, for the answers as they are today. */
  served?: Engine;
  /** The bot's file size limits, so the check leaves out what the bot would. */
  limits?: EngineOptions['limits'];
  /** Where the temporary folder goes (os.tmpdir() by default). */
  tmpDir?: string;
}

export async function checkDocument(name: string, markdown: string, options: CheckOptions): Promise<DocumentCheck> {
  const fileName = checkFileName(name);
  const copy = await fs.mkdtemp(path.join(options.tmpDir ?? os.tmpdir(), 'molnkoll-check-'));
  try {
    const folder = path.join(copy, 'knowledge');
    await fs.cp(options.knowledgeDir, folder, { recursive: true, filter: (source) => !path.basename(source).startsWith('.') });
    const target = path.join(folder, fileName);
    const replaces = await fs.stat(target).then(() => true, () => false);
    await fs.writeFile(target, markdown);
    const loaded = await loadKnowledgeFolder(folder, undefined, options.limits);
    const before = new Set((options.served?.problems ?? []).map(formatProblem));
    const problems = loaded.problems.filter((p) => !before.has(formatProblem(p)));
    const found = loaded.documents.find((d) => d.path === fileName);
    const document = found && withoutSections(found);
    const questions = document && loaded.glossary ? sampleQuestions(document, loaded.glossary) : [];
    const samples: SampleAnswer[] = [];
    if (document && questions.length > 0) {
      const engine = await createEngine({ knowledgeDir: folder, limits: options.limits });
      for (const question of questions) {
        const now = options.served ? brief(await options.served.ask(question), document.id) : undefined;
        samples.push({ question, with: brief(await engine.ask(question), document.id), ...(now ? { now } : {}) });
      }
    }
    return { name: fileName, replaces, ...(document ? { document } : {}), problems, samples };
  } finally {
    await fs.rm(copy, { recursive: true, force: true });
  }
}

function withoutSections<T extends { sections: unknown }>({ sections: _sections, ...rest }: T): Omit<T, 'sections'> {
  return rest;
}

function brief(answer: Answer, candidateId: string): AnswerBrief {
  return {
    verdict: answer.verdict,
    answered: answer.answered,
    ...(answer.decidedBy ? { decidedBy: answer.decidedBy.id } : {}),
    citesCandidate: answer.citations.some((c) => c.id === candidateId),
    text: answer.answer,
  };
}

/** Up to three questions in the document's language: its rulings' pairs, then its `concerns`, then its title. */
export function sampleQuestions(document: DocumentInfo, glossary: Glossary): string[] {
  const language = document.language;
  const label = (entries: Glossary['services'], id: string) => entries[id]?.label[language];
  const ask = (service: string | undefined, data: string): string | undefined => {
    const dataLabel = label(glossary.data, data);
    if (!dataLabel) return undefined;
    const serviceLabel = service && service !== 'any' ? label(glossary.services, service) : undefined;
    if (service && service !== 'any' && !serviceLabel) return undefined;
    if (language === 'sv') return serviceLabel ? `Får jag lagra ${dataLabel} i ${serviceLabel}?` : `Får jag lagra ${dataLabel} i en molntjänst?`;
    return serviceLabel ? `May I store ${dataLabel} in ${serviceLabel}?` : `May I store ${dataLabel} in a cloud service?`;
  };
  const concerns = document.concerns;
  const candidates = [
    ...document.rulings.map((r) => ask(r.service, r.data)),
    ...(concerns ? concerns.data.flatMap((d) => (concerns.services.length > 0 ? concerns.services : [undefined]).map((s) => ask(s, d))) : []),
    language === 'sv' ? `Vad säger ${document.title}?` : `What does ${document.title} say?`,
  ];
  return [...new Set(candidates.filter((q): q is string => q !== undefined))].slice(0, 3);
}
