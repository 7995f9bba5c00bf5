/**
 * The asker's side of the helpdesk: turns "Fråga helpdesk" (card) or `helpdesk` (text) into a
 * ticket, acknowledges it once it is stored, posts its card to the helpdesk channel, and takes
 * the asker's rating of the helpdesk's answer. Comments are redacted by the engine's analyzer
 * before anything is stored, sent or logged; logs carry ticket ids and hashes only.
 */
import { TurnContext } from 'botbuilder';
import { Analyzer } from '../../engine';
import { HELPDESK_STRINGS } from '../../engine';
import { CHAT_STRINGS } from '../../engine';
import { EscalateSubmit } from '../../render/answer-card';
import { TicketFeedbackSubmit } from '../../render/helpdesk-answer-card';
import { Ticket, TicketStatus } from '../../store/ticket-store';
import { LatestAnswer } from '../../store/latest-answer';
import { HelpdeskStore } from '../../store/helpdesk-store';
import { Logger } from '../../logging/create-logger';
import { askerReferenceOf } from './asker-reference';
import { EscalationHandler } from '../escalation-handler';
import { HelpdeskChannel } from '../helpdesk/helpdesk-channel';
import { pickLanguage } from '../pick-language';
import { CARD_ACTIONS_PER_MINUTE, RateLimiter } from '../rate-limiter';
import { RateCounter } from '../../store/rate-counter';
import { HelpdeskRequest } from './read-helpdesk-request';
import { knownUserKey } from '../known-user-key';

/** How far back a repeated escalation of the same question is recognised. */
const RECENT_TICKETS = 200;
/** Tickets still waiting for the helpdesk; once answered, asking again is a new ticket. */
const WAITING = new Set<TicketStatus>(['open', 'claimed', 'reopened']);

export interface AskerEscalationDeps {
  /** Tickets, the answer log (which a card's answer id is looked up in) and the outbox. */
  store: HelpdeskStore;
  /** The engine's own analyzer, so comments are redacted exactly as questions are. */
  analyzer: Analyzer;
  channel: HelpdeskChannel;
  logger: Logger;
  /** Sends what was queued; called after each commit. */
  kick: () => void;
  /** Where the limits on tickets and votes per user count (the store, shared by every instance). */
  rates: RateCounter;
  /** The limits' clock, for tests. */
  now?: () => number;
}

export const ESCALATIONS_PER_MINUTE = 5;

export class AskerEscalation implements EscalationHandler {
  private readonly limiter: RateLimiter;
  private readonly voteLimiter: RateLimiter;

  constructor(private readonly deps: AskerEscalationDeps) {
    for (const name of ['store', 'analyzer', 'channel', 'logger', 'kick', 'rates'] as const) {
      if (!deps[name]) throw new Error(`AskerEscalation needs ${name}`);
    }
    this.limiter = new RateLimiter({ name: 'escalation', limit: ESCALATIONS_PER_MINUTE, counter: deps.rates, now: deps.now });
    this.voteLimiter = new RateLimiter({ name: 'asker-card-action', limit: CARD_ACTIONS_PER_MINUTE, counter: deps.rates, now: deps.now });
  }

  async onEscalate(context: TurnContext, submit: EscalateSubmit): Promise<void> {
    const { activity } = context;
    const userHash = knownUserKey(activity);
    if (!(await this.withinLimit(context, this.limiter))) return;
    const logged = await this.deps.store.answerById(submit.answerId);
    const chat = CHAT_STRINGS[pickLanguage(logged?.language, activity.locale)];
    if (!logged || logged.userHash !== userHash) {
      this.deps.logger.info({ userHash, known: logged !== undefined }, 'escalation refused: not this user\'s answer');
      await context.sendActivity(logged ? chat.notYourAnswer : chat.unknownAnswer);
      return;
    }
    await this.escalate(context, { question: logged.question, language: logged.language, botAnswer: logged.botAnswer, answerId: logged.id }, submit.comment);
  }

  async onTextEscalate(context: TurnContext, request: HelpdeskRequest): Promise<void> {
    const { activity } = context;
    const remembered = await this.deps.store.latestAnswer(activity.conversation.id, knownUserKey(activity));
    if (!remembered) {
      await context.sendActivity(HELPDESK_STRINGS[request.language ?? pickLanguage(undefined, activity.locale)].nothingToEscalate);
      return;
    }
    if (!(await this.withinLimit(context, this.limiter))) return;
    await this.escalate(context, remembered, undefined);
  }

  async onAnswerVote(context: TurnContext, submit: TicketFeedbackSubmit): Promise<void> {
    const { activity } = context;
    const userHash = knownUserKey(activity);
    if (!(await this.withinLimit(context, this.voteLimiter))) return;
    const { store } = this.deps;
    const ticket = await store.getTicket(submit.ticketId);
    const s = HELPDESK_STRINGS[ticket?.language ?? pickLanguage(undefined, activity.locale)];
    if (!ticket) {
      await context.sendActivity(s.unknownTicket(submit.ticketId));
      return;
    }
    if (ticket.asker.userHash !== userHash) {
      this.deps.logger.info({ ticketId: ticket.id, userHash }, 'ticket vote refused: not the asker');
      await context.sendActivity(s.onlyAskerVotes);
      return;
    }
    const helpful = submit.vote === 'helpful';
    const result = await store.inTransaction(async (tx) => {
      const change = await tx.applyChange(ticket.id, { event: helpful ? 'asker_helpful' : 'asker_not_helpful', actor: { userHash, role: 'asker' } });
      if (change.ok && this.deps.channel.configured) await tx.enqueue({ kind: 'ticket_card', ticketId: ticket.id });
      return change;
    });
    if (!result.ok) {
      await context.sendActivity(s.voteNotExpected(ticket.id));
      return;
    }
    this.deps.logger.info({ ticketId: ticket.id, userHash, vote: submit.vote, status: result.ticket.status }, 'asker rated the helpdesk answer');
    await context.sendActivity(helpful ? s.thanksClosed(ticket.id) : s.reopenedOnVote(ticket.id));
    this.deps.kick();
  }

  private async withinLimit(context: TurnContext, limiter: RateLimiter): Promise<boolean> {
    const { activity } = context;
    const userHash = knownUserKey(activity);
    if (await limiter.tryTake(userHash)) return true;
    this.deps.logger.info({ userHash, channelId: activity.channelId }, 'card action refused by the rate limit');
    await context.sendActivity(CHAT_STRINGS[pickLanguage(undefined, activity.locale)].rateLimited);
    return false;
  }

  private async escalate(context: TurnContext, question: LatestAnswer, comment: string | undefined): Promise<void> {
    const { activity } = context;
    const userHash = knownUserKey(activity);
    const s = HELPDESK_STRINGS[question.language];
    const redactedComment = comment === undefined ? undefined : (await this.deps.analyzer.analyze(comment)).redactedText;
    const reference = askerReferenceOf(activity);
    const { store, channel } = this.deps;

    // The check and the insert in one transaction, serialised per asker (across instances too):
    // a double click cannot open two tickets. The ticket and its card's message commit together,
    // so an acknowledged ticket always reaches the channel.
    const outcome = await store.inTransaction(async (tx) => {
      const existing = await openTicketFor(tx, userHash, question.question);
      if (existing) return { existing };
      const created = await tx.createTicket(
        {
          question: question.question,
          comment: redactedComment,
          language: question.language,
          botAnswer: question.botAnswer,
          asker: { userHash, channelId: activity.channelId },
          askerReference: reference,
        },
        { userHash, role: 'asker' },
      );
      if (channel.configured) await tx.enqueue({ kind: 'ticket_card', ticketId: created.id });
      return { created };
    }, { lockKey: `escalate:${userHash}` });
    if (outcome.existing) {
      await context.sendActivity(s.alreadyEscalated(outcome.existing.id));
      return;
    }
    const ticket = outcome.created;
    this.deps.logger.info({ ticketId: ticket.id, userHash, channelId: activity.channelId, withComment: redactedComment !== undefined }, 'ticket created');

    // Acknowledged only now that the ticket is stored, so an acknowledged ticket is never lost.
    await context.sendActivity(channel.configured ? s.ticketCreated(ticket.id) : s.ticketCreatedNoChannel(ticket.id));
    if (!channel.configured) {
      this.deps.logger.warn({ ticketId: ticket.id }, 'helpdesk channel not configured (HELPDESK_CONVERSATION_ID, HELPDESK_SERVICE_URL); the ticket waits in the store');
      return;
    }
    this.deps.kick();
  }
}

async function openTicketFor(store: HelpdeskStore, userHash: string, question: string): Promise<Ticket | undefined> {
  const recent = await store.listTickets({ limit: RECENT_TICKETS });
  return recent.find((t) => t.asker.userHash === userHash && t.question === question && WAITING.has(t.status));
}
