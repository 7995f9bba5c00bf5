/**
 * The shared store: PostgreSQL (DATABASE_URL), for several instances behind one endpoint.
 * Everything that is state lives here, so any instance can serve any turn: tickets, feedback,
 * the answer log, conversation context, conversation references, the outbox, rate limits and
 * admin sessions. A transaction
 * runs on one pooled client; the view handed to its work sends every call through that client.
 */
import { Pool, PoolClient } from 'pg';
import type { ConversationReference } from 'botbuilder';
import { ConversationContext } from '../engine';
import { LoggedAnswer, NewLoggedAnswer, PurgeResult, VoteReason } from './answer-log';
import { FeedbackEntry, Vote } from './feedback-store';
import { TransactionOptions } from './helpdesk-store';
import { LatestAnswer } from './latest-answer';
import { Outbox, OutboxMessage } from './outbox';
import { PostgresAnswers } from './postgres-answers';
import { migratePostgres } from './postgres-migrations';
import { OUTBOX_LEASE_MS, PostgresOutbox } from './postgres-outbox';
import { Queryable } from './postgres-queryable';
import { PostgresRateCounter } from './postgres-rate-counter';
import { PostgresAdminSessions } from './postgres-admin-sessions';
import { PostgresTickets } from './postgres-tickets';
import { Store } from './store';
import { Actor, AuditEntry, ChangeResult, NewTicket, Ticket, TicketChange, TicketStatus } from './ticket-store';

export interface PostgresStoreOptions {
  /** The clock for stored times; tests pass a fixed one. */
  now?: () => Date;
  /** How long an instance holds outbox messages it took (ms). */
  outboxLeaseMs?: number;
  /** Connections per instance. */
  maxConnections?: number;
  /** An idle pooled connection failed (the server restarted, say); the pool replaces it. */
  onIdleError?: (error: Error) => void;
}

export class PostgresStore implements Store {
  readonly outbox: Outbox;
  private readonly tickets: PostgresTickets;
  private readonly answers: PostgresAnswers;
  private readonly rates: PostgresRateCounter;
  private readonly adminSessions: PostgresAdminSessions;
  private readonly now: () => Date;

  private constructor(
    private readonly pool: Pool,
    private readonly options: PostgresStoreOptions,
    /** Set on a transaction's view: every call goes through its client. */
    private readonly client?: PoolClient,
  ) {
    this.now = options.now ?? (() => new Date());
    const db: Queryable = client ?? pool;
    const inTransaction = <T>(work: (tx: Queryable) => Promise<T>) => this.transaction((tx) => work(tx.client!));
    this.tickets = new PostgresTickets(db, inTransaction, this.now);
    this.answers = new PostgresAnswers(db, inTransaction, this.now);
    this.outbox = new PostgresOutbox(db, options.outboxLeaseMs ?? OUTBOX_LEASE_MS);
    this.rates = new PostgresRateCounter(db);
    this.adminSessions = new PostgresAdminSessions(db);
  }

  /** Connects and brings the schema up to date (safe when several instances start at once). */
  static async open(connectionString: string, options: PostgresStoreOptions = {}): Promise<PostgresStore> {
    const pool = new Pool({ connectionString, max: options.maxConnections ?? 10 });
    // Without a listener an idle connection's error would end the process.
    pool.on('error', (error) => options.onIdleError?.(error));
    try {
      await migratePostgres(pool);
    } catch (error) {
      await pool.end();
      throw error;
    }
    return new PostgresStore(pool, options);
  }

  async schemaVersion(): Promise<number> {
    const { rows } = await (this.client ?? this.pool).query<{ version: number }>('SELECT version FROM schema_version');
    return rows[0]?.version ?? 0;
  }

  /**
   * Runs `work` as one transaction on its own connection. With `lockKey`, transactions with the
   * same key wait for each other on every instance (a transaction-scoped advisory lock).
   */
  async inTransaction<T>(work: (tx: Store) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    return this.transaction(async (tx) => {
      if (options.lockKey !== undefined) await tx.client!.query('SELECT pg_advisory_xact_lock(hashtext($1))', [options.lockKey]);
      if (options.synchronousCommit === false) await tx.client!.query('SET LOCAL synchronous_commit = off');
      return work(tx);
    });
  }

  private async transaction<T>(work: (tx: PostgresStore) => Promise<T>): Promise<T> {
    if (this.client) return work(this);
    const client = await this.pool.connect();
    let broken = false;
    try {
      await client.query('BEGIN');
      const result = await work(new PostgresStore(this.pool, this.options, client));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      try {
        await client.query('ROLLBACK');
      } catch {
        broken = true; // the connection itself failed: the pool must not hand it out again
      }
      throw error;
    } finally {
      client.release(broken);
    }
  }

  async enqueue(message: OutboxMessage): Promise<void> {
    await this.outbox.enqueue(message, this.now());
  }

  logAnswer(answer: NewLoggedAnswer): Promise<LoggedAnswer> {
    return this.answers.logAnswer(answer);
  }

  answerById(id: string): Promise<LoggedAnswer | undefined> {
    return this.answers.answerById(id);
  }

  recordVote(id: string, vote: Vote): Promise<void> {
    return this.answers.recordVote(id, vote);
  }

  recordVoteReason(id: string, reason: VoteReason): Promise<void> {
    return this.answers.recordVoteReason(id, reason);
  }

  setAnswerActivityId(id: string, activityId: string): Promise<void> {
    return this.answers.setAnswerActivityId(id, activityId);
  }

  purgeBefore(before: Date): Promise<PurgeResult> {
    return this.answers.purgeBefore(before);
  }

  saveFeedback(entry: FeedbackEntry): Promise<void> {
    return this.answers.saveFeedback(entry);
  }

  listFeedback(limit?: number): Promise<FeedbackEntry[]> {
    return this.answers.listFeedback(limit);
  }

  rememberLatestAnswer(conversationId: string, userHash: string, answer: LatestAnswer): Promise<void> {
    return this.answers.rememberLatestAnswer(conversationId, userHash, answer);
  }

  latestAnswer(conversationId: string, userHash: string): Promise<LatestAnswer | undefined> {
    return this.answers.latestAnswer(conversationId, userHash);
  }

  rememberContext(key: string, context: ConversationContext): Promise<void> {
    return this.answers.rememberContext(key, context);
  }

  recallContext(key: string, maxAgeMs: number): Promise<ConversationContext | undefined> {
    return this.answers.recallContext(key, maxAgeMs);
  }

  createTicket(ticket: NewTicket, actor: Actor): Promise<Ticket> {
    return this.tickets.createTicket(ticket, actor);
  }

  getTicket(id: string): Promise<Ticket | undefined> {
    return this.tickets.getTicket(id);
  }

  listTickets(filter?: { status?: TicketStatus; limit?: number }): Promise<Ticket[]> {
    return this.tickets.listTickets(filter);
  }

  applyChange(id: string, change: TicketChange): Promise<ChangeResult> {
    return this.tickets.applyChange(id, change);
  }

  setHelpdeskActivityId(id: string, activityId: string): Promise<void> {
    return this.tickets.setHelpdeskActivityId(id, activityId);
  }

  auditTrail(id: string): Promise<AuditEntry[]> {
    return this.tickets.auditTrail(id);
  }

  saveConversationReference(key: string, reference: Partial<ConversationReference>): Promise<void> {
    return this.tickets.saveConversationReference(key, reference);
  }

  conversationReference(key: string): Promise<Partial<ConversationReference> | undefined> {
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

  /** Closes the pool (a transaction's view leaves that to the store it came from). */
  async close(): Promise<void> {
    if (!this.client && !this.pool.ended) await this.pool.end();
  }
}
