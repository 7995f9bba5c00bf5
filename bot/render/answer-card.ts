/**
 * The Teams rendering of an Answer: an Adaptive Card 1.5 expanded from ANSWER_CARD_TEMPLATE
 * with a typed view model, so the template holds layout and the model holds every word. The
 * answer is fitted first (answer-view.ts), so a question about ten services and ten kinds of
 * information still makes a card Teams accepts.
 */
import { Attachment, CardFactory } from 'botbuilder';
import { Template } from 'adaptivecards-templating';
import { Answer, Language } from '../engine';
import { CARD_STRINGS, CardStrings } from '../engine';
import { ANSWER_CARD_TEMPLATE } from './answer-card-template';
import { AskSubmitData, EscalateSubmitData, FeedbackSubmitData, ReasonSubmitData, Vote, askSubmit, escalateSubmit, feedbackSubmit, reasonSubmit } from './card-actions';
import { VOTE_REASONS, VoteReason } from '../store/answer-log';
import { CardColor, colorOf } from './answer-parts';
import { AnswerView, CitationView, fitAnswerView } from './answer-view';

export interface CitationCardModel {
  /** "[n] title" */
  label: string;
  hasMeta: boolean;
  /** " — issuer, date" */
  meta: string;
  /** A source that is not a URL (a law, a case number), as text. */
  hasSourceText: boolean;
  sourceText: string;
  /** A short quote shows as it is; a long one is folded behind a "Visa citat" toggle. */
  hasQuote: boolean;
  quoteFolded: boolean;
  quote: string;
  /** The folded quote's element id, which the toggle names. */
  quoteId: string;
  hasUrl: boolean;
  /** The http(s) URL, or "" when the source is not one. */
  url: string;
  linkTitle: string;
}

/** The card's button and input words, taken as they are from CARD_STRINGS. */
type ActionWords = Pick<CardStrings, 'helpful' | 'notHelpful' | 'askHelpdesk' | 'commentLabel' | 'commentPlaceholder' | 'sendToHelpdesk' | 'showQuote'>;

/** What the asker has done on the card: it is redrawn in place after a vote and after a reason. */
export interface AnswerCardState {
  vote?: Vote;
  reason?: VoteReason;
}

/** One field per `${…}` in the template; booleans drive its `$when`s. */
export interface AnswerCardModel extends ActionWords {
  lang: Language;
  fallbackText: string;
  headline: string;
  headlineColor: CardColor;
  showNotice: boolean;
  notice: string;
  hasQuestion: boolean;
  questionLabel: string;
  question: string;
  paragraphs: { text: string }[];
  hasConditions: boolean;
  conditionsHeading: string;
  conditions: { text: string }[];
  hasCitations: boolean;
  sourcesHeading: string;
  citations: CitationCardModel[];
  hasMoreSources: boolean;
  moreSources: string;
  helpdeskFirst: boolean;
  helpdeskStyle: 'positive' | 'default';
  helpfulData: FeedbackSubmitData;
  notHelpfulData: FeedbackSubmitData;
  escalateData: EscalateSubmitData;
  hasSuggestions: boolean;
  suggestionsHeading: string;
  suggestions: { title: string; data: AskSubmitData }[];
  voted: boolean;
  voteNotice: string;
  askReason: boolean;
  reasonLabel: string;
  reasonChoices: { title: string; value: VoteReason }[];
  sendReason: string;
  reasonData: ReasonSubmitData;
}

/**
 * Teams refuses messages over about 28 KB; the card is held under 24 KB so the activity's other
 * fields (summary, text, channel data) fit beside it.
 */
export const CARD_BYTE_LIMIT = 24 * 1024;
/** Quotes longer than this fold behind a toggle, so the sources read as a list. */
const FOLD_QUOTE_CHARS = 140;

/** Prepared once: expansion never changes the template, only reads the model. */
const template = new Template(ANSWER_CARD_TEMPLATE);

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
