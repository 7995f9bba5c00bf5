/**
 * The verdict matrix as an Adaptive Card 1.5 Table for Teams: services down, kinds of
 * information across, cells coloured by verdict. Expanded from its template with a typed model;
 * the card has no buttons, so nothing comes back from it.
 */
import { Attachment, CardFactory } from 'botbuilder';
import { Template } from 'adaptivecards-templating';
import { Language, MATRIX_STRINGS, Verdict } from '../engine';
import { ChatMatrix } from './matrix-rows';
import { CARD_ENVELOPE } from './card-template-parts';

/** Teams' semantic container styles, the nearest to the admin page's colours. */
const CELL_STYLE: Record<Verdict | 'none', string> = { allowed: 'good', conditional: 'accent', pending: 'warning', not_allowed: 'attention', none: 'default' };

/** One field per `${…}` in the template. */
export interface MatrixCardModel {
  title: string;
  serviceHeading: string;
  /** The kinds of information, one column each. */
  data: { label: string }[];
  rows: { service: string; cells: { style: string; text: string }[] }[];
  notes: { text: string }[];
  footer: string;
}

const cellText = (text: string, extra: Record<string, unknown> = {}) => ({ type: 'TextBlock', text, wrap: true, size: 'Small', ...extra });

/** Parsed once, at load. */
const template = new Template({
  ...CARD_ENVELOPE,
  body: [
    cellText('${title}', { size: 'Medium', weight: 'Bolder' }),
    {
      type: 'Table',
      firstRowAsHeaders: true,
      showGridLines: true,
      columns: [{ width: 2 }, { $data: '${data}', width: 1 }],
      rows: [
        {
          type: 'TableRow',
          style: 'emphasis',
          cells: [
            { type: 'TableCell', items: [cellText('${serviceHeading}', { weight: 'Bolder' })] },
            { $data: '${data}', type: 'TableCell', items: [cellText('${label}', { weight: 'Bolder' })] },
          ],
        },
        {
          $data: '${rows}',
          type: 'TableRow',
          cells: [
            { type: 'TableCell', items: [cellText('${service}', { weight: 'Bolder' })] },
            { $data: '${cells}', type: 'TableCell', style: '${style}', items: [cellText('${text}')] },
          ],
        },
      ],
    },
    { $data: '${notes}', ...cellText('${text}', { isSubtle: true }) },
    cellText('${footer}', { isSubtle: true }),
  ],
});

export function toMatrixCardModel(matrix: ChatMatrix, language: Language): MatrixCardModel {
  const strings = MATRIX_STRINGS[language];
  return {
    title: strings.title,
    serviceHeading: strings.service,
    data: matrix.data.map((label) => ({ label })),
    rows: matrix.rows.map((row) => ({
      service: row.service,
      cells: row.cells.map((cell) => ({ style: CELL_STYLE[cell.verdict ?? 'none'], text: strings.cells[cell.verdict ?? 'none'] })),
    })),
    notes: [
      ...matrix.rows.filter((r) => r.sameAs.length > 0).map((r) => strings.sameAs(r.sameAs, r.service)),
      ...(matrix.undecided.length > 0 ? [strings.noRuling(matrix.undecided)] : []),
    ].map((text) => ({ text })),
    footer: strings.footer,
  };
}

export function matrixCardJson(matrix: ChatMatrix, language: Language): Record<string, unknown> {
  return template.expand({ $root: toMatrixCardModel(matrix, language) });
}

export function buildMatrixCard(matrix: ChatMatrix, language: Language): Attachment {
  return CardFactory.adaptiveCard(matrixCardJson(matrix, language));
}
