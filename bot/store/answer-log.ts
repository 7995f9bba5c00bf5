/**
 * Every answer the bot sends, under a random id: what its card's buttons carry instead of the
 * answer itself, so a vote or an escalation is about what the bot said, looked up here, and
 * never about what a client claims it said. A user is only the keyed hash.
 */
import { Language } from '../engine';
import { Vote } from './feedback-store';
import { BotAnswerSnapshot } from './latest-answer';

export interface NewLoggedAnswer {
  userHash: string;
  /** Redacted. */
  question: string;
  language: Language;
  channel: string;
  knowledgeVersion: string | null;
  botAnswer: BotAnswerSnapshot;
}

export interface LoggedAnswer extends NewLoggedAnswer {
  id: string;
  /** ISO 8601 */
  createdAt: string;
  vote: Vote | null;
}

export interface AnswerLog {
  /** Stores the answer under a new random id, before it is sent. */
  logAnswer(answer: NewLoggedAnswer): LoggedAnswer;
  answerById(id: string): LoggedAnswer | undefined;
  /** Sets the answer's vote, replacing an earlier one, and keeps it as feedback. */
  recordVote(id: string, vote: Vote): void;
}
