/**
 * The verdict matrix for Slack, which has no tables: a monospaced block, turned so that it
 * fits a chat column (kinds of information down, the services with rulings across).
 */
import { Language, MATRIX_STRINGS } from '../engine';
import { escapeSlack } from './escape';
import { ChatMatrix } from './matrix-rows';

export function matrixSlackText(matrix: ChatMatrix, language: Language): string {
  const strings = MATRIX_STRINGS[language];
  const header = [strings.slackHeading, ...matrix.rows.map((r) => r.service)];
  const lines = matrix.data.map((label, column) => [label, ...matrix.rows.map((r) => strings.cells[r.cells[column].verdict ?? 'none'])]);
  const widths = header.map((_, i) => Math.max(...[header, ...lines].map((line) => line[i].length)));
  const format = (line: string[]) => line.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd();
  const notes = [
    ...matrix.rows.filter((r) => r.sameAs.length > 0).map((r) => strings.sameAs(r.sameAs, r.service)),
    ...(matrix.undecided.length > 0 ? [strings.noRuling(matrix.undecided)] : []),
    strings.footer,
  ];
  return escapeSlack([`*${strings.title}*`, '```', format(header), ...lines.map(format), '```', ...notes].join('\n'));
}
