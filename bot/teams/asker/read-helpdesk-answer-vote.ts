/**
 * The asker's rating of the helpdesk's answer, read from an untrusted `activity.value`: the
 * payload the card module (bot/render/helpdesk-answer-card.ts) puts on its two buttons.
 * Anything else is not ours, and null (never a throw).
 */
import { VOTES, Vote } from '../../render/answer-card';
import { HELPDESK_ANSWER_CARD_ACTION, TicketFeedbackSubmit } from '../../render/helpdesk-answer-card';
import { isRecord, isTicketId } from '../card-submit-value';

export function readHelpdeskAnswerVote(value: unknown): TicketFeedbackSubmit | null {
  if (!isRecord(value) || value.action !== HELPDESK_ANSWER_CARD_ACTION.feedback || !isTicketId(value.ticketId)) return null;
  return isVote(value.vote) ? { action: HELPDESK_ANSWER_CARD_ACTION.feedback, ticketId: value.ticketId, vote: value.vote } : null;
}

function isVote(value: unknown): value is Vote {
  return typeof value === 'string' && (VOTES as readonly string[]).includes(value);
}
