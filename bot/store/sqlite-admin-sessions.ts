/** Admin sessions in the SQLite file (see AdminSessionStore); times as ISO strings, which sort as times. */
import Database from 'better-sqlite3';
import { AdminSessionStore } from './admin-session-store';
import { statement } from './prepared-statement';

export class SqliteAdminSessions implements AdminSessionStore {
  constructor(private readonly db: Database.Database) {}

  async startAdminSession(idHash: string, expiresAt: Date, now: Date): Promise<void> {
    statement(this.db, 'DELETE FROM admin_sessions WHERE expires_at <= ?').run(now.toISOString());
    statement(this.db, 'INSERT INTO admin_sessions (id_hash, expires_at) VALUES (?, ?)').run(idHash, expiresAt.toISOString());
  }

  async isAdminSessionLive(idHash: string, now: Date): Promise<boolean> {
    return statement(this.db, 'SELECT 1 FROM admin_sessions WHERE id_hash = ? AND expires_at > ?').get(idHash, now.toISOString()) !== undefined;
  }

  async endAdminSession(idHash: string): Promise<void> {
    statement(this.db, 'DELETE FROM admin_sessions WHERE id_hash = ?').run(idHash);
  }
}
