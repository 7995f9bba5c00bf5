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
