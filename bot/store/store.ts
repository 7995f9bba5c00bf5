/**
 * Everything the bot keeps, as one interface: SQLite (the embedded default) and PostgreSQL
 * (several instances sharing one database) both implement it and pass the same contract suite.
 */
import { ConversationMemory } from './conversation-memory';
import { FeedbackStore } from './feedback-store';
import { HelpdeskStore, TransactionOptions } from './helpdesk-store';
import { RateCounter } from './rate-counter';
import { AdminSessionStore } from './admin-session-store';

export interface Store extends FeedbackStore, ConversationMemory, HelpdeskStore, RateCounter, AdminSessionStore {
  /** As HelpdeskStore's, with the whole store on `tx`: a question turn's writes commit as one. */
  inTransaction<T>(work: (tx: Store) => Promise<T>, options?: TransactionOptions): Promise<T>;
  close(): Promise<void>;
}
