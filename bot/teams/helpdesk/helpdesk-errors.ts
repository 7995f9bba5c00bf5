/**
 * Why a ticket action was refused, as typed errors with a `reason` discriminant: callers branch
 * on it with an exhaustive switch instead of matching strings. They carry data (ids, statuses,
 * hashes), never sentences: what the user is told lives in HELPDESK_STRINGS, in one place.
 */
import type { ChangeResult, TicketStatus } from '../../store/ticket-store';
import type { MembershipVerdict } from './helpdesk-membership';
import type { TicketChangeEvent } from './ticket-state';

export abstract class HelpdeskError extends Error {
  abstract readonly reason: HelpdeskRefusal['reason'];
}

/** A ticket button pressed outside the helpdesk channel, or in another tenant. */
export class NotInHelpdeskChannel extends HelpdeskError {
  override readonly name = 'NotInHelpdeskChannel';
  readonly reason = 'not_in_helpdesk_channel';

  constructor(readonly channelId: string | undefined) {
    super(`ticket action from outside the helpdesk channel (channel ${channelId ?? 'unknown'})`);
  }
}

/** Someone the helpdesk list and the roster do not vouch for; `because` says which could not. */
export class NotHelpdeskMember extends HelpdeskError {
  override readonly name = 'NotHelpdeskMember';
  readonly reason = 'not_helpdesk_member';

  constructor(readonly because: Extract<MembershipVerdict, { member: false }>['reason']) {
    super(`not a helpdesk member (${because})`);
  }
}

/** No ticket by that id. */
export class UnknownTicket extends HelpdeskError {
  override readonly name = 'UnknownTicket';
  readonly reason = 'unknown_ticket';

  constructor(readonly ticketId: string) {
    super(`no ticket ${ticketId}`);
  }
}

/** The ticket's status does not allow the change (see ticket-state.ts); `holder` is who has claimed it, a hash. */
export class TicketTransitionError extends HelpdeskError {
  override readonly name = 'TicketTransitionError';
  readonly reason = 'ticket_transition';

  constructor(
    readonly ticketId: string,
    readonly from: TicketStatus,
    readonly event: TicketChangeEvent,
    readonly holder: string | undefined,
  ) {
    super(`ticket ${ticketId} cannot take ${event} from ${from}`);
  }
}

/** The answer button pressed with nothing written: nothing to store, nothing to send. */
export class EmptyHelpdeskAnswer extends HelpdeskError {
  override readonly name = 'EmptyHelpdeskAnswer';
  readonly reason = 'empty_answer';

  constructor(readonly ticketId: string) {
    super(`empty answer to ${ticketId}`);
  }
}

export type HelpdeskRefusal = NotInHelpdeskChannel | NotHelpdeskMember | UnknownTicket | TicketTransitionError | EmptyHelpdeskAnswer;

export function isHelpdeskRefusal(error: unknown): error is HelpdeskRefusal {
  return error instanceof HelpdeskError;
}

/** The typed error for a change the store refused: the ticket is gone, or its status does not allow the change. */
export function refusalOfChange(ticketId: string, event: TicketChangeEvent, refused: Extract<ChangeResult, { ok: false }>): UnknownTicket | TicketTransitionError {
  const current = refused.ticket;
  return current ? new TicketTransitionError(current.id, current.status, event, current.claimedBy) : new UnknownTicket(ticketId);
}
