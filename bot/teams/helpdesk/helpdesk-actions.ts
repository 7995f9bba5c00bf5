/**
 * The helpdesk's side: claim, answer, close and reopen from the ticket card. Only clicks from
 * the helpdesk channel, in the helpdesk's tenant, by helpdesk members get through; anything
 * else is refused with a typed HelpdeskRefusal (helpdesk-errors.ts) saying why, and nothing
 * changes. Each change is applied by the store with its audit entry, and in the same
 * transaction the card's update and the asker's notice are queued on the outbox, which
 * delivers them. A helpdesk answer is redacted by the engine's analyzer before it
 * is stored, sent or logged; it goes to the asker privately, never onto the channel's card.
 */
import { TurnContext } from 'botbuilder';
import { Analyzer } from '../../engine';
import { HELPDESK_STRINGS } from '../../engine';
import { TICKET_CARD_ACTION, TicketCardSubmit, helpdeskActionOf } from '../../render/ticket-card';
import { Actor, TicketChange } from '../../store/ticket-store';
import { AskerNoticeKind } from '../../store/outbox';
import { HelpdeskStore } from '../../store/helpdesk-store';
import { Logger } from '../../logging/create-logger';
import { HelpdeskActionHandler } from '../escalation-handler';
import { HelpdeskChannel } from './helpdesk-channel';
import { HelpdeskMembership } from './helpdesk-membership';
import { EmptyHelpdeskAnswer, HelpdeskRefusal, NotInHelpdeskChannel, isHelpdeskRefusal, refusalOfChange } from './helpdesk-errors';
import { pickLanguage } from '../pick-language';
import { CARD_ACTIONS_PER_MINUTE, RateLimiter } from '../rate-limiter';
import { RateCounter } from '../../store/rate-counter';
import { knownUserKey } from '../known-user-key';
import { CHAT_STRINGS } from '../../engine';

export interface HelpdeskActionsDeps {
  store: HelpdeskStore;
  analyzer: Analyzer;
  membership: HelpdeskMembership;
  channel: HelpdeskChannel;
  logger: Logger;
  /** Sends what was queued; called after each commit. */
  kick: () => void;
  /** Where the limit on card actions per member counts (the store, shared by every instance). */
  rates: RateCounter;
  /** The limit's clock, for tests. */
  now?: () => number;
}

export class HelpdeskActions implements HelpdeskActionHandler {
  private readonly limiter: RateLimiter;

  constructor(private readonly deps: HelpdeskActionsDeps) {
    for (const name of ['store', 'analyzer', 'membership', 'channel', 'logger', 'kick', 'rates'] as const) {
      if (!deps[name]) throw new Error(`HelpdeskActions needs ${name}`);
    }
    this.limiter = new RateLimiter({ name: 'helpdesk-card-action', limit: CARD_ACTIONS_PER_MINUTE, counter: deps.rates, now: deps.now });
  }

  async onHelpdeskAction(context: TurnContext, submit: TicketCardSubmit): Promise<void> {
    const actor: Actor = { userHash: knownUserKey(context.activity), role: 'helpdesk' };
    try {
      await this.act(context, submit, actor);
    } catch (error) {
      if (!isHelpdeskRefusal(error)) throw error;
      await context.sendActivity(this.refusal(context, submit, actor, error));
    }
  }

  /** Applies the action and queues what goes with it, or throws the HelpdeskRefusal that says why not. */
  private async act(context: TurnContext, submit: TicketCardSubmit, actor: Actor): Promise<void> {
    const { activity } = context;
    // Where first, then who: someone outside the helpdesk learns nothing, not even whether the ticket exists.
    if (!this.deps.channel.isHelpdeskConversation(activity)) throw new NotInHelpdeskChannel(activity.channelId);
    if (!(await this.limiter.tryTake(actor.userHash))) {
      this.deps.logger.info({ userHash: actor.userHash }, 'card action refused by the rate limit');
      await context.sendActivity(CHAT_STRINGS[pickLanguage(undefined, activity.locale)].rateLimited);
      return;
    }
    const via = await this.deps.membership.requireMember(context);
    const change = await this.changeFor(submit, actor);
    const { store } = this.deps;
    const result = await store.inTransaction(async (tx) => {
      const applied = await tx.applyChange(submit.ticketId, change);
      if (!applied.ok) return applied;
      await tx.enqueue({ kind: 'ticket_card', ticketId: applied.ticket.id });
      const notice = NOTICES[change.event];
      if (notice) await tx.enqueue({ kind: 'asker_notice', ticketId: applied.ticket.id, notice });
      return applied;
    });
    if (!result.ok) throw refusalOfChange(submit.ticketId, change.event, result);
    const ticket = result.ticket;
    this.deps.logger.info({ ticketId: ticket.id, userHash: actor.userHash, action: helpdeskActionOf(submit), status: ticket.status, via }, 'ticket changed by the helpdesk');

    this.deps.kick();
  }

  /** Logs the refusal and says it in the clicker's language; nothing was changed. */
  private refusal(context: TurnContext, submit: TicketCardSubmit, actor: Actor, error: HelpdeskRefusal): string {
    const { activity } = context;
    const s = HELPDESK_STRINGS[pickLanguage(undefined, activity.locale)];
    const action = helpdeskActionOf(submit);
    const about = { ticketId: submit.ticketId, userHash: actor.userHash, action };
    const { logger } = this.deps;
    switch (error.reason) {
      case 'not_in_helpdesk_channel':
        logger.warn({ ...about, channelId: error.channelId }, 'ticket action refused: not from the helpdesk channel and tenant');
        return s.onlyInHelpdeskChannel;
      case 'not_helpdesk_member':
        logger.warn({ ...about, reason: error.because }, 'ticket action refused: not a helpdesk member');
        return s.onlyHelpdesk;
      case 'empty_answer':
        return s.emptyAnswer;
      case 'unknown_ticket':
        logger.info({ ...about, reason: 'not_found' }, 'ticket action not applied');
        return s.unknownTicket(error.ticketId);
      case 'ticket_transition':
        logger.info({ ...about, reason: 'not_allowed', status: error.from, holder: error.holder }, 'ticket action not applied');
        return s.notNow(error.ticketId, action, error.from);
    }
  }

  /** The change the action asks for; an answer with no text is refused: nothing to store, nothing to send. */
  private async changeFor(submit: TicketCardSubmit, actor: Actor): Promise<TicketChange> {
    switch (submit.action) {
      case TICKET_CARD_ACTION.claim:
        return { event: 'claimed', actor };
      case TICKET_CARD_ACTION.answer: {
        if (!submit.answer) throw new EmptyHelpdeskAnswer(submit.ticketId);
        const { redactedText } = await this.deps.analyzer.analyze(submit.answer);
        return { event: 'answered', actor, answer: redactedText };
      }
      case TICKET_CARD_ACTION.close:
        return { event: 'closed', actor };
      case TICKET_CARD_ACTION.reopen:
        return { event: 'reopened', actor };
    }
  }
}

const NOTICES: Partial<Record<TicketChange['event'], AskerNoticeKind>> = {
  claimed: 'claimed',
  answered: 'answered',
  closed: 'closed',
  reopened: 'reopened',
};
