/**
 * The Markdown rendering of an Answer, for the Emulator, Web Chat and other channels without
 * our card (also the card's fallbackText). Answer content is escaped so it shows as written.
 */
import { Answer, Citation, Language, formatDate } from '../engine';
import { CARD_STRINGS } from '../engine';
import { bodyParagraphsOf, citationMeta, conditionsOf, headlineOf, httpUrlOf, oneLine } from './answer-parts';
import { escapeMarkdown, markdownUrl } from './escape';

export function buildMarkdownText(answer: Answer): string {
  const s = CARD_STRINGS[answer.language];
  const blocks: string[] = [`**${escapeMarkdown(headlineOf(answer))}**`];
  const question = oneLine(answer.question);
  if (question) blocks.push(`_${escapeMarkdown(s.questionLabel)}_ ${escapeMarkdown(question)}`);
  blocks.push(...bodyParagraphsOf(answer).map(escapeMarkdown));
  const conditions = conditionsOf(answer);
  if (conditions.length > 0) {
    blocks.push(`**${escapeMarkdown(s.conditionsHeading)}**`);
    blocks.push(conditions.map((c) => `- ${escapeMarkdown(c)}`).join('\n'));
  }
  if (answer.citations.length > 0) {
    blocks.push(`**${escapeMarkdown(s.sourcesHeading)}**`);
    blocks.push(...answer.citations.map((c) => citationBlock(c, answer.language)));
  }
  return blocks.join('\n\n');
}

function citationBlock(citation: Citation, language: Language): string {
  const title = escapeMarkdown(oneLine(citation.title));
  const url = httpUrlOf(citation.source);
  const linked = url ? `[${title}](${markdownUrl(url)})` : title;
  const meta = citationMeta(citation.issuer, formatDate(citation.date, citation.dateApproximate ?? false, language));
  const head = `**[${citation.n}]** ${linked}${meta ? ` ${escapeMarkdown(meta)}` : ''}`;
  const quote = oneLine(citation.quote);
  return quote ? `${head}\n> ${escapeMarkdown(CARD_STRINGS[language].quote(quote))}` : head;
}
