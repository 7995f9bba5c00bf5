import path from 'node:path';
import { loadKnowledgeFolder } from '../../bot/engine/knowledge/load-knowledge-folder';
import { verdictMatrix, VerdictMatrix } from '../../bot/engine/verdict/verdict-matrix';
import { chatMatrix } from '../../bot/render/matrix-rows';
import { matrixCardJson } from '../../bot/render/matrix-card';
import { matrixSlackText } from '../../bot/render/matrix-slack-text';
import { readMatrixRequest } from '../../bot/teams/asker/read-matrix-request';
import { cardProblems, findAll } from './adaptive-card-shape';

describe('the verdict matrix in chat', () => {
  let matrix: VerdictMatrix;
  beforeAll(async () => {
    const folder = await loadKnowledgeFolder(path.resolve(__dirname, '../../knowledge'));
    matrix = verdictMatrix(folder.glossary!, folder.documents);
  });

  it('keeps a row per service with rulings, folds rows equal to their parent, and names services without any', () => {
    const rows = chatMatrix(matrix, 'sv');
    expect(rows.rows.map((r) => r.service)).toEqual(['Office 365']);
    expect(rows.rows[0].sameAs).toContain('Microsoft Teams');
    expect(rows.rows[0].sameAs).toContain('OneDrive');
    expect(rows.undecided).toContain('Zoom');
    expect(rows.data).toHaveLength(8);
  });

  it('is an Adaptive Card 1.5 Table in Teams: the right verdict in the right cell, coloured', () => {
    const card = matrixCardJson(chatMatrix(matrix, 'sv'), 'sv');
    expect(cardProblems(card)).toEqual([]);
    const [table] = findAll(card, 'Table');
    const rows = table.rows as { cells: { style?: string; items: { text: string }[] }[] }[];
    const header = rows[0].cells.map((c) => c.items[0].text);
    const office = rows[1].cells;
    const at = (label: string) => office[header.indexOf(label)];
    expect(header[0]).toBe('Tjänst');
    expect(office[0].items[0].text).toBe('Office 365');
    expect([at('hälsodata').items[0].text, at('hälsodata').style]).toEqual(['Inte ännu', 'warning']);
    expect([at('intern information').items[0].text, at('intern information').style]).toEqual(['Med villkor', 'accent']);
    expect(office.map((c) => c.items[0].text)).toContain('Nej');
    expect(JSON.stringify(card)).toContain('Inget beslut i underlaget för: ');
  });

  it('is a monospaced table in Slack, kinds of information down', () => {
    const text = matrixSlackText(chatMatrix(matrix, 'en'), 'en');
    const lines = text.split('\n');
    expect(lines[0]).toBe('*Verdicts per service and kind of information*');
    expect(lines[1]).toBe('```');
    expect(lines[2]).toMatch(/^Kind of information\s+Office 365$/);
    expect(lines).toContainEqual(expect.stringMatching(/^health data\s+Not yet$/));
    expect(lines).toContainEqual(expect.stringMatching(/^internal information\s+Conditions$/));
    expect(text).toContain('No ruling in the sources for: ');
  });

  it('answers to matris and matrix only', () => {
    expect(['matris', ' Matris. ', 'matrix', '/matrix', 'matrisen', 'matrix please'].map(readMatrixRequest)).toEqual(['sv', 'sv', 'en', 'en', null, null]);
  });
});
