/** What the helpdesk needs of a store: tickets, the answer log, and an outbox written in the same transactions. */
import { AnswerLog } from './answer-log';
import { LatestAnswerMemory } from './latest-answer';
import { Outbox, OutboxMessage } from './outbox';
import { TicketStore } from './ticket-store';

export interface HelpdeskStore extends TicketStore, AnswerLog, LatestAnswerMemory {
  readonly outbox: Outbox;
  /** Queues a message; inside `inTransaction`, it commits with the change it belongs to. */
  enqueue(message: OutboxMessage): void;
  inTransaction<T>(work: () => T): T;
}
