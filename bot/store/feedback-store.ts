/**
 * What the bot keeps about answers and votes. An interface, so a deployment that outgrows one
 * instance can move this to a managed database without touching the turn handling.
 */
import { Verdict } from '../engine';

export type Vote = 'helpful' | 'not_helpful';

/** An answer as it may be stored: the question is the redacted one, the user a hash. */
export interface AnsweredQuestion {
  question: string;
  verdict: Verdict | null;
  citedIds: string[];
}

export interface FeedbackEntry extends AnsweredQuestion {
  vote: Vote;
  userHash: string;
  channelId: string;
  /** ISO 8601 */
  at: string;
}

export interface FeedbackStore {
  saveFeedback(entry: FeedbackEntry): Promise<void>;
  /** Newest first. */
  listFeedback(limit?: number): Promise<FeedbackEntry[]>;
}
