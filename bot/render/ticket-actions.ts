/**
 * The payloads of the ticket cards' Action.Submit buttons: the helpdesk card (claim, answer,
 * close, reopen) and the asker's answer card (helpful / not helpful). Each carries the ticket
 * id; like every `activity.value`, they are untrusted until `parseTicketSubmit` says otherwise.
 */
import { VOTES, Vote } from './card-actions';

export const TICKET_ACTION = {
  claim: 'molnkoll.ticket.claim',
  answer: 'molnkoll.ticket.answer',
  close: 'molnkoll.ticket.close',
  reopen: 'molnkoll.ticket.reopen',
  feedback: 'molnkoll.ticket.feedback',
} as const;

/** Id of the helpdesk card's answer Input.Text; Teams puts its text under this key. */
export const ANSWER_INPUT_ID = 'answer';
export const ANSWER_MAX_LENGTH = 4000;
/** Ids are made by the store (`MK-0042`); anything longer or odder is not one of ours. */
const TICKET_ID = /^[A-Za-z0-9][A-Za-z0-9-]{0,39}$/;

export type HelpdeskAction = 'claim' | 'answer' | 'close' | 'reopen';

export type HelpdeskSubmit =
  | { action: typeof TICKET_ACTION.claim; ticketId: string }
  | { action: typeof TICKET_ACTION.answer; ticketId: string; answer: string }
  | { action: typeof TICKET_ACTION.close; ticketId: string }
  | { action: typeof TICKET_ACTION.reopen; ticketId: string };

export interface TicketFeedbackSubmit {
  action: typeof TICKET_ACTION.feedback;
  ticketId: string;
  vote: Vote;
}

export type TicketSubmit = HelpdeskSubmit | TicketFeedbackSubmit;

/** The data a helpdesk button carries; the answer text is added by Teams from the input. */
export function helpdeskSubmit(action: Exclude<HelpdeskAction, 'answer'>, ticketId: string): HelpdeskSubmit {
  return { action: TICKET_ACTION[action], ticketId };
}

/** The answer button's data: the input's text arrives beside it, under ANSWER_INPUT_ID. */
export function answerSubmitData(ticketId: string): { action: typeof TICKET_ACTION.answer; ticketId: string } {
  return { action: TICKET_ACTION.answer, ticketId };
}

export function ticketFeedbackSubmit(ticketId: string, vote: Vote): TicketFeedbackSubmit {
  return { action: TICKET_ACTION.feedback, ticketId, vote };
}

/** Which helpdesk action a submit is, for messages and logs. */
export function helpdeskActionOf(submit: HelpdeskSubmit): HelpdeskAction {
  switch (submit.action) {
    case TICKET_ACTION.claim:
      return 'claim';
    case TICKET_ACTION.answer:
      return 'answer';
    case TICKET_ACTION.close:
      return 'close';
    case TICKET_ACTION.reopen:
      return 'reopen';
  }
}

/**
 * Validates an unknown `activity.value`; null when it is not a ticket submit (never throws).
 * An answer's text is trimmed and cut to ANSWER_MAX_LENGTH, since the input's maxLength is only
 * a hint to the client; an empty answer comes back as '' so the handler can say so.
 */
export function parseTicketSubmit(value: unknown): TicketSubmit | null {
  if (!isRecord(value) || typeof value.ticketId !== 'string' || !TICKET_ID.test(value.ticketId)) return null;
  const ticketId = value.ticketId;
  switch (value.action) {
    case TICKET_ACTION.claim:
    case TICKET_ACTION.close:
    case TICKET_ACTION.reopen:
      return { action: value.action, ticketId };
    case TICKET_ACTION.answer: {
      const answer = value[ANSWER_INPUT_ID];
      if (answer !== undefined && answer !== null && typeof answer !== 'string') return null;
      return { action: TICKET_ACTION.answer, ticketId, answer: (answer ?? '').trim().slice(0, ANSWER_MAX_LENGTH) };
    }
    case TICKET_ACTION.feedback: {
      const vote = value.vote;
      return isVote(vote) ? { action: TICKET_ACTION.feedback, ticketId, vote } : null;
    }
    default:
      return null;
  }
}

function isVote(value: unknown): value is Vote {
  return typeof value === 'string' && (VOTES as readonly string[]).includes(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
