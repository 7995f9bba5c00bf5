/** What the helpdesk needs to see of an answer, taken when it is shown so a later `helpdesk` can escalate it. */
import { Answer } from '../engine/types';
import { EscalatableQuestion } from '../store/ticket-store';

export function escalatableOf(answer: Answer): EscalatableQuestion {
  return {
    question: answer.question,
    language: answer.language,
    botAnswer: { verdict: answer.verdict, answered: answer.answered, answer: answer.answer, citations: answer.citations },
  };
}
