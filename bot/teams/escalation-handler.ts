/**
 * What the bot routes to for the helpdesk: the asker's side (escalating, rating the helpdesk's
 * answer) and the helpdesk's side (acting on ticket cards). AskerEscalation and HelpdeskActions
 * implement them; ComingSoonEscalation stands in where no ticket store is wired.
 */
import { TurnContext } from 'botbuilder';
import { CHAT_STRINGS } from '../engine';
import { EscalateSubmit } from '../render/card-actions';
import { HelpdeskSubmit, TicketFeedbackSubmit } from '../render/ticket-actions';
import { Logger } from '../logging/create-logger';
import { pickLanguage } from './pick-language';
import { HelpdeskRequest } from './read-helpdesk-request';
import { userKeyOf } from './user-key';

export interface EscalationHandler {
  /** "Fråga helpdesk" on an answer card, with the question it carries and an optional comment. */
  onEscalate(context: TurnContext, submit: EscalateSubmit): Promise<void>;
  /** The text `helpdesk`: escalates the user's latest question in the conversation. */
  onTextEscalate(context: TurnContext, request: HelpdeskRequest): Promise<void>;
  /** Helpful / not helpful on the helpdesk's answer. */
  onAnswerVote(context: TurnContext, submit: TicketFeedbackSubmit): Promise<void>;
}

export interface HelpdeskActionHandler {
  onHelpdeskAction(context: TurnContext, submit: HelpdeskSubmit): Promise<void>;
}

/** Says the helpdesk is not available, for a bot wired without a ticket store. */
export class ComingSoonEscalation implements EscalationHandler, HelpdeskActionHandler {
  constructor(private readonly logger: Logger) {}

  async onEscalate(context: TurnContext, submit: EscalateSubmit): Promise<void> {
    this.logger.info({ userHash: userKeyOf(context.activity), withComment: submit.comment !== undefined }, 'helpdesk requested (not yet available)');
    await this.sayComingSoon(context);
  }

  async onTextEscalate(context: TurnContext): Promise<void> {
    this.logger.info({ userHash: userKeyOf(context.activity) }, 'helpdesk requested (not yet available)');
    await this.sayComingSoon(context);
  }

  async onAnswerVote(context: TurnContext): Promise<void> {
    await this.sayComingSoon(context);
  }

  async onHelpdeskAction(context: TurnContext): Promise<void> {
    await this.sayComingSoon(context);
  }

  private async sayComingSoon(context: TurnContext): Promise<void> {
    await context.sendActivity(CHAT_STRINGS[pickLanguage(undefined, context.activity.locale)].helpdeskComingSoon);
  }
}
