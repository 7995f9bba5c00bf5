/**
 * The asker's side of the helpdesk: turns "Fråga helpdesk" (card) or `helpdesk` (text) into a
 * ticket, acknowledges it once it is stored, posts its card to the helpdesk channel, and takes
 * the asker's rating of the helpdesk's answer. Comments are redacted by the engine's analyzer
 * before anything is stored, sent or logged; logs carry ticket ids and hashes only.
 */
import { TurnContext } from 'botbuilder';
import { Analyzer } from '../engine';
import { Engine } from '../engine';
import { HELPDESK_STRINGS } from '../engine';
import { CHAT_STRINGS } from '../engine';
import { EscalateSubmit } from '../render/card-actions';
import { TicketFeedbackSubmit } from '../render/ticket-actions';
import { Ticket, TicketStatus, TicketStore } from '../store/ticket-store';
import { LatestAnswer, LatestAnswerMemory } from '../store/latest-answer';
import { Logger } from '../logging/create-logger';
import { askerReferenceKey, askerReferenceOf } from './asker-reference';
import { describeError } from './describe-error';
import { latestAnswerOf } from './latest-answer-of';
import { EscalationHandler } from './escalation-handler';
import { HelpdeskChannel } from './helpdesk-channel';
import { pickLanguage } from './pick-language';
import { RateLimiter } from './rate-limiter';
import { HelpdeskRequest } from './read-helpdesk-request';
import { userKeyOf } from './user-key';

/** A card's question comes back from the client, so it is held to a sane size. */
const MAX_CARD_QUESTION = 4000;
/** How far back a repeated escalation of the same question is recognised. */
const RECENT_TICKETS = 200;
/** Tickets still waiting for the helpdesk; once answered, asking again is a new ticket. */
const WAITING = new Set<TicketStatus>(['open', 'claimed', 'reopened']);

export interface AskerEscalationDeps {
  tickets: TicketStore;
  /** The asker's latest answer per conversation, which `helpdesk` escalates. */
  answers: LatestAnswerMemory;
  /** The engine once loaded: re-answers a card's question when it is not the remembered one. */
  engine: () => Engine | undefined;
  /** The engine's own analyzer, so comments are redacted exactly as questions are. */
  analyzer: Analyzer;
  channel: HelpdeskChannel;
  logger: Logger;
  /** Tickets per user and minute; a card's data is the client's, so escalations need their own bound. */
  limiter?: RateLimiter;
}

export const ESCALATIONS_PER_MINUTE = 5;

export class AskerEscalation implements EscalationHandler {
  private readonly limiter: RateLimiter;

  constructor(private readonly deps: AskerEscalationDeps) {
    for (const name of ['tickets', 'answers', 'engine', 'analyzer', 'channel', 'logger'] as const) {
      if (!deps[name]) throw new Error(`AskerEscalation needs ${name}`);
    }
    this.limiter = deps.limiter ?? new RateLimiter({ limit: ESCALATIONS_PER_MINUTE });
  }

  async onEscalate(context: TurnContext, submit: EscalateSubmit): Promise<void> {
    const { activity } = context;
    if (!(await this.withinLimit(context))) return;
    const remembered = this.deps.answers.latestAnswer(activity.conversation.id, userKeyOf(activity));
    const question = remembered?.question === submit.question ? remembered : await this.fromCard(submit.question, activity.locale);
    await this.escalate(context, question, submit.comment);
  }

  async onTextEscalate(context: TurnContext, request: HelpdeskRequest): Promise<void> {
    const { activity } = context;
    const remembered = this.deps.answers.latestAnswer(activity.conversation.id, userKeyOf(activity));
    if (!remembered) {
      await context.sendActivity(HELPDESK_STRINGS[request.language ?? pickLanguage(undefined, activity.locale)].nothingToEscalate);
      return;
    }
    if (!(await this.withinLimit(context))) return;
    await this.escalate(context, remembered, undefined);
  }

  async onAnswerVote(context: TurnContext, submit: TicketFeedbackSubmit): Promise<void> {
    const { activity } = context;
    const userHash = userKeyOf(activity);
    const ticket = this.deps.tickets.getTicket(submit.ticketId);
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
    const result = this.deps.tickets.applyChange(ticket.id, { event: helpful ? 'asker_helpful' : 'asker_not_helpful', actor: { userHash, role: 'asker' } });
    if (!result.ok) {
      await context.sendActivity(s.voteNotExpected(ticket.id));
      return;
    }
    this.deps.logger.info({ ticketId: ticket.id, userHash, vote: submit.vote, status: result.ticket.status }, 'asker rated the helpdesk answer');
    await context.sendActivity(helpful ? s.thanksClosed(ticket.id) : s.reopenedOnVote(ticket.id));
    await this.updateCard(context, result.ticket);
  }

  private async withinLimit(context: TurnContext): Promise<boolean> {
    const { activity } = context;
    const userHash = userKeyOf(activity);
    if (this.limiter.tryTake(userHash)) return true;
    this.deps.logger.info({ userHash, channelId: activity.channelId }, 'escalation refused by the rate limit');
    await context.sendActivity(CHAT_STRINGS[pickLanguage(undefined, activity.locale)].rateLimited);
    return false;
  }

  /** The card's question was not the latest one answered here: answer it again for the helpdesk's view. */
  private async fromCard(question: string, locale: string | undefined): Promise<LatestAnswer> {
    const text = question.slice(0, MAX_CARD_QUESTION);
    const engine = this.deps.engine();
    if (engine) return latestAnswerOf(await engine.ask(text));
    // Still starting: the question goes on without an answer, redacted all the same.
    const analysis = await this.deps.analyzer.analyze(text);
    return {
      question: analysis.redactedText,
      language: pickLanguage(undefined, locale),
      botAnswer: { verdict: null, answered: false, answer: '', citations: [] },
    };
  }

  private async escalate(context: TurnContext, question: LatestAnswer, comment: string | undefined): Promise<void> {
    const { activity } = context;
    const userHash = userKeyOf(activity);
    const s = HELPDESK_STRINGS[question.language];
    const redactedComment = comment === undefined ? undefined : (await this.deps.analyzer.analyze(comment)).redactedText;
    const reference = askerReferenceOf(activity);

    // No await between the check and the insert: a double click cannot open two tickets.
    const existing = this.openTicketFor(userHash, question.question);
    if (existing) {
      await context.sendActivity(s.alreadyEscalated(existing.id));
      return;
    }
    this.deps.tickets.saveConversationReference(askerReferenceKey(reference), reference);
    const ticket = this.deps.tickets.createTicket(
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
    this.deps.logger.info({ ticketId: ticket.id, userHash, channelId: activity.channelId, withComment: redactedComment !== undefined }, 'ticket created');

    const { channel } = this.deps;
    // Acknowledged only now that the ticket is stored, so an acknowledged ticket is never lost.
    await context.sendActivity(channel.configured ? s.ticketCreated(ticket.id) : s.ticketCreatedNoChannel(ticket.id));
    if (!channel.configured) {
      this.deps.logger.warn({ ticketId: ticket.id }, 'helpdesk channel not configured (HELPDESK_CONVERSATION_ID, HELPDESK_SERVICE_URL); the ticket waits in the store');
      return;
    }
    try {
      const activityId = await channel.post(context, ticket);
      if (activityId) this.deps.tickets.setHelpdeskActivityId(ticket.id, activityId);
      this.deps.logger.info({ ticketId: ticket.id, posted: activityId !== undefined }, 'ticket card posted to the helpdesk');
    } catch (error) {
      this.deps.logger.error({ ticketId: ticket.id, err: describeError(error) }, 'could not post the ticket card; the ticket is in the store');
    }
  }

  private openTicketFor(userHash: string, question: string): Ticket | undefined {
    return this.deps.tickets
      .listTickets({ limit: RECENT_TICKETS })
      .find((t) => t.asker.userHash === userHash && t.question === question && WAITING.has(t.status));
  }

  private async updateCard(context: TurnContext, ticket: Ticket): Promise<void> {
    if (!this.deps.channel.configured) return;
    try {
      await this.deps.channel.update(context, ticket);
    } catch (error) {
      this.deps.logger.error({ ticketId: ticket.id, err: describeError(error) }, 'could not update the ticket card');
    }
  }
}
