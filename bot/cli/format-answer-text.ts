/** The Answer as plain text for a terminal: verdict, answer, numbered sources with quotes, questions to ask next. */
import { Answer, CARD_STRINGS, formatDate } from '../engine';
import { headlineOf } from '../render/answer-parts';

export function formatAnswerText(answer: Answer): string {
  const sources = answer.language === 'sv' ? 'Källor' : 'Sources';
  const lines = [`== ${headlineOf(answer)} ==`, '', answer.answer];
  if (answer.citations.length > 0) {
    lines.push('', `${sources}:`);
    for (const c of answer.citations) {
      lines.push(`[${c.n}] ${c.title} (${c.issuer}, ${formatDate(c.date, c.dateApproximate, answer.language)})${c.source ? ` ${c.source}` : ''}`, `    "${c.quote}"`);
    }
  }
  if (answer.suggestions.length > 0) lines.push('', `${CARD_STRINGS[answer.language].suggestionsHeading}:`, ...answer.suggestions.map((q) => `- ${q}`));
  return lines.join('\n');
}
