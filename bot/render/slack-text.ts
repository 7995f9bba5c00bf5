/**
 * The Slack rendering of an Answer as mrkdwn: Slack gets no cards, so the feedback and
 * helpdesk actions become a closing hint about what to reply. The answer is fitted under
 * Slack's 4,000-character message limit first (answer-view.ts).
 */
import { Answer } from '../engine';
import { CARD_STRINGS } from '../engine';
import { AnswerView, CitationView, fitAnswerView } from './answer-view';
import { escapeSlack, slackUrl } from './escape';

/** Slack truncates longer `text`; a margin keeps the closing hint inside. */
export const SLACK_CHAR_LIMIT = 3900;

export function buildSlackText(answer: Answer): string {
  return slackTextOf(fitAnswerView(answer, (view) => slackTextOf(view).length, SLACK_CHAR_LIMIT));
}

function slackTextOf(view: AnswerView): string {
  const s = CARD_STRINGS[view.language];
  const head = [`*${escapeSlack(view.headline)}*`];
  if (view.question) head.push(`_${escapeSlack(s.questionLabel)}_ ${escapeSlack(view.question)}`);
  const sections: string[] = [head.join('\n'), view.paragraphs.map(escapeSlack).join('\n')];
  if (view.conditions.length > 0) {
    sections.push([`*${escapeSlack(s.conditionsHeading)}*`, ...view.conditions.map((c) => `• ${escapeSlack(c)}`)].join('\n'));
  }
  if (view.citations.length > 0) {
    const more = view.moreCitations > 0 ? [escapeSlack(s.moreSources(view.moreCitations))] : [];
    sections.push([`*${escapeSlack(s.sourcesHeading)}*`, ...view.citations.map((c) => citationLines(c, view)), ...more].join('\n'));
  }
  if (view.suggestions.length > 0) sections.push([`*${escapeSlack(s.suggestionsHeading)}*`, ...view.suggestions.map((q) => `• ${escapeSlack(q)}`)].join('\n'));
  sections.push(s.slackFeedbackHint);
  return sections.filter((section) => section.length > 0).join('\n\n');
}

function citationLines(citation: CitationView, view: AnswerView): string {
  const title = escapeSlack(citation.title);
  const linked = citation.url ? `<${slackUrl(citation.url)}|${title}>` : title;
  const lines = [`*[${citation.n}]* ${linked}${citation.meta ? ` ${escapeSlack(citation.meta)}` : ''}`];
  if (citation.sourceText) lines.push(escapeSlack(citation.sourceText));
  if (citation.quote) lines.push(`> _${escapeSlack(CARD_STRINGS[view.language].quote(citation.quote))}_`);
  return lines.join('\n');
}
