/**
 * The Outbox in PostgreSQL, drained by every instance but each message by one at a time:
 * `takeDue` claims rows with FOR UPDATE SKIP LOCKED and leases them, so an instance never takes
 * what another is sending, and a lease that runs out (its instance died mid-send) frees the
 * message for the others. See outbox.ts for the rest.
 */
import { Outbox, OutboxMessage, QueuedMessage } from './outbox';
import { queuedMessageFromColumns } from './stored-rows';
import { Queryable } from './postgres-queryable';

interface OutboxRow {
  id: number;
  kind: string;
  ticket_id: string;
  notice: string | null;
  attempts: number;
  next_attempt_at: Date;
}

const WAITING = 'sent_at IS NULL AND given_up_at IS NULL';
/** Longer than a batch of sends can take (20 messages, each with a 10 s timeout). */
export const OUTBOX_LEASE_MS = 5 * 60_000;

export class PostgresOutbox implements Outbox {
  constructor(
    private readonly db: Queryable,
    private readonly leaseMs = OUTBOX_LEASE_MS,
  ) {}

  async enqueue(message: OutboxMessage, now: Date): Promise<void> {
    if (message.kind === 'ticket_card') {
      const marked = await this.db.query(`UPDATE outbox SET requeue = true WHERE kind = 'ticket_card' AND ticket_id = $1 AND ${WAITING}`, [message.ticketId]);
      if ((marked.rowCount ?? 0) > 0) return;
    }
    await this.db.query('INSERT INTO outbox (kind, ticket_id, notice, created_at, next_attempt_at) VALUES ($1, $2, $3, $4, $4)', [
      message.kind,
      message.ticketId,
      message.kind === 'asker_notice' ? message.notice : null,
      now,
    ]);
  }

  async takeDue(now: Date, limit: number): Promise<QueuedMessage[]> {
    // One statement, so the claim and the lease are atomic; SKIP LOCKED passes over rows another
    // instance is claiming this very moment instead of waiting for them.
    const { rows } = await this.db.query<OutboxRow>(
      `UPDATE outbox SET requeue = false, leased_until = $3
       WHERE id IN (
         SELECT id FROM outbox
         WHERE ${WAITING} AND next_attempt_at <= $1 AND (leased_until IS NULL OR leased_until <= $1)
         ORDER BY next_attempt_at, id LIMIT $2
         FOR UPDATE SKIP LOCKED)
       RETURNING id, kind, ticket_id, notice, attempts, next_attempt_at`,
      [now, limit, new Date(now.getTime() + this.leaseMs)],
    );
    return rows.sort((a, b) => a.next_attempt_at.getTime() - b.next_attempt_at.getTime() || a.id - b.id).map(queuedMessageFromColumns);
  }

  async nextAttemptAt(): Promise<Date | undefined> {
    const { rows } = await this.db.query<{ at: Date | null }>(`SELECT MIN(GREATEST(next_attempt_at, leased_until)) AS at FROM outbox WHERE ${WAITING}`);
    return rows[0].at ?? undefined;
  }

  async markSent(id: number, at: Date): Promise<void> {
    await this.db.query(
      `UPDATE outbox SET attempts = attempts + 1, last_error = NULL, leased_until = NULL,
         sent_at = CASE WHEN requeue THEN NULL ELSE $2::timestamptz END,
         next_attempt_at = CASE WHEN requeue THEN $2::timestamptz ELSE next_attempt_at END,
         requeue = false
       WHERE id = $1`,
      [id, at],
    );
  }

  async markFailed(id: number, error: string, nextAttemptAt: Date): Promise<void> {
    await this.db.query('UPDATE outbox SET attempts = attempts + 1, last_error = $2, next_attempt_at = $3, leased_until = NULL WHERE id = $1', [id, error.slice(0, 500), nextAttemptAt]);
  }

  async markGivenUp(id: number, error: string, at: Date): Promise<void> {
    await this.db.query('UPDATE outbox SET attempts = attempts + 1, last_error = $2, given_up_at = $3, leased_until = NULL WHERE id = $1', [id, error.slice(0, 500), at]);
  }

  async pending(): Promise<QueuedMessage[]> {
    const { rows } = await this.db.query<OutboxRow>(`SELECT id, kind, ticket_id, notice, attempts, next_attempt_at FROM outbox WHERE ${WAITING} ORDER BY id`);
    return rows.map(queuedMessageFromColumns);
  }
}

