/**
 * Every answer the bot sends, under a random id: what its card's buttons carry instead of the
 * answer itself, so a vote or an escalation is about what the bot said, looked up here, and
 * never about what a client claims it said. A user is only the keyed hash.
 */
import { Answer, Language } from '../engine';
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
  /**
   * The whole answer as the engine gave it (its question redacted): kind, facets, verdict,
   * deciding document, caveats and citations are stored from it, and the card is redrawn from it.
   */
  answer: Answer;
}

/** Why an answer did not help, as the card offers it. */
export const VOTE_REASONS = ['wrong_verdict', 'outdated', 'not_answered', 'other'] as const;
export type VoteReason = (typeof VOTE_REASONS)[number];

/** What a retention purge removed. */
export interface PurgeResult {
  answers: number;
  feedback: number;
  contexts: number;
}

export interface LoggedAnswer extends Omit<NewLoggedAnswer, 'answer'> {
  id: string;
  /** ISO 8601 */
  createdAt: string;
  vote: Vote | null;
  reason: VoteReason | null;
  /** Absent for answers logged before answers were kept whole. */
  answer?: Answer;
  /** The id of the message that showed it (Teams), so a vote can update that card. */
  activityId?: string;
}

export interface AnswerLog {
  /** Stores the answer under a new random id, before it is sent. */
  logAnswer(answer: NewLoggedAnswer): Promise<LoggedAnswer>;
  answerById(id: string): Promise<LoggedAnswer | undefined>;
  /** Sets the answer's vote, replacing an earlier one (and its reason), and keeps it as feedback. */
  recordVote(id: string, vote: Vote): Promise<void>;
  /** Why a not-helpful vote was given; kept on the vote's feedback. */
  recordVoteReason(id: string, reason: VoteReason): Promise<void>;
  /** The message the answer was shown in, once the channel has given it an id. */
  setAnswerActivityId(id: string, activityId: string): Promise<void>;
  /** Deletes answers logged before `before`, their feedback, and conversation contexts as old. */
  purgeBefore(before: Date): Promise<PurgeResult>;
}
