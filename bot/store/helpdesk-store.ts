/** What the helpdesk needs of a store: tickets, the answer log, and an outbox written in the same transactions. */
import { AnswerLog } from './answer-log';
import { LatestAnswerMemory } from './latest-answer';
import { Outbox, OutboxMessage } from './outbox';
import { TicketStore } from './ticket-store';

export interface TransactionOptions {
  lockKey?: string;
  /**
   * false: the commit returns before it is flushed to disk. A crash of the process loses nothing
   * and nothing is ever half-written, but a power cut may lose the last moments' commits. For
   * what is a record of the chat (the answer log, follow-up context), never for a ticket: an
   * fsync on every question turn was a third of the bot's time under load.
   */
  synchronousCommit?: boolean;
}

export interface HelpdeskStore extends TicketStore, AnswerLog, LatestAnswerMemory {
  readonly outbox: Outbox;
  /** Queues a message; inside `inTransaction`, it commits with the change it belongs to. */
  enqueue(message: OutboxMessage): Promise<void>;
  /**
   * Runs `work` as one transaction on `tx`, a view of this store bound to it: a ticket change
   * and the messages it queues commit together, or not at all. Calls made through `tx` belong
   * to the transaction; nested calls join the outer one. Transactions with the same `lockKey`
   * run one at a time, across every instance sharing the store (a check-then-insert needs that).
   */
  inTransaction<T>(work: (tx: HelpdeskStore) => Promise<T>, options?: TransactionOptions): Promise<T>;
}
