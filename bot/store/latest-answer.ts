/**
 * A user's latest answered question in a conversation: what a `+1` reply rates and what the
 * text `helpdesk` escalates, kept in the store so both work after a restart too.
 */
import { Citation, Language, Verdict } from '../engine';

/** The bot's answer as it was shown, so the helpdesk sees what was said. */
export interface BotAnswerSnapshot {
  verdict: Verdict | null;
  answered: boolean;
  answer: string;
  citations: Citation[];
}

export interface LatestAnswer {
  /** Redacted. */
  question: string;
  language: Language;
  botAnswer: BotAnswerSnapshot;
  /** The answer log's id, so `+1` rates that very answer. */
  answerId?: string;
}

export interface LatestAnswerMemory {
  rememberLatestAnswer(conversationId: string, userHash: string, answer: LatestAnswer): Promise<void>;
  latestAnswer(conversationId: string, userHash: string): Promise<LatestAnswer | undefined>;
}
