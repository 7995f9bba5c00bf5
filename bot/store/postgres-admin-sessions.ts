/** Admin sessions in PostgreSQL (see AdminSessionStore), where every instance checks the same ones. */
import { AdminSessionStore } from './admin-session-store';
import { Queryable } from './postgres-queryable';

export class PostgresAdminSessions implements AdminSessionStore {
  constructor(private readonly db: Queryable) {}

  async startAdminSession(idHash: string, expiresAt: Date, now: Date): Promise<void> {
    await this.db.query('DELETE FROM admin_sessions WHERE expires_at <= $1', [now]);
    await this.db.query('INSERT INTO admin_sessions (id_hash, expires_at) VALUES ($1, $2)', [idHash, expiresAt]);
  }

  async isAdminSessionLive(idHash: string, now: Date): Promise<boolean> {
    const { rows } = await this.db.query('SELECT 1 FROM admin_sessions WHERE id_hash = $1 AND expires_at > $2', [idHash, now]);
    return rows.length === 1;
  }

  async endAdminSession(idHash: string): Promise<void> {
    await this.db.query('DELETE FROM admin_sessions WHERE id_hash = $1', [idHash]);
  }
}
