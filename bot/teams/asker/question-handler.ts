/**
 * Answers one question turn: limits, the typing indicator when it is slow, the engine, the
 * channel's rendering, and what text-only channels need to take a `+1` later. Logs only the
 * redacted question.
 */
import { Activity, ActivityTypes, TurnContext } from 'botbuilder';
import { Answer, contextOf } from '../../engine';
import { Engine } from '../../engine';
import { CHAT_STRINGS } from '../../engine';
import { Store } from '../../store/store';
import { TransactionOptions } from '../../store/helpdesk-store';
import { conversationKeyOf } from '../conversation-key';
import { Logger } from '../../logging/create-logger';
import type { AnswerCardState } from '../../render/answer-card';
import { RateLimiter } from '../rate-limiter';
import { pickLanguage } from '../pick-language';
import { knownUserKey } from '../known-user-key';
import { askerReferenceKey, askerReferenceOf, isPersonalReference } from './asker-reference';
import { latestAnswerOf } from './latest-answer-of';
import { typingWhileSlow } from '../typing-while-slow';
import type { SmallTalk } from './read-small-talk';

const CHAT_RECORD: TransactionOptions = { synchronousCommit: false };

/** `answerId` is the answer log's id, which the answer's buttons carry; `state`, the asker's vote on the card. */
export type RenderAnswer = (answer: Answer, channelId: string, answerId: string, state?: AnswerCardState) => Partial<Activity>;

export interface QuestionHandlerDeps {
  /** The engine once the index is loaded; undefined while starting. */
  engine: () => Engine | undefined;
  render: RenderAnswer;
  /**
   * The answer log, where a later `+1` or `helpdesk` finds this answer, and the context a
   * follow-up leans on; a turn's writes share one transaction.
   */
  store: Pick<Store, 'recallContext' | 'inTransaction'>;
  /** How long a follow-up may lean on the previous answer (ms). */
  contextMaxAgeMs: number;
  limiter: RateLimiter;
  logger: Logger;
  maxQuestionChars: number;
  /** Keeps the asker's 1:1 reference, where the helpdesk's replies go; only with a helpdesk. */
  keepAskerReferences: boolean;
}

export class QuestionHandler {
  constructor(private readonly deps: QuestionHandlerDeps) {
    if (!Number.isInteger(deps.maxQuestionChars) || deps.maxQuestionChars < 1) throw new RangeError('maxQuestionChars must be ≥ 1');
    if (!(deps.contextMaxAgeMs > 0)) throw new RangeError('contextMaxAgeMs must be > 0');
  }

  /**
   * A greeting or a thank-you: answered in kind, and, like a question, it tells where the user's
   * chat now is, so a helpdesk answer still reaches them after their chat has moved.
   */
  async answerSmallTalk(context: TurnContext, talk: SmallTalk): Promise<void> {
    const { activity } = context;
    const reference = askerReferenceOf(activity);
    if (this.deps.keepAskerReferences && isPersonalReference(reference)) {
      const key = askerReferenceKey(knownUserKey(activity));
      await this.deps.store.inTransaction((tx) => tx.saveConversationReference(key, reference), CHAT_RECORD);
    }
    const chat = CHAT_STRINGS[talk.language];
    await context.sendActivity(talk.kind === 'greeting' ? chat.greetingReply : chat.thanksReply);
  }

  async handle(context: TurnContext, text: string): Promise<void> {
    const { activity } = context;
    const strings = CHAT_STRINGS[pickLanguage(undefined, activity.locale)];
    if (text.length === 0) {
      await context.sendActivity(strings.emptyQuestion);
      return;
    }
    const engine = this.deps.engine();
    if (!engine) {
      await context.sendActivity(strings.startingUp);
      return;
    }
    const userHash = knownUserKey(activity);
    if (!(await this.deps.limiter.tryTake(userHash))) {
      this.deps.logger.info({ userHash, channelId: activity.channelId }, 'question refused by the rate limit');
      await context.sendActivity(strings.rateLimited);
      return;
    }

    const { question, cut } = cutQuestion(text, this.deps.maxQuestionChars);
    const started = Date.now();
    const { store } = this.deps;
    const conversationKey = conversationKeyOf(activity, userHash);
    const previous = await store.recallContext(conversationKey, this.deps.contextMaxAgeMs);
    const answer = await typingWhileSlow(context, this.deps.logger, () => engine.ask(question, previous));

    const snapshot = latestAnswerOf(answer);
    const reference = askerReferenceOf(activity);
    // One commit before the reply, not four, and none waits for the disk: they are a record of
    // the chat, not a promise (see synchronousCommit). Written before it is sent, so a click on
    // the card always finds its answer.
    const logged = await store.inTransaction(async (tx) => {
      await tx.rememberContext(conversationKey, contextOf(answer, previous));
      const entry = await tx.logAnswer({
        userHash,
        question: snapshot.question,
        language: snapshot.language,
        channel: activity.channelId,
        knowledgeVersion: engine.version.hash,
        botAnswer: snapshot.botAnswer,
        answer,
      });
      // Slack (and anyone without card buttons) rates with +1 / -1 and escalates with `helpdesk`.
      await tx.rememberLatestAnswer(activity.conversation.id, userHash, { ...snapshot, answerId: entry.id });
      // Only the user's own 1:1 chat, under their own key: nobody else can redirect their answers.
      if (this.deps.keepAskerReferences && isPersonalReference(reference)) await tx.saveConversationReference(askerReferenceKey(userHash), reference);
      return entry;
    }, CHAT_RECORD);
    const replies: Partial<Activity>[] = [this.deps.render(answer, activity.channelId, logged.id)];
    if (cut) replies.unshift({ type: ActivityTypes.Message, text: CHAT_STRINGS[answer.language].questionCut(this.deps.maxQuestionChars) });
    const sent = await context.sendActivities(replies);
    // The card's own id, so a vote can redraw it in place.
    const cardId = sent[replies.length - 1]?.id;
    if (cardId) await store.inTransaction((tx) => tx.setAnswerActivityId(logged.id, cardId), CHAT_RECORD);

    const citedIds = answer.citations.map((c) => c.id);
    this.deps.logger.info(
      {
        userHash,
        answerId: logged.id,
        channelId: activity.channelId,
        question: answer.question,
        redactions: answer.redactions,
        verdict: answer.verdict,
        answered: answer.answered,
        followUp: answer.followUp ? { carried: answer.followUp.carried, why: answer.followUp.why } : undefined,
        citedIds,
        chars: text.length,
        cut,
        ms: Date.now() - started,
      },
      'question answered',
    );
  }
}

/** Cuts at a code point, never inside a surrogate pair. */
export function cutQuestion(text: string, max: number): { question: string; cut: boolean } {
  const codePoints = Array.from(text);
  if (codePoints.length <= max) return { question: text, cut: false };
  return { question: codePoints.slice(0, max).join(''), cut: true };
}
