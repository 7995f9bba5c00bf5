/**
 * The PostgreSQL store's schema as numbered migrations, recorded in `schema_version`. Every
 * instance runs `migrate` at start-up; an advisory lock held for the transaction makes the
 * others wait, so two instances starting at once never apply a migration twice. Migration n
 * brings the schema to version n + 1; never edit one that has shipped, add the next instead.
 */
import type { Pool } from 'pg';

/** Any 64-bit number the deployment does not use otherwise; it only has to be the same on every instance. */
const MIGRATION_LOCK = 4_207_715_001;

export const POSTGRES_MIGRATIONS: readonly string[] = [
  // The schema SQLite reached in its five migrations, in one. Ticket numbers come from an
  // identity column, so a number is never handed out twice; times are timestamptz.
  `CREATE TABLE answers (
     id text PRIMARY KEY,
     created_at timestamptz NOT NULL,
     user_hash text NOT NULL,
     question_redacted text NOT NULL,
     language text NOT NULL,
     verdict text,
     answered boolean NOT NULL,
     cited_ids jsonb NOT NULL,
     channel text NOT NULL,
     knowledge_version text,
     vote text CHECK (vote IN ('helpful', 'not_helpful')),
     bot_answer_json jsonb NOT NULL,
     kind text,
     facets_json jsonb,
     decided_by text,
     caveats_json jsonb,
     answer_json jsonb,
     activity_id text
   );
   CREATE INDEX answers_by_time ON answers (created_at);
   CREATE TABLE feedback (
     id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     at timestamptz NOT NULL,
     user_hash text NOT NULL,
     channel_id text NOT NULL,
     question text NOT NULL,
     verdict text,
     cited_ids jsonb NOT NULL,
     vote text NOT NULL CHECK (vote IN ('helpful', 'not_helpful')),
     answer_id text REFERENCES answers (id) ON DELETE CASCADE,
     reason text CHECK (reason IN ('wrong_verdict', 'outdated', 'not_answered', 'other'))
   );
   CREATE INDEX feedback_by_answer ON feedback (answer_id);
   CREATE INDEX feedback_by_time ON feedback (at);
   CREATE TABLE latest_answers (
     conversation_id text NOT NULL,
     user_hash text NOT NULL,
     question text NOT NULL,
     language text NOT NULL,
     bot_answer_json jsonb NOT NULL,
     at timestamptz NOT NULL,
     answer_id text,
     PRIMARY KEY (conversation_id, user_hash)
   );
   CREATE TABLE conversation_contexts (
     key text PRIMARY KEY,
     context_json jsonb NOT NULL,
     updated_at timestamptz NOT NULL
   );
   CREATE INDEX conversation_contexts_by_time ON conversation_contexts (updated_at);
   CREATE TABLE tickets (
     seq integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     status text NOT NULL CHECK (status IN ('open', 'claimed', 'answered', 'closed', 'reopened')),
     question text NOT NULL,
     comment text,
     language text NOT NULL,
     bot_answer_json jsonb NOT NULL,
     asker_hash text NOT NULL,
     asker_channel_id text NOT NULL,
     asker_reference_json jsonb NOT NULL,
     helpdesk_answer text,
     claimed_by text,
     helpdesk_activity_id text,
     created_at timestamptz NOT NULL,
     updated_at timestamptz NOT NULL
   );
   CREATE INDEX tickets_by_status ON tickets (status, seq);
   CREATE TABLE ticket_audit (
     id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     ticket_seq integer NOT NULL REFERENCES tickets (seq),
     event text NOT NULL,
     actor_hash text NOT NULL,
     actor_role text NOT NULL,
     at timestamptz NOT NULL,
     detail text
   );
   CREATE INDEX ticket_audit_by_ticket ON ticket_audit (ticket_seq, id);
   CREATE TABLE conversation_references (
     key text PRIMARY KEY,
     reference_json jsonb NOT NULL,
     at timestamptz NOT NULL
   );
   CREATE TABLE outbox (
     id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     kind text NOT NULL CHECK (kind IN ('ticket_card', 'asker_notice')),
     ticket_id text NOT NULL,
     notice text,
     created_at timestamptz NOT NULL,
     -- A ticket card changed again while its message waited or was on its way: send once more.
     requeue boolean NOT NULL DEFAULT false,
     attempts integer NOT NULL DEFAULT 0,
     next_attempt_at timestamptz NOT NULL,
     -- Taken by an instance that is sending it; no other instance takes it before then.
     leased_until timestamptz,
     last_error text,
     sent_at timestamptz,
     given_up_at timestamptz
   );
   CREATE INDEX outbox_waiting ON outbox (next_attempt_at, id) WHERE sent_at IS NULL AND given_up_at IS NULL;`,
  // Rate limits shared by every instance (PostgresRateCounter): a key's hits in its current
  // window. Keys are a limit's name and a user hash, never an id or an address.
  `CREATE TABLE rate_windows (
     key text PRIMARY KEY,
     hits integer NOT NULL,
     ends_at timestamptz NOT NULL
   );
   CREATE INDEX rate_windows_by_end ON rate_windows (ends_at);`,
  // Admin sessions shared by every instance: a sign-in through one holds on all. A SHA-256 of
  // each session id, never the id (AdminSessions).
  `CREATE TABLE admin_sessions (
     id_hash text PRIMARY KEY,
     expires_at timestamptz NOT NULL
   );
   CREATE INDEX admin_sessions_by_expiry ON admin_sessions (expires_at);`,
];

/** Brings the schema up to date in one transaction, under a lock every instance takes. Returns the version. */
export async function migratePostgres(pool: Pool, migrations: readonly string[] = POSTGRES_MIGRATIONS): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL)');
    const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_version');
    const from = rows[0]?.version ?? 0;
    if (from > migrations.length) {
      throw new Error(`The database's schema version ${from} is newer than this build knows (${migrations.length}); upgrade Molnkoll on every instance.`);
    }
    for (const sql of migrations.slice(from)) await client.query(sql);
    if (from < migrations.length) {
      await client.query('DELETE FROM schema_version');
      await client.query('INSERT INTO schema_version (version) VALUES ($1)', [migrations.length]);
    }
    await client.query('COMMIT');
    return Math.max(from, migrations.length);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
