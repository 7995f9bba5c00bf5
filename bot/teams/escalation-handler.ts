/**
 * What the bot routes to for the helpdesk: the asker's side (escalating, rating the helpdesk's
 * answer) and the helpdesk's side (acting on ticket cards). AskerEscalation and HelpdeskActions
 * implement them; NoHelpdesk stands in where no helpdesk is wired, and says so honestly.
 */
import { TurnContext } from 'botbuilder';
import { CHAT_STRINGS } from '../engine';
import { EscalateSubmit } from '../render/answer-card';
import { TicketFeedbackSubmit } from '../render/helpdesk-answer-card';
import { TicketCardSubmit } from '../render/ticket-card';
import { Logger } from '../logging/create-logger';
import { pickLanguage } from './pick-language';
import { HelpdeskRequest } from './asker/read-helpdesk-request';
import { userKeyOf } from './user-key';

export interface EscalationHandler {
  /** "Fråga helpdesk" on an answer card: the answer id it carries and an optional comment. */
  onEscalate(context: TurnContext, submit: EscalateSubmit): Promise<void>;
  /** The text `helpdesk`: escalates the user's latest question in the conversation. */
  onTextEscalate(context: TurnContext, request: HelpdeskRequest): Promise<void>;
  /** Helpful / not helpful on the helpdesk's answer. */
  onAnswerVote(context: TurnContext, submit: TicketFeedbackSubmit): Promise<void>;
}

export interface HelpdeskActionHandler {
  onHelpdeskAction(context: TurnContext, submit: TicketCardSubmit): Promise<void>;
}

/** Says that no helpdesk is set up and where to turn instead, for a bot wired without one. */
export class NoHelpdesk implements EscalationHandler, HelpdeskActionHandler {
  constructor(private readonly logger: Logger) {}

  async onEscalate(context: TurnContext, submit: EscalateSubmit): Promise<void> {
    this.logger.info({ userHash: userKeyOf(context.activity), withComment: submit.comment !== undefined }, 'helpdesk requested, but none is set up');
    await this.sayNoHelpdesk(context);
  }

  async onTextEscalate(context: TurnContext): Promise<void> {
    this.logger.info({ userHash: userKeyOf(context.activity) }, 'helpdesk requested, but none is set up');
    await this.sayNoHelpdesk(context);
  }

  async onAnswerVote(context: TurnContext): Promise<void> {
    await this.sayNoHelpdesk(context);
  }

  async onHelpdeskAction(context: TurnContext): Promise<void> {
    await this.sayNoHelpdesk(context);
  }

  private async sayNoHelpdesk(context: TurnContext): Promise<void> {
    await context.sendActivity(CHAT_STRINGS[pickLanguage(undefined, context.activity.locale)].noHelpdesk);
  }
}
