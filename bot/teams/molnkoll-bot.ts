/**
 * The bot: routes each activity to the collaborator that handles it and does nothing else.
 * Card submits first (they carry no mention even in channels), each read by its card's reader:
 * the answer card, the helpdesk's answer to the asker, the ticket card; then text votes, help,
 * `helpdesk`, questions.
 */
import { ActivityTypes, TeamsActivityHandler, TurnContext } from 'botbuilder';
import { CHAT_STRINGS, WELCOME_TEXT } from '../engine';
import { QuestionHandler } from './asker/question-handler';
import { FeedbackHandler } from './asker/feedback-handler';
import { EscalationHandler, HelpdeskActionHandler } from './escalation-handler';
import { readAnswerCardSubmit } from './asker/read-answer-card-submit';
import { readHelpdeskAnswerVote } from './asker/read-helpdesk-answer-vote';
import { readTicketCardSubmit } from './helpdesk/read-ticket-card-submit';
import { readHelpdeskRequest } from './asker/read-helpdesk-request';
import { readQuestion } from './asker/read-question';
import { readTextVote } from './asker/read-text-vote';
import { readTextReason } from './asker/read-text-reason';
import { readHelpRequest } from './asker/read-help-request';
import { readSmallTalk } from './asker/read-small-talk';
import { readMatrixRequest } from './asker/read-matrix-request';
import { MatrixHandler } from './asker/matrix-handler';
import { pickLanguage } from './pick-language';
import { userKeyOf } from './user-key';

export interface MolnkollBotDeps {
  questions: QuestionHandler;
  feedback: FeedbackHandler;
  /** The asker's side of the helpdesk. */
  escalation: EscalationHandler;
  /** The helpdesk's side: actions on ticket cards. */
  helpdesk: HelpdeskActionHandler;
  /** `matris` / `matrix`: the verdict matrix. */
  matrix?: MatrixHandler;
  /** Work that runs between turns (the outbox drainer), stopped by `close()`. */
  background?: { stop(): Promise<void> };
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

  /** Stops the background work; turns still in flight are the server's to finish. */
  async close(): Promise<void> {
    await this.deps.background?.stop();
  }

  private async routeMessage(context: TurnContext): Promise<void> {
    if (userKeyOf(context.activity) === undefined) {
      // In Teams a person is their tenant and Entra object id; without them, nothing is done in anyone's name.
      if (readQuestion(context.activity) !== null || context.activity.value !== undefined) {
        await context.sendActivity(CHAT_STRINGS[pickLanguage(undefined, context.activity.locale)].unknownUser);
      }
      return;
    }
    const submit = readAnswerCardSubmit(context.activity.value);
    if (submit?.action === 'feedback') return this.deps.feedback.onCardVote(context, submit);
    if (submit?.action === 'reason') return this.deps.feedback.onReason(context, submit);
    // A suggested question pressed is asked as if typed, in this conversation (no mention needed).
    if (submit?.action === 'ask') return this.deps.questions.handle(context, submit.question);
    if (submit?.action === 'escalate') return this.deps.escalation.onEscalate(context, submit);
    const answerVote = readHelpdeskAnswerVote(context.activity.value);
    if (answerVote) return this.deps.escalation.onAnswerVote(context, answerVote);
    const ticketSubmit = readTicketCardSubmit(context.activity.value);
    if (ticketSubmit) return this.deps.helpdesk.onHelpdeskAction(context, ticketSubmit);

    const text = readQuestion(context.activity);
    if (text === null) return; // a channel message that does not mention the bot
    const vote = readTextVote(text);
    if (vote) return this.deps.feedback.onTextVote(context, vote);
    const reason = readTextReason(text);
    if (reason && (await this.deps.feedback.onTextReason(context, reason))) return;
    const helpLanguage = readHelpRequest(text);
    if (helpLanguage) {
      await context.sendActivity(CHAT_STRINGS[helpLanguage].help);
      return;
    }
    const smallTalk = readSmallTalk(text);
    if (smallTalk) return this.deps.questions.answerSmallTalk(context, smallTalk);
    const matrixLanguage = readMatrixRequest(text);
    if (matrixLanguage && this.deps.matrix) return this.deps.matrix.handle(context, matrixLanguage);
    const helpdeskRequest = readHelpdeskRequest(text);
    if (helpdeskRequest) return this.deps.escalation.onTextEscalate(context, helpdeskRequest);
    await this.deps.questions.handle(context, text);
  }
}
