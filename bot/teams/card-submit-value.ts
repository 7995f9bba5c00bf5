/**
 * What every card press is before it is read: an untrusted `activity.value`, anything a client
 * cares to send. The readers (asker/read-answer-card-submit.ts, asker/read-helpdesk-answer-vote.ts,
 * helpdesk/read-ticket-card-submit.ts) check its shape against the card module's payload first.
 */

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Ids are made by the store (`MK-0042`); anything longer or odder is not one of ours. */
const TICKET_ID = /^[A-Za-z0-9][A-Za-z0-9-]{0,39}$/;

export function isTicketId(value: unknown): value is string {
  return typeof value === 'string' && TICKET_ID.test(value);
}
