/**
 * A press on the answer card, read from an untrusted `activity.value`: the payloads the card
 * module (bot/render/answer-card.ts) puts on its buttons, with the card's inputs Teams merged in.
 * Anything else is not ours, and null (never a throw).
 */
import { VOTE_REASONS, VoteReason } from '../../store/answer-log';
import { ANSWER_CARD_ACTION, AnswerCardSubmit, COMMENT_INPUT_ID, COMMENT_MAX_LENGTH, REASON_INPUT_ID } from '../../render/answer-card';
import { isRecord } from '../card-submit-value';

/** A suggested question is at most this long; a longer one is not ours. */
const QUESTION_MAX_LENGTH = 500;
/** Answer ids are 22 base64url characters (bot/store/sqlite-answers.ts); anything else is not ours. */
const ANSWER_ID = /^[A-Za-z0-9_-]{16,64}$/;

export function readAnswerCardSubmit(value: unknown): AnswerCardSubmit | null {
  if (isRecord(value) && value.action === ANSWER_CARD_ACTION.ask) {
    const question = typeof value.question === 'string' ? value.question.trim() : '';
    return question && question.length <= QUESTION_MAX_LENGTH ? { action: 'ask', question } : null;
  }
  if (!isRecord(value) || typeof value.answerId !== 'string' || !ANSWER_ID.test(value.answerId)) return null;
  const answerId = value.answerId;
  if (value.action === ANSWER_CARD_ACTION.reason) {
    const reason = value[REASON_INPUT_ID];
    return typeof reason === 'string' && (VOTE_REASONS as readonly string[]).includes(reason) ? { action: 'reason', answerId, reason: reason as VoteReason } : null;
  }
  if (value.action === ANSWER_CARD_ACTION.helpful) return { action: 'feedback', vote: 'helpful', answerId };
  if (value.action === ANSWER_CARD_ACTION.notHelpful) return { action: 'feedback', vote: 'not_helpful', answerId };
  if (value.action === ANSWER_CARD_ACTION.escalate) {
    const comment = value[COMMENT_INPUT_ID];
    if (comment === undefined || comment === null) return { action: 'escalate', answerId };
    if (typeof comment !== 'string') return null;
    // maxLength on the input is only a hint to the client, so the limit is enforced here too.
    const trimmed = comment.trim().slice(0, COMMENT_MAX_LENGTH);
    // Teams sends "" for an untouched input: that is no comment, not an empty one.
    return trimmed ? { action: 'escalate', answerId, comment: trimmed } : { action: 'escalate', answerId };
  }
  return null;
}
