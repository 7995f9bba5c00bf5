/**
 * The payloads our answer card's Action.Submit buttons send back, shared with the turn handler.
 * Teams delivers them as `activity.value` (data merged with the card's inputs, keyed by input id),
 * so anything arriving there is untrusted and goes through `parseCardSubmit` first.
 */
import { Answer, Verdict, VERDICTS } from '../engine';

export const CARD_ACTION = { feedback: 'molnkoll.feedback', escalate: 'molnkoll.escalate' } as const;

export const VOTES = ['helpful', 'not_helpful'] as const;
export type Vote = (typeof VOTES)[number];

/** Id of the card's Input.Text; Teams puts its text under this key of `activity.value`. */
export const COMMENT_INPUT_ID = 'comment';
export const COMMENT_MAX_LENGTH = 1000;

export interface FeedbackSubmit {
  action: typeof CARD_ACTION.feedback;
  vote: Vote;
  question: string;
  verdict: Verdict | null;
  citedIds: string[];
}

export interface EscalateSubmit {
  action: typeof CARD_ACTION.escalate;
  question: string;
  comment?: string;
}

export type CardSubmit = FeedbackSubmit | EscalateSubmit;

/** The data a feedback button carries for this answer (also usable for Slack's `+1`/`-1` replies). */
export function feedbackSubmit(answer: Answer, vote: Vote): FeedbackSubmit {
  return {
    action: CARD_ACTION.feedback,
    vote,
    question: answer.question,
    verdict: answer.verdict,
    citedIds: answer.citations.map((c) => c.id),
  };
}

/** The data the helpdesk button carries; the comment is added by Teams from the input. */
export function escalateSubmit(answer: Answer): EscalateSubmit {
  return { action: CARD_ACTION.escalate, question: answer.question };
}

/** Validates an unknown `activity.value` from a card submit; returns null when it is not one of ours (never throws). */
export function parseCardSubmit(value: unknown): CardSubmit | null {
  if (!isRecord(value) || typeof value.question !== 'string') return null;
  const question = value.question;
  if (value.action === CARD_ACTION.feedback) {
    const { vote, verdict, citedIds } = value;
    if (!isOneOf(VOTES, vote)) return null;
    if (verdict !== null && !isOneOf(VERDICTS, verdict)) return null;
    if (!Array.isArray(citedIds) || !citedIds.every((id) => typeof id === 'string')) return null;
    // Rebuilt field by field so extra keys (such as an empty comment input) never leak through.
    return { action: CARD_ACTION.feedback, vote, question, verdict, citedIds: [...citedIds] };
  }
  if (value.action === CARD_ACTION.escalate) {
    const comment = value[COMMENT_INPUT_ID];
    if (comment === undefined || comment === null) return { action: CARD_ACTION.escalate, question };
    if (typeof comment !== 'string') return null;
    // maxLength on the input is only a hint to the client, so the limit is enforced here too.
    const trimmed = comment.trim().slice(0, COMMENT_MAX_LENGTH);
    // Teams sends "" for an untouched input: that is no comment, not an empty one.
    return trimmed ? { action: CARD_ACTION.escalate, question, comment: trimmed } : { action: CARD_ACTION.escalate, question };
  }
  return null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isOneOf<T extends string>(allowed: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value);
}
