/**
 * Everything the bot keeps, as one interface: SQLite (the embedded default) and PostgreSQL
 * (several instances sharing one database) both implement it and pass the same contract suite.
 */
import { ConversationMemory } from './conversation-memory';
import { FeedbackStore } from './feedback-store';
import { HelpdeskStore } from './helpdesk-store';

export interface Store extends FeedbackStore, ConversationMemory, HelpdeskStore {
  close(): Promise<void>;
}
