/**
 * What a channel shows of an Answer, already fitted to the channel's size limit: the headline,
 * a one-line preview, the paragraphs, each condition once and the citations with their source
 * and quote. A card or a Slack message renders a view; `fitAnswerView` picks the fullest view
 * whose rendering stays under the limit, shortening quotes and sources first and dropping
 * paragraphs from the end (saying so) only as a last resort, so any question fits.
 */
import { Answer, Citation, Language, formatDate } from '../engine';
import { CARD_STRINGS } from '../engine';
import { bodyParagraphsOf, citationMeta, conditionsOf, headlineOf, httpUrlOf, oneLine } from './answer-parts';

export interface CitationView {
  n: number;
  title: string;
  /** "— issuer, date", dates marked approximate where they are. */
  meta: string;
  /** An http(s) source, to link. */
  url?: string;
  /** A source that is not a URL (a law number, a case, a report), shown as text. */
  sourceText?: string;
  quote: string;
}

export interface AnswerView {
  language: Language;
  headline: string;
  /** The verdict and the first line: for notifications, the chat list and old clients. */
  preview: string;
  question: string;
  paragraphs: string[];
  conditions: string[];
  citations: CitationView[];
  /** True when paragraphs were left out to fit; the last paragraph then says so. */
  shortened: boolean;
  /** Citations left off the end of the list to fit, which the list then counts. */
  moreCitations: number;
  /** Questions to ask next (Slack lists them; the card shows them as buttons from the answer). */
  suggestions: string[];
}

/** Longer questions are cut on the card: the user knows what they asked; the card names it. */
const QUESTION_CHARS = 200;
const PREVIEW_CHARS = 200;

/** How hard each attempt trims quotes and sources (characters; Infinity keeps them whole). */
const TRIM_STEPS: { quoteChars: number; sourceChars: number; quotedCitations: number; conditionChars: number }[] = [
  { quoteChars: Infinity, sourceChars: 300, quotedCitations: Infinity, conditionChars: Infinity },
  { quoteChars: 240, sourceChars: 160, quotedCitations: Infinity, conditionChars: Infinity },
  { quoteChars: 160, sourceChars: 100, quotedCitations: 3, conditionChars: Infinity },
  { quoteChars: 120, sourceChars: 80, quotedCitations: 1, conditionChars: 200 },
  { quoteChars: 0, sourceChars: 0, quotedCitations: 0, conditionChars: 120 },
];

/**
 * The fullest view of `answer` whose rendering `measure` finds no larger than `limit` (bytes or
 * characters: whatever the channel counts). Falls back to the most trimmed view it can make.
 */
export function fitAnswerView(answer: Answer, measure: (view: AnswerView) => number, limit: number): AnswerView {
  let view = answerView(answer, TRIM_STEPS[0]);
  for (const step of TRIM_STEPS) {
    view = answerView(answer, step);
    if (measure(view) <= limit) return view;
  }
  // Still too large: leave out paragraphs from the end, keeping the first and the closing
  // disclaimer, until it fits.
  const body = view.paragraphs.slice(0, -1);
  const disclaimer = view.paragraphs.slice(-1);
  for (let keep = body.length - 1; keep >= 1; keep -= 1) {
    const shortened = { ...view, paragraphs: [...body.slice(0, keep), CARD_STRINGS[answer.language].shortenedNotice, ...disclaimer], shortened: true };
    if (measure(shortened) <= limit) return shortened;
    view = shortened;
  }
  // Last: the list of sources itself, from the end, counting what was left off.
  const citations = view.citations;
  for (let keep = citations.length - 1; keep >= 1; keep -= 1) {
    const fewer = { ...view, citations: citations.slice(0, keep), moreCitations: citations.length - keep };
    if (measure(fewer) <= limit) return fewer;
    view = fewer;
  }
  return view;
}

function answerView(answer: Answer, step: (typeof TRIM_STEPS)[number]): AnswerView {
  const headline = headlineOf(answer);
  const paragraphs = bodyParagraphsOf(answer);
  return {
    language: answer.language,
    headline,
    preview: previewOf(headline, paragraphs),
    question: cut(oneLine(answer.question), QUESTION_CHARS),
    paragraphs,
    conditions: conditionsOf(answer).map((c) => cut(c, step.conditionChars)),
    citations: answer.citations.map((c, i) => citationView(c, answer.language, { ...step, quoteChars: i < step.quotedCitations ? step.quoteChars : 0 })),
    shortened: false,
    moreCitations: 0,
    // Answers logged before suggestions existed have none.
    suggestions: answer.suggestions ?? [],
  };
}

/** "Inte ännu — enligt Intraservice, Göteborgs Stad (ca oktober 2018)." */
function previewOf(headline: string, paragraphs: string[]): string {
  // An opening that leads into a list ("… på två sätt:") says less than the list's first line.
  const lead = paragraphs.find((p) => !p.trim().endsWith(':')) ?? paragraphs[0];
  const first = lead ? oneLine(lead).replace(/\s*\[\d+\]/g, '') : '';
  return cut(first ? `${headline} — ${first.charAt(0).toLowerCase()}${first.slice(1)}` : headline, PREVIEW_CHARS);
}

function citationView(citation: Citation, language: Language, step: { quoteChars: number; sourceChars: number }): CitationView {
  const url = httpUrlOf(citation.source);
  const source = oneLine(citation.source ?? '');
  return {
    n: citation.n,
    title: oneLine(citation.title),
    meta: citationMeta(citation.issuer, formatDate(citation.date, citation.dateApproximate ?? false, language)),
    ...(url ? { url } : source && step.sourceChars > 0 ? { sourceText: cut(source, step.sourceChars) } : {}),
    quote: step.quoteChars === 0 ? '' : cut(oneLine(citation.quote), step.quoteChars),
  };
}

/** At most `max` characters, cut at a word with an ellipsis. */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max - 1);
  const space = head.lastIndexOf(' ');
  return `${(space > max * 0.6 ? head.slice(0, space) : head).replace(/[\s,;:.–—-]+$/, '')}…`;
}
