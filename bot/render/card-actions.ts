/**
 * The payloads our answer card's Action.Submit buttons send back, shared with the turn handler.
 * They carry the action and the answer log's id only: the server looks the answer up, so a
 * client cannot make a vote or a ticket about something the bot never said. Teams delivers them
 * as `activity.value` (data merged with the card's inputs, keyed by input id), so anything
 * arriving there is untrusted and goes through `parseCardSubmit` first.
 */
import { VOTE_REASONS, VoteReason } from '../store/answer-log';

export const CARD_ACTION = {
  helpful: 'molnkoll.vote.helpful',
  notHelpful: 'molnkoll.vote.not_helpful',
  reason: 'molnkoll.vote.reason',
  escalate: 'molnkoll.escalate',
  ask: 'molnkoll.ask',
} as const;

export const VOTES = ['helpful', 'not_helpful'] as const;
export type Vote = (typeof VOTES)[number];

/** Id of the card's Input.Text; Teams puts its text under this key of `activity.value`. */
export const COMMENT_INPUT_ID = 'comment';
export const COMMENT_MAX_LENGTH = 1000;
/** Id of the not-helpful reason's Input.ChoiceSet. */
export const REASON_INPUT_ID = 'reason';
/** A suggested question is at most this long; a longer one is not ours. */
const QUESTION_MAX_LENGTH = 500;
/** Answer ids are 22 base64url characters (bot/store/sqlite-answers.ts); anything else is not ours. */
const ANSWER_ID = /^[A-Za-z0-9_-]{16,64}$/;

/** What a button's data holds, as sent. */
export interface FeedbackSubmitData {
  action: typeof CARD_ACTION.helpful | typeof CARD_ACTION.notHelpful;
  answerId: string;
}

export interface EscalateSubmitData {
  action: typeof CARD_ACTION.escalate;
  answerId: string;
}

/** A vote as the turn handler receives it. */
export interface FeedbackSubmit {
  action: 'feedback';
  vote: Vote;
  answerId: string;
}

export interface EscalateSubmit {
  action: 'escalate';
  answerId: string;
  comment?: string;
}

/** Why a not-helpful answer did not help, chosen on the card after the vote. */
export interface ReasonSubmit {
  action: 'reason';
  answerId: string;
  reason: VoteReason;
}

/** A suggested question pressed: asked as if typed, in the same conversation. */
export interface AskSubmit {
  action: 'ask';
  question: string;
}

export interface ReasonSubmitData {
  action: typeof CARD_ACTION.reason;
  answerId: string;
}

/**
 * In Teams a messageBack: the client shows the question as the user's own message and sends it
 * as the activity's text, with `value` beside it; other clients send the data as `value`.
 */
export interface AskSubmitData {
  action: typeof CARD_ACTION.ask;
  question: string;
  msteams: { type: 'messageBack'; text: string; displayText: string; value: { action: typeof CARD_ACTION.ask; question: string } };
}

export type CardSubmit = FeedbackSubmit | EscalateSubmit | ReasonSubmit | AskSubmit;

export function feedbackSubmit(answerId: string, vote: Vote): FeedbackSubmitData {
  return { action: vote === 'helpful' ? CARD_ACTION.helpful : CARD_ACTION.notHelpful, answerId };
}

/** The data the helpdesk button carries; the comment is added by Teams from the input. */
export function escalateSubmit(answerId: string): EscalateSubmitData {
  return { action: CARD_ACTION.escalate, answerId };
}

export function reasonSubmit(answerId: string): ReasonSubmitData {
  return { action: CARD_ACTION.reason, answerId };
}

export function askSubmit(question: string): AskSubmitData {
  const value = { action: CARD_ACTION.ask, question } as const;
  return { ...value, msteams: { type: 'messageBack', text: question, displayText: question, value } };
}

/** Validates an unknown `activity.value` from a card submit; returns null when it is not one of ours (never throws). */
export function parseCardSubmit(value: unknown): CardSubmit | null {
  if (isRecord(value) && value.action === CARD_ACTION.ask) {
    const question = typeof value.question === 'string' ? value.question.trim() : '';
    return question && question.length <= QUESTION_MAX_LENGTH ? { action: 'ask', question } : null;
  }
  if (!isRecord(value) || typeof value.answerId !== 'string' || !ANSWER_ID.test(value.answerId)) return null;
  const answerId = value.answerId;
  if (value.action === CARD_ACTION.reason) {
    const reason = value[REASON_INPUT_ID];
    return typeof reason === 'string' && (VOTE_REASONS as readonly string[]).includes(reason) ? { action: 'reason', answerId, reason: reason as VoteReason } : null;
  }
  if (value.action === CARD_ACTION.helpful) return { action: 'feedback', vote: 'helpful', answerId };
  if (value.action === CARD_ACTION.notHelpful) return { action: 'feedback', vote: 'not_helpful', answerId };
  if (value.action === CARD_ACTION.escalate) {
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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
