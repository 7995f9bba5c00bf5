/**
 * Rows as both stores read them back, once each driver has done its part (SQLite's JSON text
 * parsed, PostgreSQL's timestamps as ISO strings): one place that turns a row into a Ticket, a
 * LoggedAnswer or a QueuedMessage, so the two stores cannot drift apart.
 */
import type { ConversationReference } from 'botbuilder';
import { Answer, Language } from '../engine';
import { Vote } from './feedback-store';
import { BotAnswerSnapshot } from './latest-answer';
import { LoggedAnswer, VoteReason } from './answer-log';
import { AskerNoticeKind, QueuedMessage } from './outbox';
import { formatTicketId } from './ticket-id';
import { Ticket, TicketStatus } from './ticket-store';

export interface TicketColumns {
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
  created_at: string;
  updated_at: string;
}

/** Optional fields are left out rather than set to undefined, so tickets compare cleanly. */
export function ticketFromColumns(row: TicketColumns): Ticket {
  return {
    id: formatTicketId(row.seq),
    status: row.status as TicketStatus,
    question: row.question,
    ...(row.comment === null ? {} : { comment: row.comment }),
    language: row.language as Language,
    botAnswer: row.bot_answer_json,
    asker: { userHash: row.asker_hash, channelId: row.asker_channel_id },
    askerReference: row.asker_reference_json,
    ...(row.helpdesk_answer === null ? {} : { helpdeskAnswer: row.helpdesk_answer }),
    ...(row.claimed_by === null ? {} : { claimedBy: row.claimed_by }),
    ...(row.helpdesk_activity_id === null ? {} : { helpdeskActivityId: row.helpdesk_activity_id }),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export interface AnswerColumns {
  id: string;
  created_at: string;
  user_hash: string;
  question_redacted: string;
  language: string;
  channel: string;
  knowledge_version: string | null;
  vote: string | null;
  bot_answer_json: BotAnswerSnapshot;
  answer_json: Answer | null;
  activity_id: string | null;
  reason: string | null;
}

export function answerFromColumns(row: AnswerColumns): LoggedAnswer {
  return {
    id: row.id,
    createdAt: row.created_at,
    userHash: row.user_hash,
    question: row.question_redacted,
    language: row.language as Language,
    channel: row.channel,
    knowledgeVersion: row.knowledge_version,
    vote: row.vote as Vote | null,
    reason: row.reason as VoteReason | null,
    botAnswer: row.bot_answer_json,
    ...(row.answer_json ? { answer: row.answer_json } : {}),
    ...(row.activity_id ? { activityId: row.activity_id } : {}),
  };
}

export interface OutboxColumns {
  id: number;
  kind: string;
  ticket_id: string;
  notice: string | null;
  attempts: number;
}

export function queuedMessageFromColumns(row: OutboxColumns): QueuedMessage {
  return row.kind === 'asker_notice'
    ? { id: row.id, attempts: row.attempts, kind: 'asker_notice', ticketId: row.ticket_id, notice: row.notice as AskerNoticeKind }
    : { id: row.id, attempts: row.attempts, kind: 'ticket_card', ticketId: row.ticket_id };
}
