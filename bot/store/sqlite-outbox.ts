/** The Outbox on the store's SQLite file; see outbox.ts. */
import Database from 'better-sqlite3';
import { Outbox, OutboxMessage, QueuedMessage } from './outbox';
import { queuedMessageFromColumns } from './stored-rows';
import { statement } from './prepared-statement';

interface OutboxRow {
  id: number;
  kind: string;
  ticket_id: string;
  notice: string | null;
  attempts: number;
}

const WAITING = 'sent_at IS NULL AND given_up_at IS NULL';

export class SqliteOutbox implements Outbox {
  constructor(private readonly db: Database.Database) {}

  async enqueue(message: OutboxMessage, now: Date): Promise<void> {
    const at = now.toISOString();
    if (message.kind === 'ticket_card') {
      const marked = statement(this.db, `UPDATE outbox SET requeue = 1 WHERE kind = 'ticket_card' AND ticket_id = ? AND ${WAITING}`)
        .run(message.ticketId);
      if (marked.changes > 0) return;
    }
    statement(this.db, 'INSERT INTO outbox (kind, ticket_id, notice, created_at, next_attempt_at) VALUES (?, ?, ?, ?, ?)')
      .run(message.kind, message.ticketId, message.kind === 'asker_notice' ? message.notice : null, at, at);
  }

  async takeDue(now: Date, limit: number): Promise<QueuedMessage[]> {
    return this.db.transaction(() => {
      const rows = statement(this.db, `SELECT id, kind, ticket_id, notice, attempts FROM outbox WHERE ${WAITING} AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?`)
        .all(now.toISOString(), limit) as OutboxRow[];
      const clear = statement(this.db, 'UPDATE outbox SET requeue = 0 WHERE id = ?');
      for (const row of rows) clear.run(row.id);
      return rows.map(queuedMessageFromColumns);
    })();
  }

  async nextAttemptAt(): Promise<Date | undefined> {
    const row = statement(this.db, `SELECT MIN(next_attempt_at) AS at FROM outbox WHERE ${WAITING}`).get() as { at: string | null };
    return row.at === null ? undefined : new Date(row.at);
  }

  async markSent(id: number, at: Date): Promise<void> {
    statement(
        this.db,
        `UPDATE outbox SET attempts = attempts + 1, last_error = NULL,
           sent_at = CASE requeue WHEN 1 THEN NULL ELSE @at END,
           next_attempt_at = CASE requeue WHEN 1 THEN @at ELSE next_attempt_at END,
           requeue = 0
         WHERE id = @id`,
      )
      .run({ id, at: at.toISOString() });
  }

  async markFailed(id: number, error: string, nextAttemptAt: Date): Promise<void> {
    statement(this.db, 'UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ? WHERE id = ?')
      .run(error.slice(0, 500), nextAttemptAt.toISOString(), id);
  }

  async markGivenUp(id: number, error: string, at: Date): Promise<void> {
    statement(this.db, 'UPDATE outbox SET attempts = attempts + 1, last_error = ?, given_up_at = ? WHERE id = ?').run(error.slice(0, 500), at.toISOString(), id);
  }

  async pending(): Promise<QueuedMessage[]> {
    const rows = statement(this.db, `SELECT id, kind, ticket_id, notice, attempts FROM outbox WHERE ${WAITING} ORDER BY id`).all() as OutboxRow[];
    return rows.map(queuedMessageFromColumns);
  }
}

