/**
 * The Teams rendering of an Answer: an Adaptive Card 1.5 expanded from ANSWER_CARD_TEMPLATE
 * with a typed view model, so the template holds layout and the model holds every word.
 */
import { Attachment, CardFactory } from 'botbuilder';
import { Template } from 'adaptivecards-templating';
import { Answer, Citation, Language, formatDate } from '../engine';
import { CARD_STRINGS, CardStrings } from '../engine';
import { ANSWER_CARD_TEMPLATE } from './answer-card-template';
import { EscalateSubmitData, FeedbackSubmitData, escalateSubmit, feedbackSubmit } from './card-actions';
import { CardColor, bodyParagraphsOf, citationMeta, colorOf, conditionsOf, headlineOf, httpUrlOf, oneLine } from './answer-parts';
import { buildMarkdownText } from './markdown-text';

export interface CitationCardModel {
  /** "[n] title" */
  label: string;
  hasMeta: boolean;
  /** " — issuer, date" */
  meta: string;
  hasQuote: boolean;
  quote: string;
  hasUrl: boolean;
  /** The http(s) URL, or "" when the source is not one. */
  url: string;
  linkTitle: string;
}

/** The card's button and input words, taken as they are from CARD_STRINGS. */
type ActionWords = Pick<CardStrings, 'helpful' | 'notHelpful' | 'askHelpdesk' | 'commentLabel' | 'commentPlaceholder' | 'sendToHelpdesk'>;

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
  helpdeskFirst: boolean;
  helpdeskStyle: 'positive' | 'default';
  helpfulData: FeedbackSubmitData;
  notHelpfulData: FeedbackSubmitData;
  escalateData: EscalateSubmitData;
}

/** Prepared once: expansion never changes the template, only reads the model. */
const template = new Template(ANSWER_CARD_TEMPLATE);

/** `answerId` is the answer log's id: the buttons carry it and nothing else of the answer. */
export function toAnswerCardModel(answer: Answer, answerId: string): AnswerCardModel {
  const s = CARD_STRINGS[answer.language];
  const question = oneLine(answer.question);
  const conditions = conditionsOf(answer);
  return {
    lang: answer.language,
    fallbackText: buildMarkdownText(answer),
    headline: headlineOf(answer),
    headlineColor: colorOf(answer),
    showNotice: !answer.answered,
    notice: s.unansweredNotice,
    hasQuestion: question.length > 0,
    // A trailing space, because runs are laid out inline with nothing in between.
    questionLabel: `${s.questionLabel} `,
    question,
    paragraphs: bodyParagraphsOf(answer).map((text) => ({ text })),
    hasConditions: conditions.length > 0,
    conditionsHeading: s.conditionsHeading,
    conditions: conditions.map((c) => ({ text: `• ${c}` })),
    hasCitations: answer.citations.length > 0,
    sourcesHeading: s.sourcesHeading,
    citations: answer.citations.map((c) => toCitationModel(c, answer.language)),
    helpdeskFirst: !answer.answered,
    helpdeskStyle: answer.answered ? 'default' : 'positive',
    helpful: s.helpful,
    notHelpful: s.notHelpful,
    askHelpdesk: s.askHelpdesk,
    commentLabel: s.commentLabel,
    commentPlaceholder: s.commentPlaceholder,
    sendToHelpdesk: s.sendToHelpdesk,
    helpfulData: feedbackSubmit(answerId, 'helpful'),
    notHelpfulData: feedbackSubmit(answerId, 'not_helpful'),
    escalateData: escalateSubmit(answerId),
  };
}

function toCitationModel(citation: Citation, language: Language): CitationCardModel {
  const s = CARD_STRINGS[language];
  const meta = citationMeta(citation.issuer, formatDate(citation.date, citation.dateApproximate ?? false, language));
  const quote = oneLine(citation.quote);
  const url = httpUrlOf(citation.source);
  return {
    label: `[${citation.n}] ${oneLine(citation.title)}`,
    hasMeta: meta.length > 0,
    meta: ` ${meta}`,
    hasQuote: quote.length > 0,
    quote: s.quote(quote),
    hasUrl: url !== null,
    url: url ?? '',
    linkTitle: s.readSource(citation.n),
  };
}

/** The expanded card JSON; exported so tests can inspect it without the attachment wrapper. */
export function expandAnswerCard(model: AnswerCardModel): Record<string, unknown> {
  return template.expand({ $root: model });
}

export function buildAnswerCard(answer: Answer, answerId: string): Attachment {
  return CardFactory.adaptiveCard(expandAnswerCard(toAnswerCardModel(answer, answerId)));
}
