/**
 * The bot: routes each activity to the collaborator that handles it and does nothing else.
 * Card submits first (they carry no mention even in channels), then votes, help, questions.
 */
import { ActivityTypes, TeamsActivityHandler, TurnContext } from 'botbuilder';
import { CARD_ACTION, parseCardSubmit } from '../render/card-actions';
import { CHAT_STRINGS, WELCOME_TEXT } from '../engine/strings/chat';
import { QuestionHandler } from './question-handler';
import { FeedbackHandler } from './feedback-handler';
import { EscalationHandler } from './escalation-handler';
import { readQuestion } from './read-question';
import { readTextVote } from './read-text-vote';
import { readHelpRequest } from './read-help-request';

export interface MolnkollBotDeps {
  questions: QuestionHandler;
  feedback: FeedbackHandler;
  escalation: EscalationHandler;
}

export class MolnkollBot extends TeamsActivityHandler {
  constructor(private readonly deps: MolnkollBotDeps) {
    super();
    for (const name of ['questions', 'feedback', 'escalation'] as const) {
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

    const text = readQuestion(context.activity);
    if (text === null) return; // a channel message that does not mention the bot
    const vote = readTextVote(text);
    if (vote) return this.deps.feedback.onTextVote(context, vote);
    const helpLanguage = readHelpRequest(text);
    if (helpLanguage) {
      await context.sendActivity(CHAT_STRINGS[helpLanguage].help);
      return;
    }
    await this.deps.questions.handle(context, text);
  }
}
