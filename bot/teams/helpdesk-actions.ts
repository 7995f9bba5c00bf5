/**
 * The helpdesk's side: claim, answer, close and reopen from the ticket card. Only helpdesk
 * members get through (anyone else is refused and nothing changes); each change is applied by
 * the store with its audit entry, the card is updated in place, and the asker is told. A
 * helpdesk answer is redacted by the engine's analyzer before it is stored, sent or logged.
 */
import { TurnContext } from 'botbuilder';
import { Analyzer } from '../engine';
import { HELPDESK_STRINGS } from '../engine';
import { HelpdeskSubmit, TICKET_ACTION, helpdeskActionOf } from '../render/ticket-actions';
import { Actor, Ticket, TicketChange, TicketStore } from '../store/ticket-store';
import { Logger } from '../logging/create-logger';
import { AskerNotifier, AskerNotice } from './asker-notifier';
import { describeError } from './describe-error';
import { HelpdeskActionHandler } from './escalation-handler';
import { HelpdeskChannel } from './helpdesk-channel';
import { HelpdeskMembership } from './helpdesk-membership';
import { pickLanguage } from './pick-language';
import { userKeyOf } from './user-key';

export interface HelpdeskActionsDeps {
  tickets: TicketStore;
  analyzer: Analyzer;
  membership: HelpdeskMembership;
  channel: HelpdeskChannel;
  notifier: AskerNotifier;
  logger: Logger;
}

export class HelpdeskActions implements HelpdeskActionHandler {
  constructor(private readonly deps: HelpdeskActionsDeps) {
    for (const name of ['tickets', 'analyzer', 'membership', 'channel', 'notifier', 'logger'] as const) {
      if (!deps[name]) throw new Error(`HelpdeskActions needs ${name}`);
    }
  }

  async onHelpdeskAction(context: TurnContext, submit: HelpdeskSubmit): Promise<void> {
    const { activity } = context;
    const s = HELPDESK_STRINGS[pickLanguage(undefined, activity.locale)];
    const actor: Actor = { userHash: userKeyOf(activity), role: 'helpdesk' };
    const action = helpdeskActionOf(submit);

    // Membership first: someone outside the helpdesk learns nothing, not even whether the ticket exists.
    const membership = await this.deps.membership.check(context);
    if (!membership.member) {
      this.deps.logger.warn({ ticketId: submit.ticketId, userHash: actor.userHash, action, reason: membership.reason }, 'ticket action refused: not a helpdesk member');
      await context.sendActivity(s.onlyHelpdesk);
      return;
    }
    const change = await this.changeFor(submit, actor);
    if (!change) {
      await context.sendActivity(s.emptyAnswer);
      return;
    }
    const result = this.deps.tickets.applyChange(submit.ticketId, change);
    if (!result.ok) {
      const current = result.ticket;
      this.deps.logger.info({ ticketId: submit.ticketId, userHash: actor.userHash, action, reason: result.reason }, 'ticket action not applied');
      await context.sendActivity(current ? s.notNow(current.id, action, current.status) : s.unknownTicket(submit.ticketId));
      return;
    }
    const ticket = result.ticket;
    this.deps.logger.info({ ticketId: ticket.id, userHash: actor.userHash, action, status: ticket.status, via: membership.source }, 'ticket changed by the helpdesk');

    await this.updateCard(context, ticket, s.cardNotUpdated(ticket.id));
    await this.tellAsker(context, ticket, change.event);
  }

  /** Undefined for an answer with no text: nothing to store, nothing to send. */
  private async changeFor(submit: HelpdeskSubmit, actor: Actor): Promise<TicketChange | undefined> {
    switch (submit.action) {
      case TICKET_ACTION.claim:
        return { event: 'claimed', actor };
      case TICKET_ACTION.answer: {
        if (!submit.answer) return undefined;
        const { redactedText } = await this.deps.analyzer.analyze(submit.answer);
        return { event: 'answered', actor, answer: redactedText };
      }
      case TICKET_ACTION.close:
        return { event: 'closed', actor };
      case TICKET_ACTION.reopen:
        return { event: 'reopened', actor };
    }
  }

  private async updateCard(context: TurnContext, ticket: Ticket, failureText: string): Promise<void> {
    try {
      await this.deps.channel.update(context, ticket);
    } catch (error) {
      this.deps.logger.error({ ticketId: ticket.id, err: describeError(error) }, 'could not update the ticket card');
      await context.sendActivity(failureText);
    }
  }

  /** A failed notice is logged, not retried: the change itself is stored and the card shows it. */
  private async tellAsker(context: TurnContext, ticket: Ticket, event: TicketChange['event']): Promise<void> {
    const notice = NOTICES[event];
    if (!notice) return;
    try {
      await this.deps.notifier.notify(context, ticket, notice);
      this.deps.logger.info({ ticketId: ticket.id, notice }, 'asker notified');
    } catch (error) {
      this.deps.logger.error({ ticketId: ticket.id, notice, err: describeError(error) }, 'could not notify the asker');
    }
  }
}

const NOTICES: Partial<Record<TicketChange['event'], AskerNotice>> = {
  claimed: 'claimed',
  answered: 'answered',
  closed: 'closed',
  reopened: 'reopened',
};
