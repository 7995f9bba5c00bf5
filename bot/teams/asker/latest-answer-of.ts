/** What is kept of an answer when it is shown, so a later `+1` can rate it and `helpdesk` escalate it. */
import { Answer } from '../../engine';
import { LatestAnswer } from '../../store/latest-answer';

export function latestAnswerOf(answer: Answer): LatestAnswer {
  return {
    question: answer.question,
    language: answer.language,
    botAnswer: { verdict: answer.verdict, answered: answer.answered, answer: answer.answer, citations: answer.citations },
  };
}
