/** The Answer as plain text for a terminal: verdict, answer, numbered sources with quotes. */
import { Answer } from '../engine';
import { VERDICT_HEADLINES } from '../engine';

export function formatAnswerText(answer: Answer): string {
  const sources = answer.language === 'sv' ? 'Källor' : 'Sources';
  const lines = [`== ${VERDICT_HEADLINES[answer.language][answer.verdict ?? 'none']} ==`, '', answer.answer];
  if (answer.citations.length > 0) {
    lines.push('', `${sources}:`);
    for (const c of answer.citations) {
      lines.push(`[${c.n}] ${c.title} (${c.issuer}, ${c.date})${c.source ? ` ${c.source}` : ''}`, `    "${c.quote}"`);
    }
  }
  return lines.join('\n');
}
