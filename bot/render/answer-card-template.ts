/**
 * The answer card as an Adaptive Card 1.5 template for adaptivecards-templating.
 * Every `${…}` names one field of AnswerCardModel and nothing else: all text, including labels,
 * comes from the model, and the engine never parses data values, so answer text stays literal.
 * Answer-derived text sits in TextRuns, which the schema renders without Markdown, so it cannot
 * turn into links or formatting either.
 */

import type { Language, CardStrings } from '../engine';
import type { VoteReason } from '../store/answer-log';
import type { CardColor } from './answer-parts';
import type { AskSubmitData, EscalateSubmitData, FeedbackSubmitData, ReasonSubmitData } from './answer-card';
import { CARD_ENVELOPE, CARD_TEXT_FIELDS } from './card-template-parts';

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

/** The ids of the card's inputs, which the card module (answer-card.ts) owns with its submit payloads. */
export interface AnswerCardInputs {
  comment: string;
  commentMaxLength: number;
  reason: string;
}

/** The template with the card's input ids in place; answer-card.ts calls it once, at load. */
export function answerCardTemplate(inputs: AnswerCardInputs): object {
  const helpdeskAction = {
    type: 'Action.ShowCard',
    title: '${askHelpdesk}',
    style: '${helpdeskStyle}',
    card: {
      type: 'AdaptiveCard',
      body: [
        {
          type: 'Input.Text',
          id: inputs.comment,
          label: '${commentLabel}',
          placeholder: '${commentPlaceholder}',
          isMultiline: true,
          maxLength: inputs.commentMaxLength,
        },
      ],
      // Inputs of a shown card are gathered by a submit inside it, so the comment travels with this.
      actions: [{ type: 'Action.Submit', title: '${sendToHelpdesk}', style: 'positive', data: '${escalateData}' }],
    },
  };

  const citation = {
    type: 'Container',
    $data: '${citations}',
    spacing: 'Medium',
    items: [
      {
        type: 'RichTextBlock',
        inlines: [
          { type: 'TextRun', text: '${label}', weight: 'Bolder' },
          { type: 'TextRun', $when: '${hasMeta}', text: '${meta}' },
        ],
      },
      {
        type: 'RichTextBlock',
        $when: '${hasSourceText}',
        spacing: 'Small',
        inlines: [{ type: 'TextRun', text: '${sourceText}', isSubtle: true, size: 'Small' }],
      },
      {
        type: 'RichTextBlock',
        $when: '${hasQuote && !quoteFolded}',
        spacing: 'Small',
        inlines: [{ type: 'TextRun', text: '${quote}', italic: true, isSubtle: true }],
      },
      {
        type: 'RichTextBlock',
        $when: '${hasQuote && quoteFolded}',
        id: '${quoteId}',
        isVisible: false,
        spacing: 'Small',
        inlines: [{ type: 'TextRun', text: '${quote}', italic: true, isSubtle: true }],
      },
      {
        type: 'ActionSet',
        $when: '${hasUrl || (hasQuote && quoteFolded)}',
        spacing: 'Small',
        actions: [
          { type: 'Action.ToggleVisibility', $when: '${hasQuote && quoteFolded}', title: '${$root.showQuote}', targetElements: ['${quoteId}'] },
          { type: 'Action.OpenUrl', $when: '${hasUrl}', title: '${linkTitle}', url: '${url}' },
        ],
      },
    ],
  };

  return {
    ...CARD_ENVELOPE,
    ...CARD_TEXT_FIELDS,
    body: [
      {
        type: 'TextBlock',
        text: '${headline}',
        style: 'heading',
        weight: 'Bolder',
        size: 'Large',
        color: '${headlineColor}',
        wrap: true,
      },
      { type: 'TextBlock', $when: '${showNotice}', text: '${notice}', wrap: true, spacing: 'Small' },
      {
        type: 'RichTextBlock',
        $when: '${hasQuestion}',
        spacing: 'Small',
        inlines: [
          { type: 'TextRun', text: '${questionLabel}', isSubtle: true, weight: 'Bolder' },
          { type: 'TextRun', text: '${question}', isSubtle: true },
        ],
      },
      {
        type: 'Container',
        spacing: 'Medium',
        items: [{ type: 'RichTextBlock', $data: '${paragraphs}', inlines: [{ type: 'TextRun', text: '${text}' }] }],
      },
      {
        type: 'Container',
        $when: '${hasConditions}',
        spacing: 'Medium',
        items: [
          { type: 'TextBlock', text: '${conditionsHeading}', weight: 'Bolder', wrap: true },
          { type: 'RichTextBlock', $data: '${conditions}', spacing: 'Small', inlines: [{ type: 'TextRun', text: '${text}' }] },
        ],
      },
      {
        type: 'Container',
        $when: '${hasCitations}',
        separator: true,
        spacing: 'Medium',
        items: [
          { type: 'TextBlock', text: '${sourcesHeading}', weight: 'Bolder', wrap: true },
          citation,
          { type: 'TextBlock', $when: '${hasMoreSources}', text: '${moreSources}', isSubtle: true, wrap: true },
        ],
      },
      {
        // Each button asks its question as if typed (a messageBack in Teams), in the same conversation.
        type: 'Container',
        $when: '${hasSuggestions}',
        separator: true,
        spacing: 'Medium',
        items: [
          { type: 'TextBlock', text: '${suggestionsHeading}', weight: 'Bolder', wrap: true },
          { type: 'ActionSet', spacing: 'Small', actions: [{ type: 'Action.Submit', $data: '${suggestions}', title: '${title}', data: '${data}' }] },
        ],
      },
      // Where the vote buttons were: the card is redrawn in place once a vote is recorded.
      { type: 'TextBlock', $when: '${voted}', text: '${voteNotice}', wrap: true, separator: true, spacing: 'Medium', weight: 'Bolder' },
      {
        type: 'Container',
        $when: '${askReason}',
        spacing: 'Small',
        items: [
          {
            type: 'Input.ChoiceSet',
            id: inputs.reason,
            label: '${reasonLabel}',
            style: 'expanded',
            choices: [{ $data: '${reasonChoices}', title: '${title}', value: '${value}' }],
          },
          { type: 'ActionSet', actions: [{ type: 'Action.Submit', title: '${sendReason}', data: '${reasonData}' }] },
        ],
      },
    ],
    // Listed twice so that an unanswered (or unhelpful) answer leads with the helpdesk; $when keeps one.
    actions: [
      { ...helpdeskAction, $when: '${helpdeskFirst}' },
      { type: 'Action.Submit', $when: '${!voted}', title: '${helpful}', data: '${helpfulData}' },
      { type: 'Action.Submit', $when: '${!voted}', title: '${notHelpful}', data: '${notHelpfulData}' },
      { ...helpdeskAction, $when: '${!helpdeskFirst}' },
    ],
  };
}
