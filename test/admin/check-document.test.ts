import { createEngine } from '../../bot/engine/engine';
import { checkDocument, checkFileName, DocumentNameError, sampleQuestions } from '../../bot/admin/check-document';
import { GLOSSARY, listingWithTimes, makeFolder, markdown, removeFolder } from '../support/knowledge-folder';

describe('checkDocument', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await makeFolder({
      'glossary.yml': GLOSSARY,
      'beslut-2019.md': markdown({ rulings: '[{ service: office365, data: health, verdict: pending }]' }),
    });
  });
  afterAll(() => removeFolder(dir));

  it('shows how a new document parses and what it changes in answers, leaving the folder alone', async () => {
    const before = await listingWithTimes(dir);
    const served = await createEngine({ knowledgeDir: dir });
    const check = await checkDocument('nytt-beslut.md', markdown({
      title: 'Nytt beslut om OneDrive',
      date: '2026-01-10',
      rulings: '[{ service: onedrive, data: health, verdict: not_allowed, conditions: [{ sv: "Aldrig", en: "Never" }] }]',
      concerns: '{ services: [], data: [confidential], change: { sv: "Skärpt", en: "Tightened" } }',
    }), { knowledgeDir: dir, served });
    expect(check.name).toBe('nytt-beslut.md');
    expect(check.replaces).toBe(false);
    expect(check.problems).toEqual([]);
    expect(check.document).toMatchObject({ id: 'nytt-beslut', title: 'Nytt beslut om OneDrive', date: '2026-01-10', language: 'sv' });
    expect(check.document?.rulings).toEqual([{ service: 'onedrive', data: 'health', verdict: 'not_allowed', conditions: [{ sv: 'Aldrig', en: 'Never' }] }]);
    expect(check.document?.concerns).toEqual({ services: [], data: ['confidential'], change: { sv: 'Skärpt', en: 'Tightened' } });
    expect(check.samples.map((s) => s.question)).toEqual(['Får jag lagra hälsodata i OneDrive?', 'Får jag lagra sekretessbelagd information i en molntjänst?', 'Vad säger Nytt beslut om OneDrive?']);
    const [first] = check.samples;
    expect(first.with).toMatchObject({ verdict: 'not_allowed', decidedBy: 'nytt-beslut', citesCandidate: true });
    expect(first.now).toMatchObject({ verdict: 'pending', decidedBy: 'beslut-2019', citesCandidate: false });
    expect(await listingWithTimes(dir)).toEqual(before);
  });

  it('reports the problems the loader would report, and that the file would be left out', async () => {
    const check = await checkDocument('trasig.md', markdown({ rulings: '[{ service: office365, data: health, verdict: maybe }]' }), { knowledgeDir: dir });
    expect(check.document).toBeUndefined();
    expect(check.samples).toEqual([]);
    expect(check.problems).toHaveLength(1);
    expect(check.problems[0].path).toBe('trasig.md');
    expect(check.problems[0].message).toContain('maybe');
  });

  it('checks a file of the folder as a replacement of itself', async () => {
    const check = await checkDocument('beslut-2019.md', markdown({ rulings: '[{ service: office365, data: health, verdict: allowed }]' }), { knowledgeDir: dir });
    expect(check.replaces).toBe(true);
    expect(check.samples[0].with.verdict).toBe('allowed');
  });

  it('takes only plain Markdown file names', () => {
    expect(checkFileName(' ny-policy_2026.md ')).toBe('ny-policy_2026.md');
    for (const bad of ['../glossary.md', 'sub/x.md', 'x.yml', '.hidden.md', 'glossary.yml', '']) expect(() => checkFileName(bad)).toThrow(DocumentNameError);
  });
});

describe('sampleQuestions', () => {
  it('asks in English for an English document', () => {
    const glossary = { services: { zoom: { id: 'zoom', label: { sv: 'Zoom', en: 'Zoom' }, synonyms: ['Zoom'] } }, data: { internal: { id: 'internal', label: { sv: 'intern information', en: 'internal information' }, synonyms: [] } }, terms: [] };
    const doc = { id: 'd', title: 'Zoom policy', kind: 'policy' as const, issuer: 'I', date: '2026-01-01', dateApproximate: false, language: 'en' as const, supersedes: [], path: 'd.md',
      rulings: [{ service: 'zoom', data: 'internal', verdict: 'allowed' as const, conditions: [] }, { service: 'zoom', data: 'internal', verdict: 'allowed' as const, conditions: [] }] };
    expect(sampleQuestions(doc, glossary)).toEqual(['May I store internal information in Zoom?', 'What does Zoom policy say?']);
  });
});
