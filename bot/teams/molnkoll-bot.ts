/**
 * The bot: routes each activity to the collaborator that handles it and does nothing else.
 * Card submits first (they carry no mention even in channels): answer cards, then ticket cards
 * by their action; then text votes, help, `helpdesk`, questions.
 */
import { ActivityTypes, TeamsActivityHandler, TurnContext } from 'botbuilder';
import { CARD_ACTION, parseCardSubmit } from '../render/card-actions';
import { CHAT_STRINGS, WELCOME_TEXT } from '../engine';
import { QuestionHandler } from './question-handler';
import { FeedbackHandler } from './feedback-handler';
import { EscalationHandler, HelpdeskActionHandler } from './escalation-handler';
import { TICKET_ACTION, parseTicketSubmit } from '../render/ticket-actions';
import { readHelpdeskRequest } from './read-helpdesk-request';
import { readQuestion } from './read-question';
import { readTextVote } from './read-text-vote';
import { readHelpRequest } from './read-help-request';

export interface MolnkollBotDeps {
  questions: QuestionHandler;
  feedback: FeedbackHandler;
  /** The asker's side of the helpdesk. */
  escalation: EscalationHandler;
  /** The helpdesk's side: actions on ticket cards. */
  helpdesk: HelpdeskActionHandler;
}

export class MolnkollBot extends TeamsActivityHandler {
  constructor(private readonly deps: MolnkollBotDeps) {
    super();
    for (const name of ['questions', 'feedback', 'escalation', 'helpdesk'] as const) {
      if (!deps[name]) throw new Error(`MolnkollBot needs a ${name} handler`);
    }
    this.onMessage(async (context, next) => {
      await this.routeMessage(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      // Welcome once, when the bot itself joins; people joining a team are not greeted.
      const botId = context.activity.recipient.id;
      if (context.activity.membersAdded?.some((member) => member.id === botId)) {
        await context.sendActivity({ type: ActivityTypes.Message, text: WELCOME_TEXT });
      }
      await next();
    });
  }

  private async routeMessage(context: TurnContext): Promise<void> {
    const submit = parseCardSubmit(context.activity.value);
    if (submit?.action === CARD_ACTION.feedback) return this.deps.feedback.onCardVote(context, submit);
    if (submit?.action === CARD_ACTION.escalate) return this.deps.escalation.onEscalate(context, submit);
    const ticketSubmit = parseTicketSubmit(context.activity.value);
    if (ticketSubmit?.action === TICKET_ACTION.feedback) return this.deps.escalation.onAnswerVote(context, ticketSubmit);
    if (ticketSubmit) return this.deps.helpdesk.onHelpdeskAction(context, ticketSubmit);

    const text = readQuestion(context.activity);
    if (text === null) return; // a channel message that does not mention the bot
    const vote = readTextVote(text);
    if (vote) return this.deps.feedback.onTextVote(context, vote);
    const helpLanguage = readHelpRequest(text);
    if (helpLanguage) {
      await context.sendActivity(CHAT_STRINGS[helpLanguage].help);
      return;
    }
    const helpdeskRequest = readHelpdeskRequest(text);
    if (helpdeskRequest) return this.deps.escalation.onTextEscalate(context, helpdeskRequest);
    await this.deps.questions.handle(context, text);
  }
}
