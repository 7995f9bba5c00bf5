/**
 * Messages that must arrive (the ticket card and its updates in the helpdesk channel, notices
 * and answers to the asker), stored before anything is said about them and sent by the
 * OutboxDrainer until the connector accepts them. A message is content-free: it names a ticket
 * and what to tell, and is built from the ticket as it is when it goes out, so a retry never
 * sends a stale card.
 */
export type AskerNoticeKind = 'claimed' | 'answered' | 'closed' | 'reopened';

export type OutboxMessage = { kind: 'ticket_card'; ticketId: string } | { kind: 'asker_notice'; ticketId: string; notice: AskerNoticeKind };

export type QueuedMessage = OutboxMessage & { id: number; attempts: number };

export interface Outbox {
  /**
   * Queues a message. A ticket card already waiting or on its way is not queued twice; it is
   * marked to go out once more after its current send, with the ticket as it is then.
   */
  enqueue(message: OutboxMessage, now: Date): Promise<void>;
  /**
   * Messages whose next attempt is due, oldest first; taking them clears their "once more" mark.
   * A store shared by several instances leases what it hands out, so no other instance takes
   * the same message while this one sends it.
   */
  takeDue(now: Date, limit: number): Promise<QueuedMessage[]>;
  /** The earliest next attempt of a message still waiting, if any. */
  nextAttemptAt(): Promise<Date | undefined>;
  /** Sent; or, when marked "once more" while on its way, due again at once. */
  markSent(id: number, at: Date): Promise<void>;
  markFailed(id: number, error: string, nextAttemptAt: Date): Promise<void>;
  /** A refusal that no retry can fix (the connector said 4xx): kept for the record, never sent. */
  markGivenUp(id: number, error: string, at: Date): Promise<void>;
  /** Messages not yet sent (nor given up), for tests and operators. */
  pending(): Promise<QueuedMessage[]>;
}
