/**
 * AdminQueries on the PostgreSQL store's database, through a small pool of its own whose
 * sessions are read only (default_transaction_read_only): the admin page can never write, and
 * a slow report never takes a connection the bot's turns are waiting for.
 */
import { Pool } from 'pg';
import { Language } from '../engine';
import { AdminQueries, AnswerFact, ImproveReason, QuestionToImprove, ticketCountsFrom } from './admin-queries';
import { Vote } from './feedback-store';
import { iso } from './postgres-queryable';
import { TicketStatus } from './ticket-store';

/** A page load runs three queries at once; more connections would only take them from the bot. */
const MAX_CONNECTIONS = 3;

export interface PostgresAdminQueriesOptions {
  /** An idle pooled connection failed; the pool replaces it. */
  onIdleError?: (error: Error) => void;
}

export class PostgresAdminQueries implements AdminQueries {
  private constructor(private readonly pool: Pool) {}

  /** The schema must exist (PostgresStore.open migrates it). */
  static open(connectionString: string, options: PostgresAdminQueriesOptions = {}): PostgresAdminQueries {
    const pool = new Pool({ connectionString, max: MAX_CONNECTIONS, options: '-c default_transaction_read_only=on' });
    pool.on('error', (error) => options.onIdleError?.(error));
    return new PostgresAdminQueries(pool);
  }

  async questionsToImprove(since?: string): Promise<QuestionToImprove[]> {
    const { rows } = await this.pool.query<{ question: string; language: string; at: Date; reason: string }>(
      `SELECT question_redacted AS question, language, created_at AS at,
              CASE WHEN NOT answered THEN 'unanswered' ELSE 'not_helpful' END AS reason
         FROM answers WHERE created_at >= $1 AND (NOT answered OR vote = 'not_helpful')
       UNION ALL
       SELECT question, language, created_at AS at, 'escalated' AS reason FROM tickets WHERE created_at >= $1
       ORDER BY at`,
      [lowerBound(since)],
    );
    return rows.map((row) => ({ question: row.question, language: row.language as Language, at: iso(row.at), reason: row.reason as ImproveReason }));
  }

  async answerFacts(since?: string): Promise<AnswerFact[]> {
    const { rows } = await this.pool.query<{ at: Date; answered: boolean; vote: string | null }>(
      'SELECT created_at AS at, answered, vote FROM answers WHERE created_at >= $1 ORDER BY created_at',
      [lowerBound(since)],
    );
    return rows.map((row) => ({ at: iso(row.at), answered: row.answered, vote: row.vote as Vote | null }));
  }

  async votes(since?: string): Promise<{ at: string; vote: Vote }[]> {
    const { rows } = await this.pool.query<{ at: Date; vote: Vote }>('SELECT at, vote FROM feedback WHERE at >= $1 ORDER BY at', [lowerBound(since)]);
    return rows.map((row) => ({ at: iso(row.at), vote: row.vote }));
  }

  async ticketCounts(): Promise<Record<TicketStatus, number>> {
    // COUNT is a bigint, which pg hands back as a string; a handful of tickets fits an integer.
    const { rows } = await this.pool.query<{ status: TicketStatus; n: number }>('SELECT status, COUNT(*)::integer AS n FROM tickets GROUP BY status');
    return ticketCountsFrom(rows);
  }

  async close(): Promise<void> {
    if (!this.pool.ended) await this.pool.end();
  }
}

/** Before any answer could have been logged, when no `since` is given. */
const lowerBound = (since: string | undefined): string => since ?? '-infinity';
