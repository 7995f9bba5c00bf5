/**
 * The embedded store: one SQLite file under DATA_DIR, in WAL mode so reads never wait for a
 * write. Feedback and each user's latest answer live here; tickets and their kin live in
 * SqliteTickets, on the same file.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { ConversationReference } from 'botbuilder';
import { AnsweredQuestion, FeedbackEntry, FeedbackStore, Vote } from './feedback-store';
import { redact } from '../engine';
import { Language, Verdict } from '../engine';
import { BotAnswerSnapshot, LatestAnswer, LatestAnswerMemory } from './latest-answer';
import { currentVersion, migrate } from './sqlite-migrations';
import { SqliteTickets } from './sqlite-tickets';
import { SqliteAnswers } from './sqlite-answers';
import { SqliteOutbox } from './sqlite-outbox';
import { AnswerLog, LoggedAnswer, NewLoggedAnswer, PurgeResult, VoteReason } from './answer-log';
import { ConversationMemory } from './conversation-memory';
import { SqliteConversations } from './sqlite-conversations';
import { ConversationContext } from '../engine';
import { Outbox, OutboxMessage, QueuedMessage } from './outbox';
import { Actor, AuditEntry, NewTicket, Ticket, TicketChange, TicketStatus, TicketStore } from './ticket-store';
import { statement } from './prepared-statement';

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

export class SqliteStore implements FeedbackStore, LatestAnswerMemory, TicketStore, AnswerLog, ConversationMemory {
  private readonly tickets: SqliteTickets;
  private readonly answers: SqliteAnswers;
  private readonly conversations: SqliteConversations;
  /** Messages that must arrive; the OutboxDrainer sends them. */
  readonly outbox: Outbox;
  private readonly now: () => Date;

  private constructor(private readonly db: Database.Database, options: SqliteStoreOptions) {
    this.now = options.now ?? (() => new Date());
    this.tickets = new SqliteTickets(db, this.now);
    this.answers = new SqliteAnswers(db, this.now);
    this.conversations = new SqliteConversations(db, this.now);
    this.outbox = new SqliteOutbox(db);
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
   * the messages it queues are on disk together, or not at all. Nested calls join the outer one.
   */
  inTransaction<T>(work: () => T): T {
    return this.db.inTransaction ? work() : this.db.transaction(work).immediate();
  }

  logAnswer(answer: NewLoggedAnswer): LoggedAnswer {
    return this.answers.logAnswer(answer);
  }

  answerById(id: string): LoggedAnswer | undefined {
    return this.answers.answerById(id);
  }

  recordVote(id: string, vote: Vote): void {
    this.answers.recordVote(id, vote);
  }

  recordVoteReason(id: string, reason: VoteReason): void {
    this.answers.recordVoteReason(id, reason);
  }

  setAnswerActivityId(id: string, activityId: string): void {
    this.answers.setAnswerActivityId(id, activityId);
  }

  purgeBefore(before: Date): PurgeResult {
    return this.answers.purgeBefore(before);
  }

  rememberContext(key: string, context: ConversationContext): void {
    this.conversations.rememberContext(key, context);
  }

  recallContext(key: string, maxAgeMs: number): ConversationContext | undefined {
    return this.conversations.recallContext(key, maxAgeMs);
  }

  /** Queues `message` on the outbox; a shorthand for stores that keep the outbox beside the tickets. */
  enqueue(message: OutboxMessage): void {
    this.outbox.enqueue(message, this.now());
  }

  pendingMessages(): QueuedMessage[] {
    return this.outbox.pending();
  }

  saveFeedback(entry: FeedbackEntry): void {
    statement(
        this.db,
        `INSERT INTO feedback (at, user_hash, channel_id, question, verdict, cited_ids, vote)
         VALUES (@at, @userHash, @channelId, @question, @verdict, @citedIds, @vote)`,
      )
      // A card's question comes back from the client: redact it again before it is kept.
      .run({ ...entry, question: scrub(entry.question), citedIds: JSON.stringify(entry.citedIds) });
  }

  listFeedback(limit = 100): FeedbackEntry[] {
    const rows = statement(this.db, 'SELECT * FROM feedback ORDER BY id DESC LIMIT ?').all(limit) as FeedbackRow[];
    return rows.map((row) => ({
      ...fromAnswerRow(row),
      vote: row.vote as Vote,
      userHash: row.user_hash,
      channelId: row.channel_id,
      at: row.at,
    }));
  }

  rememberLatestAnswer(conversationId: string, userHash: string, answer: LatestAnswer): void {
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

  latestAnswer(conversationId: string, userHash: string): LatestAnswer | undefined {
    const row = statement(this.db, 'SELECT question, language, bot_answer_json, answer_id FROM latest_answers WHERE conversation_id = ? AND user_hash = ?')
      .get(conversationId, userHash) as LatestAnswerRow | undefined;
    if (!row) return undefined;
    const latest: LatestAnswer = { question: row.question, language: row.language as Language, botAnswer: JSON.parse(row.bot_answer_json) as BotAnswerSnapshot };
    return row.answer_id === null ? latest : { ...latest, answerId: row.answer_id };
  }

  createTicket(ticket: NewTicket, actor: Actor): Ticket {
    return this.tickets.createTicket(ticket, actor);
  }

  getTicket(id: string): Ticket | undefined {
    return this.tickets.getTicket(id);
  }

  listTickets(filter?: { status?: TicketStatus; limit?: number }): Ticket[] {
    return this.tickets.listTickets(filter);
  }

  applyChange(id: string, change: TicketChange): ReturnType<TicketStore['applyChange']> {
    return this.tickets.applyChange(id, change);
  }

  setHelpdeskActivityId(id: string, activityId: string): void {
    this.tickets.setHelpdeskActivityId(id, activityId);
  }

  auditTrail(id: string): AuditEntry[] {
    return this.tickets.auditTrail(id);
  }

  saveConversationReference(key: string, reference: Partial<ConversationReference>): void {
    this.tickets.saveConversationReference(key, reference);
  }

  conversationReference(key: string): Partial<ConversationReference> | undefined {
    return this.tickets.conversationReference(key);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

function fromAnswerRow(row: FeedbackRow): AnsweredQuestion {
  return { question: row.question, verdict: row.verdict as Verdict | null, citedIds: JSON.parse(row.cited_ids) as string[] };
}
