/**
 * Small builders for the Adaptive Card 1.5 elements the ticket cards use. Text that people or
 * knowledge files wrote goes into TextRuns, which render without Markdown, so it can never turn
 * into links or formatting; TextBlocks carry only our own labels.
 */
import { paragraphsOf } from './answer-parts';

export interface CardNode {
  type: string;
  [key: string]: unknown;
}

export interface AdaptiveCardJson {
  type: 'AdaptiveCard';
  $schema: string;
  version: '1.5';
  lang: string;
  fallbackText: string;
  msteams: { width: 'Full' };
  body: CardNode[];
  actions: CardNode[];
}

export function adaptiveCard(lang: string, fallbackText: string, body: CardNode[], actions: CardNode[]): AdaptiveCardJson {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    lang,
    fallbackText,
    msteams: { width: 'Full' },
    body,
    actions,
  };
}

/** One of our own labels; `options` adds style properties such as weight or size. */
export function label(text: string, options: Record<string, unknown> = {}): CardNode {
  return { type: 'TextBlock', text, wrap: true, ...options };
}

/** "Label: value", the value literal whatever it holds. */
export function labelled(name: string, value: string, spacing = 'Small'): CardNode {
  return {
    type: 'RichTextBlock',
    spacing,
    inlines: [
      { type: 'TextRun', text: `${name} `, weight: 'Bolder' },
      { type: 'TextRun', text: value },
    ],
  };
}

/** Free text (an answer, a comment) as one literal paragraph per line. */
export function literalParagraphs(text: string): CardNode[] {
  return paragraphsOf(text).map((line) => ({ type: 'RichTextBlock', spacing: 'Small', inlines: [{ type: 'TextRun', text: line }] }));
}

export function section(items: CardNode[], options: Record<string, unknown> = {}): CardNode {
  return { type: 'Container', separator: true, spacing: 'Medium', items, ...options };
}

export function submit(title: string, data: object, style?: 'positive' | 'destructive'): CardNode {
  return style ? { type: 'Action.Submit', title, data, style } : { type: 'Action.Submit', title, data };
}

/**
 * A time Teams shows in the reader's own time zone and format. The card date functions want
 * RFC 3339 without fractions of a second.
 */
export function localTime(iso: string): string {
  const plain = new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return `{{DATE(${plain}, SHORT)}} {{TIME(${plain})}}`;
}

/** The same time for fallback text and logs: `2024-05-01 14:03 UTC`. */
export function utcMinutes(iso: string): string {
  return `${new Date(iso).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
