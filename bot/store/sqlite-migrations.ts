/**
 * The store's schema as numbered migrations. Migration n brings the schema to version n + 1;
 * never edit one that has shipped, add the next instead.
 */
import Database from 'better-sqlite3';

export const MIGRATIONS: readonly string[] = [
  `CREATE TABLE feedback (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     at TEXT NOT NULL,
     user_hash TEXT NOT NULL,
     channel_id TEXT NOT NULL,
     question TEXT NOT NULL,
     verdict TEXT,
     cited_ids TEXT NOT NULL,
     vote TEXT NOT NULL CHECK (vote IN ('helpful', 'not_helpful'))
   );
   CREATE TABLE latest_answers (
     conversation_id TEXT NOT NULL,
     user_hash TEXT NOT NULL,
     question TEXT NOT NULL,
     verdict TEXT,
     cited_ids TEXT NOT NULL,
     at TEXT NOT NULL,
     PRIMARY KEY (conversation_id, user_hash)
   );`,
  // Helpdesk escalation. AUTOINCREMENT so a ticket number is never handed out twice, even
  // after rows are deleted by hand; the MK-0001 id is derived from it. JSON in *_json columns.
  `CREATE TABLE tickets (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     status TEXT NOT NULL CHECK (status IN ('open', 'claimed', 'answered', 'closed', 'reopened')),
     question TEXT NOT NULL,
     comment TEXT,
     language TEXT NOT NULL,
     bot_answer_json TEXT NOT NULL,
     asker_hash TEXT NOT NULL,
     asker_channel_id TEXT NOT NULL,
     asker_reference_json TEXT NOT NULL,
     helpdesk_answer TEXT,
     claimed_by TEXT,
     helpdesk_activity_id TEXT,
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL
   );
   CREATE INDEX tickets_by_status ON tickets (status, seq);
   CREATE TABLE ticket_audit (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     ticket_seq INTEGER NOT NULL REFERENCES tickets (seq),
     event TEXT NOT NULL,
     actor_hash TEXT NOT NULL,
     actor_role TEXT NOT NULL,
     at TEXT NOT NULL,
     detail TEXT
   );
   CREATE INDEX ticket_audit_by_ticket ON ticket_audit (ticket_seq, id);
   CREATE TABLE conversation_references (
     key TEXT PRIMARY KEY,
     reference_json TEXT NOT NULL,
     at TEXT NOT NULL
   );
   CREATE TABLE escalatable_questions (
     conversation_id TEXT NOT NULL,
     user_hash TEXT NOT NULL,
     question TEXT NOT NULL,
     language TEXT NOT NULL,
     bot_answer_json TEXT NOT NULL,
     at TEXT NOT NULL,
     PRIMARY KEY (conversation_id, user_hash)
   );`,
  // One memory of a user's latest answer serves both `+1` and `helpdesk`.
  `DROP TABLE latest_answers;
   ALTER TABLE escalatable_questions RENAME TO latest_answers;`,
  // The answer log, the outbox, and keyed user hashes. User hashes are HMAC-SHA-256 from here
  // on (USER_HASH_SECRET); hashes in rows written before cannot be converted (the ids behind
  // them were never stored), so they stay as they are and simply match no user any more.
  // Conversation references are keyed by user from now on; rows keyed by conversation are left.
  `CREATE TABLE answers (
     id TEXT PRIMARY KEY,
     created_at TEXT NOT NULL,
     user_hash TEXT NOT NULL,
     question_redacted TEXT NOT NULL,
     language TEXT NOT NULL,
     verdict TEXT,
     answered INTEGER NOT NULL CHECK (answered IN (0, 1)),
     cited_ids TEXT NOT NULL,
     channel TEXT NOT NULL,
     knowledge_version TEXT,
     vote TEXT CHECK (vote IN ('helpful', 'not_helpful')),
     bot_answer_json TEXT NOT NULL
   );
   CREATE INDEX answers_by_time ON answers (created_at);
   ALTER TABLE feedback ADD COLUMN answer_id TEXT REFERENCES answers (id);
   CREATE INDEX feedback_by_answer ON feedback (answer_id);
   ALTER TABLE latest_answers ADD COLUMN answer_id TEXT;
   CREATE TABLE outbox (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     kind TEXT NOT NULL CHECK (kind IN ('ticket_card', 'asker_notice')),
     ticket_id TEXT NOT NULL,
     notice TEXT,
     created_at TEXT NOT NULL,
     -- A ticket card changed again while its message waited or was on its way: send once more.
     requeue INTEGER NOT NULL DEFAULT 0,
     attempts INTEGER NOT NULL DEFAULT 0,
     next_attempt_at TEXT NOT NULL,
     last_error TEXT,
     sent_at TEXT,
     given_up_at TEXT
   );
   CREATE INDEX outbox_due ON outbox (sent_at, given_up_at, next_attempt_at);`,
  // Conversations: the context a follow-up leans on (ids only), what each logged answer was
  // about and decided, the card's activity id (to update it in place), and a vote's reason.
  `CREATE TABLE conversation_contexts (
     key TEXT PRIMARY KEY,
     context_json TEXT NOT NULL,
     updated_at TEXT NOT NULL
   );
   CREATE INDEX conversation_contexts_by_time ON conversation_contexts (updated_at);
   ALTER TABLE answers ADD COLUMN kind TEXT;
   ALTER TABLE answers ADD COLUMN facets_json TEXT;
   ALTER TABLE answers ADD COLUMN decided_by TEXT;
   ALTER TABLE answers ADD COLUMN caveats_json TEXT;
   ALTER TABLE answers ADD COLUMN answer_json TEXT;
   ALTER TABLE answers ADD COLUMN activity_id TEXT;
   ALTER TABLE feedback ADD COLUMN reason TEXT CHECK (reason IN ('wrong_verdict', 'outdated', 'not_answered', 'other'));
   CREATE INDEX feedback_by_time ON feedback (at);`,
  // Admin sessions in the file instead of the process, so a restart keeps them; a SHA-256 of
  // each session id, never the id (AdminSessions).
  `CREATE TABLE admin_sessions (
     id_hash TEXT PRIMARY KEY,
     expires_at TEXT NOT NULL
   );
   CREATE INDEX admin_sessions_by_expiry ON admin_sessions (expires_at);`,
];

export function currentVersion(db: Database.Database): number {
  const row = db.prepare('SELECT version FROM schema_version').get() as { version: number } | undefined;
  return row?.version ?? 0;
}

/** Brings the schema to version `target` (all migrations unless a test asks for an older one). */
export function migrate(db: Database.Database, target = MIGRATIONS.length): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
  db.transaction(() => {
    const from = currentVersion(db);
    if (from > MIGRATIONS.length) {
      throw new Error(`The store's schema version ${from} is newer than this build knows (${MIGRATIONS.length}); upgrade Molnkoll.`);
    }
    if (from >= target) return;
    for (const sql of MIGRATIONS.slice(from, target)) db.exec(sql);
    db.prepare('DELETE FROM schema_version').run();
    db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(target);
  })();
}
