/**
 * Stores votes on the bot's answers: from the Teams card's buttons (which carry only the answer
 * log's id) or from a `+1` / `-1` reply about the user's latest answer. The answer is looked up
 * by id; an unknown id or someone else's answer is refused; a second vote replaces the first.
 */
import { TurnContext } from 'botbuilder';
import { CHAT_STRINGS } from '../engine';
import { FeedbackSubmit } from '../render/card-actions';
import { AnswerLog } from '../store/answer-log';
import { FeedbackStore, Vote } from '../store/feedback-store';
import { LatestAnswerMemory } from '../store/latest-answer';
import { Logger } from '../logging/create-logger';
import { knownUserKey } from './known-user-key';
import { pickLanguage } from './pick-language';
import { RateLimiter } from './rate-limiter';

export const VOTES_PER_MINUTE = 10;

export interface FeedbackHandlerDeps {
  store: FeedbackStore & LatestAnswerMemory & AnswerLog;
  logger: Logger;
  limiter?: RateLimiter;
}

export class FeedbackHandler {
  private readonly limiter: RateLimiter;

  constructor(private readonly deps: FeedbackHandlerDeps) {
    this.limiter = deps.limiter ?? new RateLimiter({ limit: VOTES_PER_MINUTE });
  }

  async onCardVote(context: TurnContext, submit: FeedbackSubmit): Promise<void> {
    await this.vote(context, submit.answerId, submit.vote);
  }

  async onTextVote(context: TurnContext, vote: Vote): Promise<void> {
    const { activity } = context;
    const latest = this.deps.store.latestAnswer(activity.conversation.id, knownUserKey(activity));
    if (!latest?.answerId) {
      await context.sendActivity(CHAT_STRINGS[pickLanguage(undefined, activity.locale)].nothingToRate);
      return;
    }
    await this.vote(context, latest.answerId, vote);
  }

  private async vote(context: TurnContext, answerId: string, vote: Vote): Promise<void> {
    const { activity } = context;
    const userHash = knownUserKey(activity);
    const chat = CHAT_STRINGS[pickLanguage(undefined, activity.locale)];
    if (!this.limiter.tryTake(userHash)) {
      this.deps.logger.info({ userHash, channelId: activity.channelId }, 'vote refused by the rate limit');
      await context.sendActivity(chat.rateLimited);
      return;
    }
    const answer = this.deps.store.answerById(answerId);
    if (!answer || answer.userHash !== userHash) {
      this.deps.logger.info({ userHash, known: answer !== undefined }, 'vote refused: not this user\'s answer');
      await context.sendActivity(answer ? chat.notYourAnswer : chat.unknownAnswer);
      return;
    }
    this.deps.store.recordVote(answer.id, vote);
    this.deps.logger.info({ userHash, channelId: activity.channelId, vote, verdict: answer.botAnswer.verdict, replaced: answer.vote !== null }, 'feedback stored');
    await context.sendActivity(chat.feedbackThanks);
  }
}
