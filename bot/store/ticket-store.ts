/**
 * Helpdesk tickets, their audit trail and the conversation references needed to reply to the
 * asker. An interface with a contract test suite (test/store/ticket-store-contract.ts), so a
 * deployment that outgrows SQLite can bring another store that passes the same suite.
 * Everything stored here is already redacted; a user is only ever a hash.
 */
import { ConversationReference } from 'botbuilder';
import { Language } from '../engine';
import { BotAnswerSnapshot } from './latest-answer';

export const TICKET_STATUSES = ['open', 'claimed', 'answered', 'closed', 'reopened'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

export type TicketEvent = 'created' | 'claimed' | 'answered' | 'closed' | 'reopened' | 'asker_helpful' | 'asker_not_helpful';

/** Who acted, without naming them: a hash of their id and the role they acted in. */
export interface Actor {
  userHash: string;
  role: 'asker' | 'helpdesk' | 'system';
}

export interface NewTicket {
  /** Redacted. */
  question: string;
  /** Redacted; absent when the asker wrote none. */
  comment?: string;
  language: Language;
  botAnswer: BotAnswerSnapshot;
  asker: { userHash: string; channelId: string };
  /** Where to tell the asker about changes (proactive messages). */
  askerReference: Partial<ConversationReference>;
}

export interface Ticket extends NewTicket {
  /** Short, human-friendly, unique (e.g. `MK-0042`). */
  id: string;
  status: TicketStatus;
  /** Redacted helpdesk answer, once there is one. */
  helpdeskAnswer?: string;
  /** Hash of the helpdesk member who claimed it. */
  claimedBy?: string;
  /** The ticket card's activity id in the helpdesk channel, to update it in place. */
  helpdeskActivityId?: string;
  createdAt: string;
  updatedAt: string;
}

export interface AuditEntry {
  ticketId: string;
  event: TicketEvent;
  actor: Actor;
  at: string;
  /** A short, redacted detail (e.g. "status claimed → answered"). */
  detail?: string;
}

export type TicketChange =
  | { event: 'claimed'; actor: Actor }
  | { event: 'answered'; actor: Actor; answer: string }
  | { event: 'closed'; actor: Actor }
  | { event: 'reopened'; actor: Actor }
  | { event: 'asker_helpful'; actor: Actor }
  | { event: 'asker_not_helpful'; actor: Actor };

/** What applyChange returns: the updated ticket, or a refusal saying why. */
export type ChangeResult = { ok: true; ticket: Ticket } | { ok: false; reason: 'not_found' | 'not_allowed'; ticket?: Ticket };

export interface TicketStore {
  /** Durable when it returns: a ticket acknowledged to the user is on disk. */
  createTicket(ticket: NewTicket, actor: Actor): Promise<Ticket>;
  getTicket(id: string): Promise<Ticket | undefined>;
  /** Newest first; optionally one status. */
  listTickets(filter?: { status?: TicketStatus; limit?: number }): Promise<Ticket[]>;
  /**
   * Applies a change if the status allows it (`nextStatus`, bot/teams/helpdesk/ticket-state.ts),
   * with its audit entry, in one transaction. Returns the updated ticket, or a refusal saying why.
   */
  applyChange(id: string, change: TicketChange): Promise<ChangeResult>;
  setHelpdeskActivityId(id: string, activityId: string): Promise<void>;
  auditTrail(id: string): Promise<AuditEntry[]>;
  /** Latest conversation reference per asker conversation, for proactive replies after a restart. */
  saveConversationReference(key: string, reference: Partial<ConversationReference>): Promise<void>;
  conversationReference(key: string): Promise<Partial<ConversationReference> | undefined>;
}
