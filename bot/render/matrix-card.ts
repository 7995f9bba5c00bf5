/** The verdict matrix as an Adaptive Card 1.5 Table for Teams: services down, kinds of information across, cells coloured by verdict. */
import { Attachment, CardFactory } from 'botbuilder';
import { Language, MATRIX_STRINGS, Verdict } from '../engine';
import { ChatMatrix } from './matrix-rows';

/** Teams' semantic container styles, the nearest to the admin page's colours. */
const CELL_STYLE: Record<Verdict | 'none', string> = { allowed: 'good', conditional: 'accent', pending: 'warning', not_allowed: 'attention', none: 'default' };

const text = (value: string, extra: Record<string, unknown> = {}) => ({ type: 'TextBlock', text: value, wrap: true, size: 'Small', ...extra });

export function matrixCardJson(matrix: ChatMatrix, language: Language): Record<string, unknown> {
  const strings = MATRIX_STRINGS[language];
  const notes = [
    ...matrix.rows.filter((r) => r.sameAs.length > 0).map((r) => strings.sameAs(r.sameAs, r.service)),
    ...(matrix.undecided.length > 0 ? [strings.noRuling(matrix.undecided)] : []),
  ];
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    msteams: { width: 'Full' },
    body: [
      text(strings.title, { size: 'Medium', weight: 'Bolder' }),
      {
        type: 'Table',
        firstRowAsHeaders: true,
        showGridLines: true,
        columns: [{ width: 2 }, ...matrix.data.map(() => ({ width: 1 }))],
        rows: [
          { type: 'TableRow', style: 'emphasis', cells: [strings.service, ...matrix.data].map((label) => ({ type: 'TableCell', items: [text(label, { weight: 'Bolder' })] })) },
          ...matrix.rows.map((row) => ({
            type: 'TableRow',
            cells: [
              { type: 'TableCell', items: [text(row.service, { weight: 'Bolder' })] },
              ...row.cells.map((cell) => ({ type: 'TableCell', style: CELL_STYLE[cell.verdict ?? 'none'], items: [text(strings.cells[cell.verdict ?? 'none'])] })),
            ],
          })),
        ],
      },
      ...notes.map((note) => text(note, { isSubtle: true })),
      text(strings.footer, { isSubtle: true }),
    ],
  };
}

export function buildMatrixCard(matrix: ChatMatrix, language: Language): Attachment {
  return CardFactory.adaptiveCard(matrixCardJson(matrix, language));
}
