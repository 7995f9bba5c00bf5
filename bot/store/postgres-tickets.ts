/**
 * The TicketStore half of PostgresStore. A change locks its ticket's row (SELECT … FOR UPDATE)
 * before it reads the status, so two helpdesk members claiming at once from two instances
 * cannot both succeed: the second waits, then sees the first one's claim and is refused with
 * it. Free text is redacted once more before it is written.
 */
import type { ConversationReference } from 'botbuilder';
import { redact } from '../engine';
import { BotAnswerSnapshot } from './latest-answer';
import { InTransaction, Queryable, iso } from './postgres-queryable';
import { formatTicketId, parseTicketId } from './ticket-id';
import { ticketFromColumns } from './stored-rows';
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
  bot_answer_json: BotAnswerSnapshot;
  asker_hash: string;
  asker_channel_id: string;
  asker_reference_json: Partial<ConversationReference>;
  helpdesk_answer: string | null;
  claimed_by: string | null;
  helpdesk_activity_id: string | null;
  created_at: Date;
  updated_at: Date;
}

interface AuditRow {
  ticket_seq: number;
  event: string;
  actor_hash: string;
  actor_role: string;
  at: Date;
  detail: string | null;
}

const scrub = (text: string): string => redact(text).text;

export class PostgresTickets {
  constructor(
    private readonly db: Queryable,
    private readonly inTransaction: InTransaction,
    private readonly now: () => Date,
  ) {}

  async createTicket(ticket: NewTicket, actor: Actor): Promise<Ticket> {
    const at = this.now();
    // One transaction: a ticket never exists without its 'created' entry.
    return this.inTransaction(async (db) => {
      const { rows } = await db.query<TicketRow>(
        `INSERT INTO tickets (status, question, comment, language, bot_answer_json, asker_hash, asker_channel_id,
           asker_reference_json, created_at, updated_at)
         VALUES ('open', $1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING *`,
        [
          scrub(ticket.question),
          ticket.comment === undefined ? null : scrub(ticket.comment),
          ticket.language,
          JSON.stringify(ticket.botAnswer),
          ticket.asker.userHash,
          ticket.asker.channelId,
          JSON.stringify(ticket.askerReference),
          at,
        ],
      );
      await audit(db, rows[0].seq, 'created', actor, at, 'open');
      return fromTicketRow(rows[0]);
    });
  }

  async getTicket(id: string): Promise<Ticket | undefined> {
    const seq = parseTicketId(id);
    if (seq === undefined) return undefined;
    const { rows } = await this.db.query<TicketRow>('SELECT * FROM tickets WHERE seq = $1', [seq]);
    return rows[0] && fromTicketRow(rows[0]);
  }

  async listTickets(filter: { status?: TicketStatus; limit?: number } = {}): Promise<Ticket[]> {
    // LIMIT NULL is PostgreSQL for "no limit".
    const { rows } = await this.db.query<TicketRow>(
      'SELECT * FROM tickets WHERE ($1::text IS NULL OR status = $1) ORDER BY seq DESC LIMIT $2',
      [filter.status ?? null, filter.limit ?? null],
    );
    return rows.map(fromTicketRow);
  }

  async applyChange(id: string, change: TicketChange): Promise<ChangeResult> {
    const seq = parseTicketId(id);
    if (seq === undefined) return { ok: false, reason: 'not_found' };
    return this.inTransaction(async (db): Promise<ChangeResult> => {
      const locked = await db.query<TicketRow>('SELECT * FROM tickets WHERE seq = $1 FOR UPDATE', [seq]);
      if (locked.rows.length === 0) return { ok: false, reason: 'not_found' };
      const before = fromTicketRow(locked.rows[0]);
      const status = nextStatus(before.status, change.event);
      if (!status) return { ok: false, reason: 'not_allowed', ticket: before };
      const at = this.now();
      const { rows } = await db.query<TicketRow>(
        `UPDATE tickets SET status = $1, updated_at = $2,
           claimed_by = COALESCE($3, claimed_by), helpdesk_answer = COALESCE($4, helpdesk_answer)
         WHERE seq = $5 RETURNING *`,
        [status, at, change.event === 'claimed' ? change.actor.userHash : null, change.event === 'answered' ? scrub(change.answer) : null, seq],
      );
      await audit(db, seq, change.event, change.actor, at, `${before.status} → ${status}`);
      return { ok: true, ticket: fromTicketRow(rows[0]) };
    });
  }

  /** Unknown ids are ignored: tickets are never deleted, so only a caller bug gets here. */
  async setHelpdeskActivityId(id: string, activityId: string): Promise<void> {
    const seq = parseTicketId(id);
    if (seq !== undefined) await this.db.query('UPDATE tickets SET helpdesk_activity_id = $1 WHERE seq = $2', [activityId, seq]);
  }

  async auditTrail(id: string): Promise<AuditEntry[]> {
    const seq = parseTicketId(id);
    if (seq === undefined) return [];
    const { rows } = await this.db.query<AuditRow>('SELECT * FROM ticket_audit WHERE ticket_seq = $1 ORDER BY id', [seq]);
    return rows.map((row) => ({
      ticketId: formatTicketId(row.ticket_seq),
      event: row.event as TicketEvent,
      actor: { userHash: row.actor_hash, role: row.actor_role as Actor['role'] },
      at: iso(row.at),
      ...(row.detail === null ? {} : { detail: row.detail }),
    }));
  }

  /** Written only when it changed: most turns carry the reference already stored. */
  async saveConversationReference(key: string, reference: Partial<ConversationReference>): Promise<void> {
    await this.db.query(
      `INSERT INTO conversation_references (key, reference_json, at) VALUES ($1, $2, $3)
       ON CONFLICT (key) DO UPDATE SET reference_json = excluded.reference_json, at = excluded.at
       WHERE conversation_references.reference_json <> excluded.reference_json`,
      [key, JSON.stringify(reference), this.now()],
    );
  }

  async conversationReference(key: string): Promise<Partial<ConversationReference> | undefined> {
    const { rows } = await this.db.query<{ reference_json: Partial<ConversationReference> }>('SELECT reference_json FROM conversation_references WHERE key = $1', [key]);
    return rows[0]?.reference_json;
  }
}

async function audit(db: Queryable, seq: number, event: TicketEvent, actor: Actor, at: Date, detail: string): Promise<void> {
  await db.query('INSERT INTO ticket_audit (ticket_seq, event, actor_hash, actor_role, at, detail) VALUES ($1, $2, $3, $4, $5, $6)', [seq, event, actor.userHash, actor.role, at, detail]);
}

function fromTicketRow(row: TicketRow): Ticket {
  return ticketFromColumns({ ...row, created_at: iso(row.created_at), updated_at: iso(row.updated_at) });
}
