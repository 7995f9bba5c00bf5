/**
 * The Teams rendering of an Answer: an Adaptive Card 1.5 expanded from its template with a
 * typed view model, so the template holds layout and the model holds every word. The answer is
 * fitted first (answer-view.ts), so a question about ten services and ten kinds of information
 * still makes a card Teams accepts. The module owns what the card's buttons send back too: the
 * asker's reader (bot/teams/asker/read-answer-card-submit.ts) reads exactly these payloads.
 */
import { Attachment, CardFactory } from 'botbuilder';
import { Template } from 'adaptivecards-templating';
import { Answer, Language } from '../engine';
import { CARD_STRINGS } from '../engine';
import { AnswerCardModel, CitationCardModel, answerCardTemplate } from './answer-card-template';
import { VOTE_REASONS, VoteReason } from '../store/answer-log';
import { colorOf } from './answer-parts';
import { AnswerView, CitationView, fitAnswerView } from './answer-view';

// ── What the card's buttons send back ────────────────────────────────────────────────────────
// The action and the answer log's id only: the server looks the answer up, so a client cannot
// make a vote or a ticket about something the bot never said. Teams delivers a press as
// `activity.value` (the data merged with the card's inputs, keyed by input id).

export const ANSWER_CARD_ACTION = {
  helpful: 'molnkoll.vote.helpful',
  notHelpful: 'molnkoll.vote.not_helpful',
  reason: 'molnkoll.vote.reason',
  escalate: 'molnkoll.escalate',
  ask: 'molnkoll.ask',
} as const;

export const VOTES = ['helpful', 'not_helpful'] as const;
export type Vote = (typeof VOTES)[number];

/** Id of the helpdesk comment's Input.Text; Teams puts its text under this key of `activity.value`. */
export const COMMENT_INPUT_ID = 'comment';
export const COMMENT_MAX_LENGTH = 1000;
/** Id of the not-helpful reason's Input.ChoiceSet. */
export const REASON_INPUT_ID = 'reason';

/** What a button's data holds, as sent. */
export interface FeedbackSubmitData {
  action: typeof ANSWER_CARD_ACTION.helpful | typeof ANSWER_CARD_ACTION.notHelpful;
  answerId: string;
}

/** The helpdesk button's data; the comment arrives beside it, under COMMENT_INPUT_ID. */
export interface EscalateSubmitData {
  action: typeof ANSWER_CARD_ACTION.escalate;
  answerId: string;
}

/** The reason's send button; the choice arrives beside it, under REASON_INPUT_ID. */
export interface ReasonSubmitData {
  action: typeof ANSWER_CARD_ACTION.reason;
  answerId: string;
}

/**
 * In Teams a messageBack: the client shows the question as the user's own message and sends it
 * as the activity's text, with `value` beside it; other clients send the data as `value`.
 */
export interface AskSubmitData {
  action: typeof ANSWER_CARD_ACTION.ask;
  question: string;
  msteams: { type: 'messageBack'; text: string; displayText: string; value: { action: typeof ANSWER_CARD_ACTION.ask; question: string } };
}

/** A vote, once read. */
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

/** A press on the answer card, as the reader hands it to the handlers. */
export type AnswerCardSubmit = FeedbackSubmit | EscalateSubmit | ReasonSubmit | AskSubmit;

export function feedbackSubmit(answerId: string, vote: Vote): FeedbackSubmitData {
  return { action: vote === 'helpful' ? ANSWER_CARD_ACTION.helpful : ANSWER_CARD_ACTION.notHelpful, answerId };
}

export function escalateSubmit(answerId: string): EscalateSubmitData {
  return { action: ANSWER_CARD_ACTION.escalate, answerId };
}

export function reasonSubmit(answerId: string): ReasonSubmitData {
  return { action: ANSWER_CARD_ACTION.reason, answerId };
}

export function askSubmit(question: string): AskSubmitData {
  const value = { action: ANSWER_CARD_ACTION.ask, question } as const;
  return { ...value, msteams: { type: 'messageBack', text: question, displayText: question, value } };
}

// ── The card ────────────────────────────────────────────────────────────────────────────────

/** Parsed once, at load: expansion never changes the template, only reads the model. */
const template = new Template(answerCardTemplate({ comment: COMMENT_INPUT_ID, commentMaxLength: COMMENT_MAX_LENGTH, reason: REASON_INPUT_ID }));

/** What the asker has done on the card: it is redrawn in place after a vote and after a reason. */
export interface AnswerCardState {
  vote?: Vote;
  reason?: VoteReason;
}

/**
 * Teams refuses messages over about 28 KB; the card is held under 24 KB so the activity's other
 * fields (summary, text, channel data) fit beside it.
 */
export const CARD_BYTE_LIMIT = 24 * 1024;
/** Quotes longer than this fold behind a toggle, so the sources read as a list. */
const FOLD_QUOTE_CHARS = 140;

export interface FittedAnswerCard {
  view: AnswerView;
  /** The expanded card JSON for that view. */
  content: Record<string, unknown>;
}

/** The answer fitted to the card's size limit, and its card: expanded once per attempt, kept from the last. */
export function fitAnswerCard(answer: Answer, answerId: string, state: AnswerCardState = {}): FittedAnswerCard {
  let last: FittedAnswerCard | undefined;
  const view = fitAnswerView(
    answer,
    (candidate) => {
      last = { view: candidate, content: expandAnswerCard(toAnswerCardModel(answer, answerId, candidate, state)) };
      return Buffer.byteLength(JSON.stringify(last.content));
    },
    CARD_BYTE_LIMIT,
  );
  return last?.view === view ? last : { view, content: expandAnswerCard(toAnswerCardModel(answer, answerId, view, state)) };
}

/** `answerId` is the answer log's id: the buttons carry it and nothing else of the answer. */
export function toAnswerCardModel(answer: Answer, answerId: string, view: AnswerView = fitAnswerCard(answer, answerId).view, state: AnswerCardState = {}): AnswerCardModel {
  const s = CARD_STRINGS[answer.language];
  const unhelpful = state.vote === 'not_helpful';
  const suggestions = view.suggestions;
  return {
    lang: answer.language,
    fallbackText: `${view.preview} ${s.fallbackPointer}`,
    headline: view.headline,
    headlineColor: colorOf(answer),
    showNotice: !answer.answered,
    notice: s.unansweredNotice,
    hasQuestion: view.question.length > 0,
    // A trailing space, because runs are laid out inline with nothing in between.
    questionLabel: `${s.questionLabel} `,
    question: view.question,
    paragraphs: view.paragraphs.map((text) => ({ text })),
    hasConditions: view.conditions.length > 0,
    conditionsHeading: s.conditionsHeading,
    conditions: view.conditions.map((c) => ({ text: `• ${c}` })),
    hasCitations: view.citations.length > 0,
    sourcesHeading: s.sourcesHeading,
    citations: view.citations.map((c) => toCitationModel(c, answer.language)),
    hasMoreSources: view.moreCitations > 0,
    moreSources: s.moreSources(view.moreCitations),
    helpdeskFirst: !answer.answered || unhelpful,
    helpdeskStyle: answer.answered && !unhelpful ? 'default' : 'positive',
    helpful: s.helpful,
    notHelpful: s.notHelpful,
    askHelpdesk: s.askHelpdesk,
    commentLabel: s.commentLabel,
    commentPlaceholder: s.commentPlaceholder,
    sendToHelpdesk: s.sendToHelpdesk,
    showQuote: s.showQuote,
    helpfulData: feedbackSubmit(answerId, 'helpful'),
    notHelpfulData: feedbackSubmit(answerId, 'not_helpful'),
    escalateData: escalateSubmit(answerId),
    hasSuggestions: suggestions.length > 0,
    suggestionsHeading: s.suggestionsHeading,
    suggestions: suggestions.map((question) => ({ title: question, data: askSubmit(question) })),
    voted: state.vote !== undefined,
    voteNotice: state.vote ? [s.voteRecorded(state.vote === 'helpful'), state.reason ? s.reasonRecorded : ''].filter(Boolean).join(' ') : '',
    askReason: unhelpful && state.reason === undefined,
    reasonLabel: s.reasonLabel,
    reasonChoices: VOTE_REASONS.map((value) => ({ title: s.reasons[value], value })),
    sendReason: s.sendReason,
    reasonData: reasonSubmit(answerId),
  };
}

function toCitationModel(citation: CitationView, language: Language): CitationCardModel {
  const s = CARD_STRINGS[language];
  return {
    label: `[${citation.n}] ${citation.title}`,
    hasMeta: citation.meta.length > 0,
    meta: ` ${citation.meta}`,
    hasSourceText: citation.sourceText !== undefined,
    sourceText: citation.sourceText ?? '',
    hasQuote: citation.quote.length > 0,
    quoteFolded: citation.quote.length > FOLD_QUOTE_CHARS,
    quote: s.quote(citation.quote),
    quoteId: `quote-${citation.n}`,
    hasUrl: citation.url !== undefined,
    url: citation.url ?? '',
    linkTitle: s.readSource(citation.n),
  };
}

/** The expanded card JSON; exported so tests can inspect it without the attachment wrapper. */
export function expandAnswerCard(model: AnswerCardModel): Record<string, unknown> {
  return template.expand({ $root: model });
}

export function buildAnswerCard(answer: Answer, answerId: string, fitted: FittedAnswerCard = fitAnswerCard(answer, answerId)): Attachment {
  return CardFactory.adaptiveCard(fitted.content);
}
