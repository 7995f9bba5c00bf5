/**
 * What the admin page and `npm run answers` read from the answer log and the tickets: read
 * only, already redacted, no user hashes. Promise-returning, so another store can serve it.
 */
import { Language } from '../engine';
import { Vote } from './feedback-store';
import { TICKET_STATUSES, TicketStatus } from './ticket-store';

/** Why a question is worth writing knowledge for. */
export type ImproveReason = 'unanswered' | 'not_helpful' | 'escalated';

export interface QuestionToImprove {
  /** Redacted. */
  question: string;
  language: Language;
  /** ISO 8601 */
  at: string;
  reason: ImproveReason;
}

/** One logged answer, reduced to what statistics need. */
export interface AnswerFact {
  at: string;
  answered: boolean;
  vote: Vote | null;
}

export interface AdminQueries {
  /** Unanswered answers, answers voted not helpful, and escalated questions, since `since` (ISO) when given. */
  questionsToImprove(since?: string): Promise<QuestionToImprove[]>;
  answerFacts(since?: string): Promise<AnswerFact[]>;
  /** Votes (from cards and text votes), oldest first. */
  votes(since?: string): Promise<{ at: string; vote: Vote }[]>;
  ticketCounts(): Promise<Record<TicketStatus, number>>;
  close(): Promise<void>;
}

/** Every status, counted or 0, from a `GROUP BY status` query's rows. */
export function ticketCountsFrom(rows: { status: TicketStatus; n: number }[]): Record<TicketStatus, number> {
  const counts = Object.fromEntries(TICKET_STATUSES.map((status) => [status, 0])) as Record<TicketStatus, number>;
  for (const row of rows) counts[row.status] = row.n;
  return counts;
}
