/**
 * A press on the ticket card, read from an untrusted `activity.value`: the payloads the card
 * module (bot/render/ticket-card.ts) puts on its buttons. An answer's text is trimmed and cut to
 * ANSWER_MAX_LENGTH, since the input's maxLength is only a hint to the client; an empty answer
 * comes back as '' so the handler can say so. Anything else is not ours, and null (never a throw).
 */
import { ANSWER_INPUT_ID, ANSWER_MAX_LENGTH, TICKET_CARD_ACTION, TicketCardSubmit } from '../../render/ticket-card';
import { isRecord, isTicketId } from '../card-submit-value';

export function readTicketCardSubmit(value: unknown): TicketCardSubmit | null {
  if (!isRecord(value) || !isTicketId(value.ticketId)) return null;
  const ticketId = value.ticketId;
  switch (value.action) {
    case TICKET_CARD_ACTION.claim:
    case TICKET_CARD_ACTION.close:
    case TICKET_CARD_ACTION.reopen:
      return { action: value.action, ticketId };
    case TICKET_CARD_ACTION.answer: {
      const answer = value[ANSWER_INPUT_ID];
      if (answer !== undefined && answer !== null && typeof answer !== 'string') return null;
      return { action: TICKET_CARD_ACTION.answer, ticketId, answer: (answer ?? '').trim().slice(0, ANSWER_MAX_LENGTH) };
    }
    default:
      return null;
  }
}
