/**
 * Stores votes on the bot's answers: from the Teams card's buttons (which carry only the answer
 * log's id) or from a `+1` / `-1` reply about the user's latest answer. The answer is looked up
 * by id; an unknown id or someone else's answer is refused; a second vote replaces the first.
 */
import { Channels, TurnContext } from 'botbuilder';
import { CARD_STRINGS, CHAT_STRINGS } from '../../engine';
import { AnswerLog, LoggedAnswer, VOTE_REASONS, VoteReason } from '../../store/answer-log';
import type { AnswerCardState, FeedbackSubmit, ReasonSubmit } from '../../render/answer-card';
import type { RenderAnswer } from './question-handler';
import { FeedbackStore, Vote } from '../../store/feedback-store';
import { LatestAnswerMemory } from '../../store/latest-answer';
import { Logger } from '../../logging/create-logger';
import { knownUserKey } from '../known-user-key';
import { pickLanguage } from '../pick-language';
import { RateLimiter } from '../rate-limiter';
import { RateCounter } from '../../store/rate-counter';

export const VOTES_PER_MINUTE = 10;

export interface FeedbackHandlerDeps {
  store: FeedbackStore & LatestAnswerMemory & AnswerLog;
  logger: Logger;
  /** Where the limit on votes per user counts (the store, shared by every instance). */
  rates: RateCounter;
  /** The limit's clock, for tests. */
  now?: () => number;
  /** Redraws a Teams card in place to show the vote; without it, a vote is only thanked for. */
  render?: RenderAnswer;
  /** Whether a typed `-1` may point to the helpdesk (there is one). */
  offerHelpdesk?: boolean;
}

export class FeedbackHandler {
  private readonly limiter: RateLimiter;

  constructor(private readonly deps: FeedbackHandlerDeps) {
    this.limiter = new RateLimiter({ name: 'vote', limit: VOTES_PER_MINUTE, counter: deps.rates, now: deps.now });
  }

  async onCardVote(context: TurnContext, submit: FeedbackSubmit): Promise<void> {
    await this.vote(context, submit.answerId, submit.vote, true);
  }

  async onTextVote(context: TurnContext, vote: Vote): Promise<void> {
    const { activity } = context;
    const latest = await this.deps.store.latestAnswer(activity.conversation.id, knownUserKey(activity));
    if (!latest?.answerId) {
      await context.sendActivity(CHAT_STRINGS[pickLanguage(undefined, activity.locale)].nothingToRate);
      return;
    }
    await this.vote(context, latest.answerId, vote);
  }

  /**
   * A typed reason ("2", "inaktuellt") right after a typed or clicked not-helpful vote on the
   * user's latest answer. False when there is no such vote: the text is then an ordinary message.
   */
  async onTextReason(context: TurnContext, reason: VoteReason): Promise<boolean> {
    const { activity } = context;
    const latest = await this.deps.store.latestAnswer(activity.conversation.id, knownUserKey(activity));
    if (!latest?.answerId) return false;
    const voted = await this.deps.store.answerById(latest.answerId);
    if (voted?.userHash !== knownUserKey(activity) || voted.vote !== 'not_helpful') return false;
    const answer = await this.ownAnswer(context, latest.answerId, 'reason');
    if (!answer) return true;
    await this.deps.store.recordVoteReason(answer.id, reason);
    this.deps.logger.info({ answerId: answer.id, reason }, 'vote reason stored');
    await context.sendActivity(CARD_STRINGS[answer.language].reasonRecorded);
    return true;
  }

  /** "Inte till hjälp" → why: kept on the vote, and the card says it was noted. */
  async onReason(context: TurnContext, submit: ReasonSubmit): Promise<void> {
    const answer = await this.ownAnswer(context, submit.answerId, 'reason');
    if (!answer) return;
    if (answer.vote !== 'not_helpful') {
      this.deps.logger.info({ answerId: answer.id, vote: answer.vote }, 'vote reason refused: no not-helpful vote');
      await context.sendActivity(CHAT_STRINGS[pickLanguage(undefined, context.activity.locale)].unknownAnswer);
      return;
    }
    await this.deps.store.recordVoteReason(answer.id, submit.reason);
    this.deps.logger.info({ answerId: answer.id, reason: submit.reason }, 'vote reason stored');
    if (!(await this.redrawCard(context, answer, { vote: 'not_helpful', reason: submit.reason }))) {
      await context.sendActivity(CHAT_STRINGS[pickLanguage(undefined, context.activity.locale)].feedbackThanks);
    }
  }

  private async vote(context: TurnContext, answerId: string, vote: Vote, fromCard = false): Promise<void> {
    const answer = await this.ownAnswer(context, answerId, 'vote');
    if (!answer) return;
    const { activity } = context;
    const userHash = knownUserKey(activity);
    await this.deps.store.recordVote(answer.id, vote);
    this.deps.logger.info({ userHash, channelId: activity.channelId, vote, verdict: answer.botAnswer.verdict, replaced: answer.vote !== null }, 'feedback stored');
    // A vote pressed on the card shows on the card (with its reason choices); a typed one is
    // answered in the chat, a typed -1 with the reasons to reply with.
    const redrawn = await this.redrawCard(context, answer, { vote });
    if (fromCard && redrawn) return;
    if (!fromCard && vote === 'not_helpful') {
      const reasons = VOTE_REASONS.map((reason) => CARD_STRINGS[answer.language].reasons[reason]);
      await context.sendActivity(CHAT_STRINGS[answer.language].reasonPrompt(reasons, this.deps.offerHelpdesk ?? false));
      return;
    }
    await context.sendActivity(CHAT_STRINGS[pickLanguage(undefined, activity.locale)].feedbackThanks);
  }

  /** The answer, when it is this user's; otherwise the user is told and undefined returned. */
  private async ownAnswer(context: TurnContext, answerId: string, what: 'vote' | 'reason'): Promise<LoggedAnswer | undefined> {
    const { activity } = context;
    const userHash = knownUserKey(activity);
    const chat = CHAT_STRINGS[pickLanguage(undefined, activity.locale)];
    if (!(await this.limiter.tryTake(userHash))) {
      this.deps.logger.info({ userHash, channelId: activity.channelId }, `${what} refused by the rate limit`);
      await context.sendActivity(chat.rateLimited);
      return undefined;
    }
    const answer = await this.deps.store.answerById(answerId);
    if (!answer || answer.userHash !== userHash) {
      this.deps.logger.info({ userHash, known: answer !== undefined }, `${what} refused: not this user's answer`);
      await context.sendActivity(answer ? chat.notYourAnswer : chat.unknownAnswer);
      return undefined;
    }
    return answer;
  }

  /**
   * Updates the Teams card the answer was shown in (by the id the connector gave it, never one a
   * client names). False when there is no card to update or the update failed: the vote is stored either way.
   */
  private async redrawCard(context: TurnContext, answer: LoggedAnswer, state: AnswerCardState): Promise<boolean> {
    const { render } = this.deps;
    if (!render || !answer.answer || !answer.activityId || answer.channel !== Channels.Msteams || context.activity.channelId !== Channels.Msteams) return false;
    try {
      await context.updateActivity({ ...render(answer.answer, answer.channel, answer.id, state), id: answer.activityId });
      return true;
    } catch (error) {
      this.deps.logger.warn({ err: error, answerId: answer.id }, 'answer card could not be updated');
      return false;
    }
  }
}
