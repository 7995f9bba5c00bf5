/**
 * The TicketStore half of SqliteStore: tickets, their audit trail and conversation references. Free text is run through `redact()` once more before it is written,
 * so personal data the callers missed never reaches the file.
 */
import Database from 'better-sqlite3';
import type { ConversationReference } from 'botbuilder';
import { redact } from '../engine';
import { BotAnswerSnapshot } from './latest-answer';
import { formatTicketId, parseTicketId } from './ticket-id';
import { ticketFromColumns } from './stored-rows';
import { statement } from './prepared-statement';
import {
  Actor, AuditEntry, ChangeResult, NewTicket, Ticket, TicketChange, TicketEvent, TicketStatus,
} from './ticket-store';
import { nextStatus } from '../teams/helpdesk/ticket-state';

interface TicketRow {
  seq: number;
  status: string;
  question: string;
  comment: string | null;
  language: string;
  bot_answer_json: string;
  asker_hash: string;
  asker_channel_id: string;
  asker_reference_json: string;
  helpdesk_answer: string | null;
  claimed_by: string | null;
  helpdesk_activity_id: string | null;
  created_at: string;
  updated_at: string;
}

interface AuditRow {
  ticket_seq: number;
  event: string;
  actor_hash: string;
  actor_role: string;
  at: string;
  detail: string | null;
}



const scrub = (text: string): string => redact(text).text;

export class SqliteTickets {
  constructor(
    private readonly db: Database.Database,
    private readonly now: () => Date = () => new Date(),
  ) {}

  createTicket(ticket: NewTicket, actor: Actor): Ticket {
    const at = this.now().toISOString();
    // One transaction: a ticket never exists without its 'created' entry. With
    // synchronous = FULL the commit is on disk when this returns.
    const seq = this.db.transaction(() => {
      const { lastInsertRowid } = statement(
        this.db,
          `INSERT INTO tickets (status, question, comment, language, bot_answer_json, asker_hash, asker_channel_id,
             asker_reference_json, created_at, updated_at)
           VALUES ('open', ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          scrub(ticket.question),
          ticket.comment === undefined ? null : scrub(ticket.comment),
          ticket.language,
          JSON.stringify(ticket.botAnswer),
          ticket.asker.userHash,
          ticket.asker.channelId,
          JSON.stringify(ticket.askerReference),
          at,
          at,
        );
      this.audit(Number(lastInsertRowid), 'created', actor, at, 'open');
      return Number(lastInsertRowid);
    }).immediate();
    return this.bySeq(seq)!;
  }

  getTicket(id: string): Ticket | undefined {
    const seq = parseTicketId(id);
    return seq === undefined ? undefined : this.bySeq(seq);
  }

  listTickets(filter: { status?: TicketStatus; limit?: number } = {}): Ticket[] {
    // LIMIT -1 is SQLite for "no limit".
    const limit = filter.limit ?? -1;
    const rows = (
      filter.status
        ? statement(this.db, 'SELECT * FROM tickets WHERE status = ? ORDER BY seq DESC LIMIT ?').all(filter.status, limit)
        : statement(this.db, 'SELECT * FROM tickets ORDER BY seq DESC LIMIT ?').all(limit)
    ) as TicketRow[];
    return rows.map(fromTicketRow);
  }

  applyChange(id: string, change: TicketChange): ChangeResult {
    const seq = parseTicketId(id);
    if (seq === undefined) return { ok: false, reason: 'not_found' };
    // IMMEDIATE takes the write lock before the status is read, so two helpdesk members
    // claiming at once (even from two processes) cannot both succeed.
    return this.db.transaction((): ChangeResult => {
      const before = this.bySeq(seq);
      if (!before) return { ok: false, reason: 'not_found' };
      const status = nextStatus(before.status, change.event);
      if (!status) return { ok: false, reason: 'not_allowed', ticket: before };
      const at = this.now().toISOString();
      statement(
        this.db,
          `UPDATE tickets SET status = ?, updated_at = ?,
             claimed_by = COALESCE(?, claimed_by), helpdesk_answer = COALESCE(?, helpdesk_answer)
           WHERE seq = ?`,
        )
        .run(
          status,
          at,
          change.event === 'claimed' ? change.actor.userHash : null,
          change.event === 'answered' ? scrub(change.answer) : null,
          seq,
        );
      this.audit(seq, change.event, change.actor, at, `${before.status} → ${status}`);
      return { ok: true, ticket: this.bySeq(seq)! };
    }).immediate();
  }

  /** Unknown ids are ignored: tickets are never deleted, so only a caller bug gets here. */
  setHelpdeskActivityId(id: string, activityId: string): void {
    const seq = parseTicketId(id);
    if (seq !== undefined) statement(this.db, 'UPDATE tickets SET helpdesk_activity_id = ? WHERE seq = ?').run(activityId, seq);
  }

  auditTrail(id: string): AuditEntry[] {
    const seq = parseTicketId(id);
    if (seq === undefined) return [];
    const rows = statement(this.db, 'SELECT * FROM ticket_audit WHERE ticket_seq = ? ORDER BY id').all(seq) as AuditRow[];
    return rows.map((row) => ({
      ticketId: formatTicketId(row.ticket_seq),
      event: row.event as TicketEvent,
      actor: { userHash: row.actor_hash, role: row.actor_role as Actor['role'] },
      at: row.at,
      ...(row.detail === null ? {} : { detail: row.detail }),
    }));
  }

  /** Written only when it changed: most turns carry the reference already stored, and a write per turn showed in profiles. */
  saveConversationReference(key: string, reference: Partial<ConversationReference>): void {
    statement(
        this.db,
        `INSERT INTO conversation_references (key, reference_json, at) VALUES (?, ?, ?)
         ON CONFLICT (key) DO UPDATE SET reference_json = excluded.reference_json, at = excluded.at
         WHERE reference_json <> excluded.reference_json`,
      )
      .run(key, JSON.stringify(reference), this.now().toISOString());
  }

  conversationReference(key: string): Partial<ConversationReference> | undefined {
    const row = statement(this.db, 'SELECT reference_json FROM conversation_references WHERE key = ?').get(key) as { reference_json: string } | undefined;
    return row && (JSON.parse(row.reference_json) as Partial<ConversationReference>);
  }

  private bySeq(seq: number): Ticket | undefined {
    const row = statement(this.db, 'SELECT * FROM tickets WHERE seq = ?').get(seq) as TicketRow | undefined;
    return row && fromTicketRow(row);
  }

  private audit(seq: number, event: TicketEvent, actor: Actor, at: string, detail: string): void {
    statement(this.db, 'INSERT INTO ticket_audit (ticket_seq, event, actor_hash, actor_role, at, detail) VALUES (?, ?, ?, ?, ?, ?)')
      .run(seq, event, actor.userHash, actor.role, at, detail);
  }
}

function fromTicketRow(row: TicketRow): Ticket {
  return ticketFromColumns({
    ...row,
    bot_answer_json: JSON.parse(row.bot_answer_json) as BotAnswerSnapshot,
    asker_reference_json: JSON.parse(row.asker_reference_json) as Partial<ConversationReference>,
  });
}
