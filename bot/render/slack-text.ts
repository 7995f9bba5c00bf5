/**
 * The Slack rendering of an Answer as mrkdwn: Slack gets no cards, so the feedback and
 * helpdesk actions become a closing hint about what to reply.
 */
import { Answer, Citation, Language, formatDate } from '../engine';
import { CARD_STRINGS } from '../engine';
import { bodyParagraphsOf, citationMeta, conditionsOf, headlineOf, httpUrlOf, oneLine } from './answer-parts';
import { escapeSlack, slackUrl } from './escape';

export function buildSlackText(answer: Answer): string {
  const s = CARD_STRINGS[answer.language];
  const head = [`*${escapeSlack(headlineOf(answer))}*`];
  const question = oneLine(answer.question);
  if (question) head.push(`_${escapeSlack(s.questionLabel)}_ ${escapeSlack(question)}`);
  const sections: string[] = [head.join('\n'), bodyParagraphsOf(answer).map(escapeSlack).join('\n')];
  const conditions = conditionsOf(answer);
  if (conditions.length > 0) {
    sections.push([`*${escapeSlack(s.conditionsHeading)}*`, ...conditions.map((c) => `• ${escapeSlack(c)}`)].join('\n'));
  }
  if (answer.citations.length > 0) {
    const citations = answer.citations.map((c) => citationLines(c, answer.language));
    sections.push([`*${escapeSlack(s.sourcesHeading)}*`, ...citations].join('\n'));
  }
  sections.push(s.slackFeedbackHint);
  return sections.filter((section) => section.length > 0).join('\n\n');
}

function citationLines(citation: Citation, language: Language): string {
  const title = escapeSlack(oneLine(citation.title));
  const url = httpUrlOf(citation.source);
  const linked = url ? `<${slackUrl(url)}|${title}>` : title;
  const meta = citationMeta(citation.issuer, formatDate(citation.date, citation.dateApproximate ?? false, language));
  const head = `*[${citation.n}]* ${linked}${meta ? ` ${escapeSlack(meta)}` : ''}`;
  const quote = oneLine(citation.quote);
  return quote ? `${head}\n> _${escapeSlack(CARD_STRINGS[language].quote(quote))}_` : head;
}
