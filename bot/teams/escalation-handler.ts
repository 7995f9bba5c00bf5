/**
 * "Fråga helpdesk": the escalation issue replaces `ComingSoonEscalation` with a handler that
 * opens a ticket; the bot only depends on this interface.
 */
import { TurnContext } from 'botbuilder';
import { CHAT_STRINGS } from '../engine/strings/chat';
import { EscalateSubmit } from '../render/card-actions';
import { Logger } from '../logging/create-logger';
import { pickLanguage } from './pick-language';
import { userKeyOf } from './user-key';

export interface EscalationHandler {
  onEscalate(context: TurnContext, submit: EscalateSubmit): Promise<void>;
}

export class ComingSoonEscalation implements EscalationHandler {
  constructor(private readonly logger: Logger) {}

  async onEscalate(context: TurnContext, submit: EscalateSubmit): Promise<void> {
    this.logger.info({ userHash: userKeyOf(context.activity), withComment: submit.comment !== undefined }, 'helpdesk requested (not yet available)');
    await context.sendActivity(CHAT_STRINGS[pickLanguage(undefined, context.activity.locale)].helpdeskComingSoon);
  }
}
