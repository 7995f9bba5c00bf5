/**
 * The embedded store: one SQLite file under DATA_DIR, in WAL mode so reads never wait for a
 * write. Later issues add tables (tickets, audit, conversation references) as new migrations.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AnsweredQuestion, FeedbackEntry, FeedbackStore, Vote } from './feedback-store';
import { Verdict } from '../engine/types';

export const STORE_FILE_NAME = 'molnkoll.sqlite';

/** Migration n brings the schema to version n + 1; never edit one that has shipped. */
const MIGRATIONS: readonly string[] = [
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
];

interface FeedbackRow {
  at: string;
  user_hash: string;
  channel_id: string;
  question: string;
  verdict: string | null;
  cited_ids: string;
  vote: string;
}

interface AnswerRow {
  question: string;
  verdict: string | null;
  cited_ids: string;
}

export class SqliteStore implements FeedbackStore {
  private constructor(private readonly db: Database.Database) {}

  /** Opens (creating when needed) the store file under `dataDir` and brings its schema up to date. */
  static open(dataDir: string): SqliteStore {
    fs.mkdirSync(dataDir, { recursive: true });
    const db = new Database(path.join(dataDir, STORE_FILE_NAME));
    db.pragma('journal_mode = WAL');
    db.pragma('busy_timeout = 5000');
    try {
      migrate(db);
    } catch (error) {
      db.close();
      throw error;
    }
    return new SqliteStore(db);
  }

  get schemaVersion(): number {
    return currentVersion(this.db);
  }

  saveFeedback(entry: FeedbackEntry): void {
    this.db
      .prepare(
        `INSERT INTO feedback (at, user_hash, channel_id, question, verdict, cited_ids, vote)
         VALUES (@at, @userHash, @channelId, @question, @verdict, @citedIds, @vote)`,
      )
      .run({ ...entry, citedIds: JSON.stringify(entry.citedIds) });
  }

  listFeedback(limit = 100): FeedbackEntry[] {
    const rows = this.db.prepare('SELECT * FROM feedback ORDER BY id DESC LIMIT ?').all(limit) as FeedbackRow[];
    return rows.map((row) => ({
      ...fromAnswerRow(row),
      vote: row.vote as Vote,
      userHash: row.user_hash,
      channelId: row.channel_id,
      at: row.at,
    }));
  }

  rememberLatestAnswer(conversationId: string, userHash: string, answer: AnsweredQuestion): void {
    this.db
      .prepare(
        `INSERT INTO latest_answers (conversation_id, user_hash, question, verdict, cited_ids, at)
         VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (conversation_id, user_hash) DO UPDATE SET
           question = excluded.question, verdict = excluded.verdict, cited_ids = excluded.cited_ids, at = excluded.at`,
      )
      .run(conversationId, userHash, answer.question, answer.verdict, JSON.stringify(answer.citedIds), new Date().toISOString());
  }

  latestAnswer(conversationId: string, userHash: string): AnsweredQuestion | undefined {
    const row = this.db
      .prepare('SELECT question, verdict, cited_ids FROM latest_answers WHERE conversation_id = ? AND user_hash = ?')
      .get(conversationId, userHash) as AnswerRow | undefined;
    return row && fromAnswerRow(row);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

function fromAnswerRow(row: AnswerRow): AnsweredQuestion {
  return { question: row.question, verdict: row.verdict as Verdict | null, citedIds: JSON.parse(row.cited_ids) as string[] };
}

function currentVersion(db: Database.Database): number {
  const row = db.prepare('SELECT version FROM schema_version').get() as { version: number } | undefined;
  return row?.version ?? 0;
}

function migrate(db: Database.Database): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
  db.transaction(() => {
    const from = currentVersion(db);
    if (from > MIGRATIONS.length) {
      throw new Error(`The store's schema version ${from} is newer than this build knows (${MIGRATIONS.length}); upgrade Molnkoll.`);
    }
    for (const sql of MIGRATIONS.slice(from)) db.exec(sql);
    db.prepare('DELETE FROM schema_version').run();
    db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(MIGRATIONS.length);
  })();
}
