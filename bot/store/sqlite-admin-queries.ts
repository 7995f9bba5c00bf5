/**
 * AdminQueries on the store's SQLite file, through a read-only connection of its own: the
 * admin page can never write, and the bot's connection is left alone.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { Language } from '../engine';
import { AdminQueries, AnswerFact, ImproveReason, QuestionToImprove, ticketCountsFrom } from './admin-queries';
import { Vote } from './feedback-store';
import { statement } from './prepared-statement';
import { STORE_FILE_NAME } from './sqlite-store';
import { TicketStatus } from './ticket-store';

/** Before any answer could have been logged: "no lower bound" without a second query. */
const BEGINNING = '0000';

export class SqliteAdminQueries implements AdminQueries {
  private constructor(private readonly db: Database.Database) {}

  /** The store must exist (SqliteStore.open creates and migrates it). */
  static open(dataDir: string): SqliteAdminQueries {
    const db = new Database(path.join(dataDir, STORE_FILE_NAME), { readonly: true, fileMustExist: true });
    db.pragma('busy_timeout = 5000');
    return new SqliteAdminQueries(db);
  }

  async questionsToImprove(since = BEGINNING): Promise<QuestionToImprove[]> {
    const rows = statement(
      this.db,
      `SELECT question_redacted AS question, language, created_at AS at,
              CASE WHEN answered = 0 THEN 'unanswered' ELSE 'not_helpful' END AS reason
         FROM answers WHERE created_at >= ? AND (answered = 0 OR vote = 'not_helpful')
       UNION ALL
       SELECT question, language, created_at AS at, 'escalated' AS reason FROM tickets WHERE created_at >= ?
       ORDER BY at`,
    ).all(since, since) as { question: string; language: string; at: string; reason: string }[];
    return rows.map((row) => ({ question: row.question, language: row.language as Language, at: row.at, reason: row.reason as ImproveReason }));
  }

  async answerFacts(since = BEGINNING): Promise<AnswerFact[]> {
    const rows = statement(this.db, 'SELECT created_at AS at, answered, vote FROM answers WHERE created_at >= ? ORDER BY created_at').all(since) as { at: string; answered: number; vote: string | null }[];
    return rows.map((row) => ({ at: row.at, answered: row.answered === 1, vote: row.vote as Vote | null }));
  }

  async votes(since = BEGINNING): Promise<{ at: string; vote: Vote }[]> {
    return statement(this.db, 'SELECT at, vote FROM feedback WHERE at >= ? ORDER BY at').all(since) as { at: string; vote: Vote }[];
  }

  async ticketCounts(): Promise<Record<TicketStatus, number>> {
    const rows = statement(this.db, 'SELECT status, COUNT(*) AS n FROM tickets GROUP BY status').all() as { status: TicketStatus; n: number }[];
    return ticketCountsFrom(rows);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
