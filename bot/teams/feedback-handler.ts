/**
 * Stores votes: from the Teams card's buttons (the card carries the redacted question, the
 * verdict and the cited ids) or from a `+1` / `-1` reply about the user's latest answer.
 */
import { TurnContext } from 'botbuilder';
import { CHAT_STRINGS } from '../engine';
import { FeedbackSubmit } from '../render/card-actions';
import { AnsweredQuestion, FeedbackStore, Vote } from '../store/feedback-store';
import { LatestAnswerMemory } from '../store/latest-answer';
import { Logger } from '../logging/create-logger';
import { pickLanguage } from './pick-language';
import { userKeyOf } from './user-key';

/** A card's data comes back from the client, so its question is held to a sane size. */
const MAX_STORED_QUESTION = 4000;

export interface FeedbackHandlerDeps {
  store: FeedbackStore & LatestAnswerMemory;
  logger: Logger;
  now?: () => Date;
}

export class FeedbackHandler {
  private readonly now: () => Date;

  constructor(private readonly deps: FeedbackHandlerDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  async onCardVote(context: TurnContext, submit: FeedbackSubmit): Promise<void> {
    const answered = { question: submit.question.slice(0, MAX_STORED_QUESTION), verdict: submit.verdict, citedIds: submit.citedIds };
    await this.save(context, answered, submit.vote);
  }

  async onTextVote(context: TurnContext, vote: Vote): Promise<void> {
    const { activity } = context;
    const latest = this.deps.store.latestAnswer(activity.conversation.id, userKeyOf(activity));
    if (!latest) {
      await context.sendActivity(CHAT_STRINGS[pickLanguage(undefined, activity.locale)].nothingToRate);
      return;
    }
    const { question, botAnswer } = latest;
    await this.save(context, { question, verdict: botAnswer.verdict, citedIds: botAnswer.citations.map((c) => c.id) }, vote);
  }

  private async save(context: TurnContext, answered: AnsweredQuestion, vote: Vote): Promise<void> {
    const { activity } = context;
    const userHash = userKeyOf(activity);
    this.deps.store.saveFeedback({ ...answered, vote, userHash, channelId: activity.channelId, at: this.now().toISOString() });
    this.deps.logger.info({ userHash, channelId: activity.channelId, vote, verdict: answered.verdict }, 'feedback stored');
    await context.sendActivity(CHAT_STRINGS[pickLanguage(undefined, activity.locale)].feedbackThanks);
  }
}
