/** One evaluation case checked against an Answer; the format is ../shared/eval/README.md. */
import { Answer } from '../engine';

export interface EvalCase {
  id: string;
  question: string;
  verdict?: string | string[] | null;
  answered?: boolean | 'any';
  must?: (string | string[])[];
  must_not?: string[];
  redactions_min?: number;
  min_docs?: number;
}

export function checkCase(evalCase: EvalCase, answer: Answer): string[] {
  const failures: string[] = [];
  if (evalCase.verdict !== undefined) {
    const allowed = Array.isArray(evalCase.verdict) ? evalCase.verdict : [evalCase.verdict];
    if (!allowed.includes(answer.verdict as string)) failures.push(`verdict ${String(answer.verdict)}, expected ${allowed.map(String).join(' or ')}`);
  }
  const expectedAnswered = evalCase.answered ?? true;
  if (expectedAnswered !== 'any' && answer.answered !== expectedAnswered) failures.push(`answered ${answer.answered}, expected ${expectedAnswered}`);

  const searchable = [answer.answer, ...answer.citations.flatMap((c) => [c.quote, c.title])].join('\n').toLowerCase();
  for (const entry of evalCase.must ?? []) {
    const options = Array.isArray(entry) ? entry : [entry];
    if (!options.some((option) => searchable.includes(option.toLowerCase()))) failures.push(`none of ${JSON.stringify(options)} in the answer or its citations`);
  }
  const everything = JSON.stringify(answer).toLowerCase();
  for (const forbidden of evalCase.must_not ?? []) {
    if (everything.includes(forbidden.toLowerCase())) failures.push(`"${forbidden}" appears in the Answer`);
  }
  if (evalCase.redactions_min !== undefined && answer.redactions < evalCase.redactions_min) failures.push(`redactions ${answer.redactions}, expected at least ${evalCase.redactions_min}`);
  if (evalCase.min_docs !== undefined) {
    const docs = new Set(answer.citations.map((c) => c.id)).size;
    if (docs < evalCase.min_docs) failures.push(`citations from ${docs} documents, expected at least ${evalCase.min_docs}`);
  }
  return failures;
}
