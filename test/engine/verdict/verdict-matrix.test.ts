import path from 'node:path';
import { FacetEntry, Glossary, KnowledgeDocument, Ruling, Verdict } from '../../../bot/engine/types';
import { verdictMatrix, VerdictMatrix } from '../../../bot/engine/verdict/verdict-matrix';
import { loadKnowledgeFolder } from '../../../bot/engine/knowledge/load-knowledge-folder';
import { createEngine } from '../../../bot/engine/engine';

const facet = (id: string, parent?: string): FacetEntry => ({ id, parent, label: { sv: `${id}-sv`, en: `${id}-en` }, synonyms: [id] });
const glossary: Glossary = {
  services: { office365: facet('office365'), teams: facet('teams', 'office365'), zoom: facet('zoom') },
  data: { confidential: facet('confidential'), health: facet('health', 'confidential'), internal: facet('internal') },
  terms: [],
};
const rule = (service: string, data: string, verdict: Verdict, conditions: Ruling['conditions'] = []): Ruling => ({ service, data, verdict, conditions });
const doc = (id: string, date: string, rulings: Ruling[], extra: Partial<KnowledgeDocument> = {}): KnowledgeDocument => ({
  id, title: `Title ${id}`, kind: 'decision', issuer: `Issuer ${id}`, date, dateApproximate: false, language: 'sv', supersedes: [], rulings, path: `${id}.md`, sections: [], ...extra,
});
const cell = (matrix: VerdictMatrix, service: string, data: string) =>
  matrix.cells[matrix.services.findIndex((s) => s.id === service)][matrix.data.findIndex((d) => d.id === data)];

describe('verdictMatrix', () => {
  const documents = [
    doc('old', '2017-01-01', [rule('office365', 'confidential', 'pending'), rule('office365', 'internal', 'conditional', [{ sv: 'MFA', en: 'MFA' }])]),
    doc('replaced', '2016-01-01', [rule('zoom', 'internal', 'allowed')]),
    doc('newer', '2019-01-01', [rule('zoom', 'internal', 'not_allowed')], { supersedes: ['replaced'] }),
    doc('law', '2020-01-01', [], { kind: 'law', concerns: { services: [], data: ['health'], change: { sv: 'Ny lag', en: 'New law' } } }),
  ];
  const matrix = verdictMatrix(glossary, documents);

  it('lists every glossary service down and every data class across', () => {
    expect(matrix.services.map((s) => s.id)).toEqual(['office365', 'teams', 'zoom']);
    expect(matrix.data.map((d) => d.id)).toEqual(['confidential', 'health', 'internal']);
    expect(matrix.cells).toHaveLength(3);
    expect(matrix.cells.every((row) => row.length === 3)).toBe(true);
  });

  it('decides a cell through parents (data and service) and names the deciding document', () => {
    const teamsHealth = cell(matrix, 'teams', 'health');
    expect(teamsHealth.verdict).toBe('pending');
    expect(teamsHealth.ruling).toEqual({ service: 'office365', data: 'confidential', conditions: [] });
    expect(teamsHealth.decidedBy).toEqual({ id: 'old', title: 'Title old', issuer: 'Issuer old', date: '2017-01-01', dateApproximate: false, path: 'old.md' });
    expect(cell(matrix, 'office365', 'internal').ruling?.conditions).toEqual([{ sv: 'MFA', en: 'MFA' }]);
  });

  it('never lets a superseded ruling decide, and leaves undecided cells empty', () => {
    expect(cell(matrix, 'zoom', 'internal').verdict).toBe('not_allowed');
    expect(cell(matrix, 'zoom', 'internal').decidedBy?.id).toBe('newer');
    expect(cell(matrix, 'zoom', 'health')).toEqual({ service: 'zoom', data: 'health', verdict: null, broader: [], later: [] });
  });

  it('names later documents that bear on the deciding ruling, with what they changed', () => {
    expect(cell(matrix, 'office365', 'health').later.map((l) => [l.id, l.change?.en])).toEqual([['law', 'New law']]);
    expect(cell(matrix, 'office365', 'internal').later).toEqual([]);
  });

  it('names a newer broader ruling that disagrees, as an answer does', () => {
    const withBroader = verdictMatrix(glossary, [...documents, doc('broad', '2021-01-01', [rule('any', 'confidential', 'allowed')])]);
    const office = cell(withBroader, 'office365', 'confidential');
    expect(office.decidedBy?.id).toBe('old');
    expect(office.broader.map((b) => [b.id, b.verdict])).toEqual([['broad', 'allowed']]);
    expect(cell(withBroader, 'zoom', 'confidential').decidedBy?.id).toBe('broad');
  });
});

describe('verdictMatrix on the bundled knowledge agrees with the answers', () => {
  const KNOWLEDGE = path.resolve(__dirname, '../../../knowledge');

  it('gives the verdicts the engine answers with', async () => {
    const [folder, engine] = await Promise.all([loadKnowledgeFolder(KNOWLEDGE), createEngine({ knowledgeDir: KNOWLEDGE })]);
    const matrix = verdictMatrix(folder.glossary!, folder.documents);
    expect(cell(matrix, 'office365', 'health').verdict).toBe('pending');
    expect(cell(matrix, 'office365', 'health').decidedBy?.id).toBe('goteborg-sakerhetsrapport-2018');
    expect(cell(matrix, 'office365', 'security-protected').verdict).toBe('not_allowed');
    expect(cell(matrix, 'office365', 'internal').verdict).toBe('conditional');
    expect(cell(matrix, 'zoom', 'health').verdict).toBeNull();
    const asked = await Promise.all([
      engine.ask('Får jag lagra hälsodata i Office 365?'),
      engine.ask('Får jag lagra intern information i OneDrive?'),
      engine.ask('May I store security-protected information in Teams?'),
    ]);
    expect(asked.map((a) => a.verdict)).toEqual([cell(matrix, 'office365', 'health').verdict, cell(matrix, 'onedrive', 'internal').verdict, cell(matrix, 'teams', 'security-protected').verdict]);
    expect(asked.map((a) => a.verdict)).toEqual(['pending', 'conditional', 'not_allowed']);
  });
});
