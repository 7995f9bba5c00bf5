/**
 * What every channel's rendering of an Answer agrees on: the headline, its colour, the
 * answer's paragraphs and which citation sources may become links.
 */
import { Answer, Verdict } from '../engine';
import { VERDICT_HEADLINES } from '../engine';
import { CARD_STRINGS } from '../engine';
import { answerLines } from '../engine';

/** Adaptive Card text colours we use; the headline's words always carry the meaning too. */
export type CardColor = 'Default' | 'Good' | 'Accent' | 'Warning' | 'Attention';

export const VERDICT_COLORS: Record<Verdict, CardColor> = {
  allowed: 'Good',
  // Allowed, but read the conditions: informative rather than alarming.
  conditional: 'Accent',
  pending: 'Warning',
  not_allowed: 'Attention',
};

/**
 * A verdict names itself. Without one: a verdict question says no ruling decides it (or that it
 * depends on the information, for a sector), any other question that the sources answer it.
 */
export function headlineOf(answer: Answer): string {
  const s = CARD_STRINGS[answer.language];
  if (answer.verdict) return VERDICT_HEADLINES[answer.language][answer.verdict];
  if (!answer.answered) return s.unansweredHeadline;
  if (answer.decisions.some((d) => d.reading)) return s.dependsHeadline;
  if (answer.notices.acrossServices && answer.decisions.length > 0) return s.dependsOnServiceHeadline;
  if (answer.notices.acrossData && answer.decisions.length > 0) return s.dependsHeadline;
  return answer.kind === 'verdict' ? VERDICT_HEADLINES[answer.language].none : s.answeredHeadline;
}

export function colorOf(answer: Answer): CardColor {
  return answer.verdict ? VERDICT_COLORS[answer.verdict] : 'Default';
}

/** The answer's lines, blank ones dropped: each channel joins them its own way. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** The answer's paragraphs for a channel that shows the verdict as its headline, the conditions as a list and the quotes under the sources. */
export function bodyParagraphsOf(answer: Answer): string[] {
  return answerLines(answer, { verdictLine: 'source', conditions: false, quotes: false }).flatMap(paragraphsOf);
}

/**
 * The normalised URL when a citation source is an http(s) URL, else null: sources may also be
 * references ("Dnr 2023/45") or anything a knowledge file says, and only web links are safe to open.
 */
export function httpUrlOf(source: string | undefined): string | null {
  const candidate = source?.trim();
  if (!candidate || !URL.canParse(candidate)) return null;
  const url = new URL(candidate);
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}

/**
 * A field shown on one line (question, title, quote, condition): line breaks from PDFs and
 * YAML would otherwise end Slack's italics and quotes mid-way or split a card's text run.
 */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The non-empty conditions, each on one line. */
export function conditionsOf(answer: Answer): string[] {
  return answer.conditions.map(oneLine).filter((c) => c.length > 0);
}

/** "— issuer, date", leaving out whichever is missing. */
export function citationMeta(issuer: string, date: string): string {
  const parts = [oneLine(issuer), oneLine(date)].filter((part) => part.length > 0);
  return parts.length > 0 ? `— ${parts.join(', ')}` : '';
}
