/**
 * The ticket life cycle: open → claimed → answered → closed, and reopened from answered or
 * closed (a reopened ticket can be claimed and answered again); the asker's rating of an answer
 * closes it (helpful) or reopens it (not helpful). The stores apply a change only where this
 * table allows it, and the ticket card offers only those changes, so a button never leads to a
 * refusal. Pure: no Bot Framework, no storage, so the stores can use it.
 */
import type { TicketChange, TicketStatus } from '../../store/ticket-store';

export type TicketChangeEvent = TicketChange['event'];

/** For each change: the statuses it may start from, and the status it leads to. */
export const TICKET_TRANSITIONS: Readonly<Record<TicketChangeEvent, { from: readonly TicketStatus[]; to: TicketStatus }>> = {
  claimed: { from: ['open', 'reopened'], to: 'claimed' },
  answered: { from: ['open', 'claimed', 'reopened'], to: 'answered' },
  closed: { from: ['open', 'claimed', 'answered', 'reopened'], to: 'closed' },
  reopened: { from: ['answered', 'closed'], to: 'reopened' },
  asker_helpful: { from: ['answered'], to: 'closed' },
  asker_not_helpful: { from: ['answered'], to: 'reopened' },
};

/** The status `event` leads to from `status`, or undefined when the change is not allowed from there. */
export function nextStatus(status: TicketStatus, event: TicketChangeEvent): TicketStatus | undefined {
  const transition = TICKET_TRANSITIONS[event];
  return transition.from.includes(status) ? transition.to : undefined;
}
