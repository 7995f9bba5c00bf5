/**
 * The embedded store: one SQLite file under DATA_DIR, in WAL mode so reads never wait for a
 * write. Feedback and each user's latest answer live here; tickets and their kin live in
 * SqliteTickets, on the same file.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { ConversationReference } from 'botbuilder';
import { AnsweredQuestion, FeedbackEntry, Vote } from './feedback-store';
import { redact } from '../engine';
import { Language, Verdict } from '../engine';
import { BotAnswerSnapshot, LatestAnswer } from './latest-answer';
import { currentVersion, migrate } from './sqlite-migrations';
import { SqliteTickets } from './sqlite-tickets';
import { SqliteAnswers } from './sqlite-answers';
import { SqliteOutbox } from './sqlite-outbox';
import { LoggedAnswer, NewLoggedAnswer, PurgeResult, VoteReason } from './answer-log';
import { SqliteConversations } from './sqlite-conversations';
import { ConversationContext } from '../engine';
import { Outbox, OutboxMessage, QueuedMessage } from './outbox';
import { Actor, AuditEntry, ChangeResult, NewTicket, Ticket, TicketChange, TicketStatus } from './ticket-store';
import { AsyncLocalStorage } from 'node:async_hooks';
import { TransactionOptions } from './helpdesk-store';
import { Store } from './store';
import { statement } from './prepared-statement';
import { MemoryRateCounter } from './memory-rate-counter';
import { SqliteAdminSessions } from './sqlite-admin-sessions';

export const STORE_FILE_NAME = 'molnkoll.sqlite';

/** Free text is redacted once more before it is written: what callers missed never lands in the file. */
const scrub = (text: string): string => redact(text).text;

interface FeedbackRow {
  at: string;
  user_hash: string;
  channel_id: string;
  question: string;
  verdict: string | null;
  cited_ids: string;
  vote: string;
}

interface LatestAnswerRow {
  question: string;
  language: string;
  bot_answer_json: string;
  answer_id: string | null;
}

export interface SqliteStoreOptions {
  /** The clock for ticket and audit times; tests pass a fixed one. */
  now?: () => Date;
}

export class SqliteStore implements Store {
  private readonly tickets: SqliteTickets;
  private readonly answers: SqliteAnswers;
  private readonly conversations: SqliteConversations;
  /** In memory, not in the file: see MemoryRateCounter for why one instance needs no table. */
  private readonly rates = new MemoryRateCounter();
  private readonly adminSessions: SqliteAdminSessions;
  /** Messages that must arrive; the OutboxDrainer sends them. */
  readonly outbox: Outbox;
  private readonly now: () => Date;
  private readonly transactionScope = new AsyncLocalStorage<true>();
  private transactionQueue: Promise<void> = Promise.resolve();

  private constructor(private readonly db: Database.Database, options: SqliteStoreOptions) {
    this.now = options.now ?? (() => new Date());
    this.tickets = new SqliteTickets(db, this.now);
    this.answers = new SqliteAnswers(db, this.now);
    this.conversations = new SqliteConversations(db, this.now);
    this.outbox = new SqliteOutbox(db);
    this.adminSessions = new SqliteAdminSessions(db);
  }

  /** Opens (creating when needed) the store file under `dataDir` and brings its schema up to date. */
  static open(dataDir: string, options: SqliteStoreOptions = {}): SqliteStore {
    fs.mkdirSync(dataDir, { recursive: true });
    const db = new Database(path.join(dataDir, STORE_FILE_NAME));
    db.pragma('journal_mode = WAL');
    // FULL: every commit is fsynced, so an acknowledged ticket survives a power cut too, not
    // only a killed process (NORMAL would). Writes are a few per conversation; the cost is small.
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 5000');
    try {
      migrate(db);
    } catch (error) {
      db.close();
      throw error;
    }
    return new SqliteStore(db, options);
  }

  get schemaVersion(): number {
    return currentVersion(this.db);
  }

  /**
   * Runs `work` as one transaction (IMMEDIATE: the write lock first), so a ticket change and
   * the messages it queues are on disk together, or not at all. Nested calls (same async chain)
   * join the outer one; other chains wait their turn, so every transaction holds any `lockKey`.
   * The store's calls resolve at once, so a transaction lasts a few microtasks, not I/O.
   */
  async inTransaction<T>(work: (tx: Store) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    if (this.transactionScope.getStore()) return work(this);
    const turn = this.transactionQueue.then(() => this.runTransaction(work, options.synchronousCommit ?? true));
    this.transactionQueue = turn.then(() => undefined, () => undefined);
    return turn;
  }

  private async runTransaction<T>(work: (tx: Store) => Promise<T>, synchronousCommit: boolean): Promise<T> {
    // In WAL mode NORMAL skips the commit's fsync; the next FULL commit flushes it with its own.
    if (!synchronousCommit) statement(this.db, 'PRAGMA synchronous = NORMAL').run();
    try {
      statement(this.db, 'BEGIN IMMEDIATE').run();
      const result = await this.transactionScope.run(true, () => work(this));
      statement(this.db, 'COMMIT').run();
      return result;
    } catch (error) {
      if (this.db.inTransaction) statement(this.db, 'ROLLBACK').run();
      throw error;
    } finally {
      if (!synchronousCommit) statement(this.db, 'PRAGMA synchronous = FULL').run();
    }
  }

  async logAnswer(answer: NewLoggedAnswer): Promise<LoggedAnswer> {
    return this.answers.logAnswer(answer);
  }

  async answerById(id: string): Promise<LoggedAnswer | undefined> {
    return this.answers.answerById(id);
  }

  async recordVote(id: string, vote: Vote): Promise<void> {
    this.answers.recordVote(id, vote);
  }

  async recordVoteReason(id: string, reason: VoteReason): Promise<void> {
    this.answers.recordVoteReason(id, reason);
  }

  async setAnswerActivityId(id: string, activityId: string): Promise<void> {
    this.answers.setAnswerActivityId(id, activityId);
  }

  async purgeBefore(before: Date): Promise<PurgeResult> {
    return this.answers.purgeBefore(before);
  }

  async rememberContext(key: string, context: ConversationContext): Promise<void> {
    this.conversations.rememberContext(key, context);
  }

  async recallContext(key: string, maxAgeMs: number): Promise<ConversationContext | undefined> {
    return this.conversations.recallContext(key, maxAgeMs);
  }

  /** Queues `message` on the outbox; a shorthand for stores that keep the outbox beside the tickets. */
  async enqueue(message: OutboxMessage): Promise<void> {
    await this.outbox.enqueue(message, this.now());
  }

  async pendingMessages(): Promise<QueuedMessage[]> {
    return this.outbox.pending();
  }

  async saveFeedback(entry: FeedbackEntry): Promise<void> {
    statement(
        this.db,
        `INSERT INTO feedback (at, user_hash, channel_id, question, verdict, cited_ids, vote)
         VALUES (@at, @userHash, @channelId, @question, @verdict, @citedIds, @vote)`,
      )
      // A card's question comes back from the client: redact it again before it is kept.
      .run({ ...entry, question: scrub(entry.question), citedIds: JSON.stringify(entry.citedIds) });
  }

  async listFeedback(limit = 100): Promise<FeedbackEntry[]> {
    const rows = statement(this.db, 'SELECT * FROM feedback ORDER BY id DESC LIMIT ?').all(limit) as FeedbackRow[];
    return rows.map((row) => ({
      ...fromAnswerRow(row),
      vote: row.vote as Vote,
      userHash: row.user_hash,
      channelId: row.channel_id,
      at: row.at,
    }));
  }

  async rememberLatestAnswer(conversationId: string, userHash: string, answer: LatestAnswer): Promise<void> {
    statement(
        this.db,
        `INSERT INTO latest_answers (conversation_id, user_hash, question, language, bot_answer_json, at, answer_id)
         VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (conversation_id, user_hash) DO UPDATE SET
           question = excluded.question, language = excluded.language, bot_answer_json = excluded.bot_answer_json,
           at = excluded.at, answer_id = excluded.answer_id`,
      )
      .run(conversationId, userHash, scrub(answer.question), answer.language, JSON.stringify(answer.botAnswer), this.now().toISOString(), answer.answerId ?? null);
  }

  async latestAnswer(conversationId: string, userHash: string): Promise<LatestAnswer | undefined> {
    const row = statement(this.db, 'SELECT question, language, bot_answer_json, answer_id FROM latest_answers WHERE conversation_id = ? AND user_hash = ?')
      .get(conversationId, userHash) as LatestAnswerRow | undefined;
    if (!row) return undefined;
    const latest: LatestAnswer = { question: row.question, language: row.language as Language, botAnswer: JSON.parse(row.bot_answer_json) as BotAnswerSnapshot };
    return row.answer_id === null ? latest : { ...latest, answerId: row.answer_id };
  }

  async createTicket(ticket: NewTicket, actor: Actor): Promise<Ticket> {
    return this.tickets.createTicket(ticket, actor);
  }

  async getTicket(id: string): Promise<Ticket | undefined> {
    return this.tickets.getTicket(id);
  }

  async listTickets(filter?: { status?: TicketStatus; limit?: number }): Promise<Ticket[]> {
    return this.tickets.listTickets(filter);
  }

  async applyChange(id: string, change: TicketChange): Promise<ChangeResult> {
    return this.tickets.applyChange(id, change);
  }

  async setHelpdeskActivityId(id: string, activityId: string): Promise<void> {
    this.tickets.setHelpdeskActivityId(id, activityId);
  }

  async auditTrail(id: string): Promise<AuditEntry[]> {
    return this.tickets.auditTrail(id);
  }

  async saveConversationReference(key: string, reference: Partial<ConversationReference>): Promise<void> {
    this.tickets.saveConversationReference(key, reference);
  }

  async conversationReference(key: string): Promise<Partial<ConversationReference> | undefined> {
    return this.tickets.conversationReference(key);
  }

  takeRate(key: string, limit: number, windowMs: number, now: Date): Promise<boolean> {
    return this.rates.takeRate(key, limit, windowMs, now);
  }

  rateHits(key: string, now: Date): Promise<number> {
    return this.rates.rateHits(key, now);
  }

  startAdminSession(idHash: string, expiresAt: Date, now: Date): Promise<void> {
    return this.adminSessions.startAdminSession(idHash, expiresAt, now);
  }

  isAdminSessionLive(idHash: string, now: Date): Promise<boolean> {
    return this.adminSessions.isAdminSessionLive(idHash, now);
  }

  endAdminSession(idHash: string): Promise<void> {
    return this.adminSessions.endAdminSession(idHash);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

function fromAnswerRow(row: FeedbackRow): AnsweredQuestion {
  return { question: row.question, verdict: row.verdict as Verdict | null, citedIds: JSON.parse(row.cited_ids) as string[] };
}
