/**
 * The verdict matrix cut to what fits a chat message: a row per service that has a ruling,
 * except where it repeats the row of the service it is part of (Teams under Office 365), and
 * the services without any ruling named in one line.
 */
import { Language, MatrixCell, VerdictMatrix } from '../engine';

export interface ChatMatrix {
  data: string[];
  rows: { service: string; cells: MatrixCell[]; sameAs: string[] }[];
  undecided: string[];
}

export function chatMatrix(matrix: VerdictMatrix, language: Language): ChatMatrix {
  const rowKey = (cells: MatrixCell[]) => cells.map((c) => `${c.verdict}:${c.decidedBy?.id ?? ''}`).join('|');
  const indexOf = new Map(matrix.services.map((s, i) => [s.id, i]));
  const rows: ChatMatrix['rows'] = [];
  const undecided: string[] = [];
  matrix.services.forEach((service, i) => {
    const cells = matrix.cells[i];
    const label = service.label[language];
    if (cells.every((c) => c.verdict === null)) return void undecided.push(label);
    const parentIndex = service.parent === undefined ? undefined : indexOf.get(service.parent);
    const parentRow = parentIndex === undefined ? undefined : rows.find((r) => r.service === matrix.services[parentIndex].label[language]);
    if (parentRow && parentIndex !== undefined && rowKey(matrix.cells[parentIndex]) === rowKey(cells)) return void parentRow.sameAs.push(label);
    rows.push({ service: label, cells, sameAs: [] });
  });
  return { data: matrix.data.map((d) => d.label[language]), rows, undecided };
}
