import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { KnowledgeFolder, loadKnowledgeFolder } from '../../../bot/engine/knowledge/load-knowledge-folder';
import { loadKnowledgeBase } from '../../../bot/engine/knowledge-base';
import { KnowledgeDocument } from '../../../bot/engine/types';
import { GLOSSARY, listingWithTimes, makeDocx, makeFolder, makePdf, removeFolder } from '../../support/knowledge-folder';
import { loadPdfWorkerForJest } from './readers/pdf-worker';

const MARKDOWN = `---
title: Beslut om OneDrive för vården
kind: decision
issuer: Kommunstyrelsen
date: 2019-05-02
source: KS 2019/123
language: sv
rulings:
  - service: onedrive
    data: health
    verdict: not_allowed
    note: Gäller tills vidare
---

Inledning före första rubriken.

# Bakgrund

Förvaltningen har utrett **lagring** av patientuppgifter.

## Beslut

Hälsodata får inte lagras i OneDrive förrän sekretessfrågan är utredd.
`;

const REPORT_SIDECAR = `issuer: Stadsrevisionen
date: 2020-03-04
kind: report
title: Granskning av molntjänster
rulings:
  - { service: office365, data: confidential, verdict: conditional, conditions: [kryptering, loggning] }
`;

async function buildFolder(): Promise<string> {
  return makeFolder({
    'glossary.yml': GLOSSARY,
    'onedrive-beslut.md': MARKDOWN,
    'rapporter/report.pdf': await makePdf([
      'Revisionen har granskat hur nämnderna använder Office 365 för sekretessbelagda uppgifter.',
      'Sida två: åtgärder för kryptering och loggning.',
    ]),
    'rapporter/report.pdf.meta.yml': REPORT_SIDECAR,
    'Riktlinje för molntjänster.docx': await makeDocx([
      { heading: 'Syfte', paragraphs: ['Riktlinjen gäller när förvaltningarna väljer molntjänster.'] },
      { heading: 'Ansvar', paragraphs: ['Varje nämnd ansvarar för sin egen riskbedömning.'] },
    ]),
    'Riktlinje för molntjänster.docx.meta.yml': 'kind: policy\nissuer: Stadsledningskontoret\ndate: 2021-01-15\n',
    'skolan.html': '<html><head><title>Molntjänster i skolan</title></head><body><nav>Meny</nav>'
      + '<h1>Översikt</h1><p>Skolan får använda OneDrive för elevernas arbeten.</p>'
      + '<h2>Sekretess</h2><p>Sekretessbelagda uppgifter får inte lagras där.</p></body></html>',
    'cloud-notes.txt': 'These notes are about the cloud and what we may do with the data of the organisation.\n\nA second paragraph.',
    // Word's lock file for an open document, and a hidden file: neither is knowledge.
    '~$ktlinje för molntjänster.docx': 'Anna Admin',
    '.DS_Store': 'finder',
  });
}

describe('loadKnowledgeFolder on a folder of real files', () => {
  let dir: string;
  let folder: KnowledgeFolder;
  let documents: Map<string, KnowledgeDocument>;
  beforeAll(async () => {
    loadPdfWorkerForJest();
    dir = await buildFolder();
    folder = await loadKnowledgeFolder(dir);
    documents = new Map(folder.documents.map((d) => [d.id, d]));
  });
  afterAll(() => removeFolder(dir));

  it('finds no problem: Word lock files (~$…) and hidden files are no knowledge files', () => {
    expect(folder.problems).toEqual([]);
    expect(folder.glossary?.data.health.parent).toBe('confidential');
  });

  it('loads exactly the five documents, with ids defaulting to the file name (å ä ö folded)', () => {
    expect([...documents.keys()].sort()).toEqual(['cloud-notes', 'onedrive-beslut', 'report', 'riktlinje-for-molntjanster', 'skolan']);
  });

  it('reads Markdown front matter, headings and text, dropping inline emphasis', () => {
    expect(documents.get('onedrive-beslut')).toEqual({
      id: 'onedrive-beslut',
      title: 'Beslut om OneDrive för vården',
      kind: 'decision',
      issuer: 'Kommunstyrelsen',
      date: '2019-05-02',
      dateApproximate: false,
      source: 'KS 2019/123',
      language: 'sv',
      supersedes: [],
      rulings: [{ service: 'onedrive', data: 'health', verdict: 'not_allowed', conditions: [], note: { sv: 'Gäller tills vidare' } }],
      path: 'onedrive-beslut.md',
      sections: [
        { heading: '', text: 'Inledning före första rubriken.' },
        { heading: 'Bakgrund', text: 'Förvaltningen har utrett lagring av patientuppgifter.' },
        { heading: 'Beslut', text: 'Hälsodata får inte lagras i OneDrive förrän sekretessfrågan är utredd.' },
      ],
    });
  });

  it('reads a PDF with its sidecar: metadata from the sidecar, one section per page', () => {
    const report = documents.get('report')!;
    expect(report).toMatchObject({
      title: 'Granskning av molntjänster',
      kind: 'report',
      issuer: 'Stadsrevisionen',
      date: '2020-03-04',
      language: 'sv',
      path: 'rapporter/report.pdf',
      rulings: [{ service: 'office365', data: 'confidential', verdict: 'conditional', conditions: [{ sv: 'kryptering' }, { sv: 'loggning' }] }],
    });
    expect(report.sections.map((s) => s.text)).toEqual([
      'Revisionen har granskat hur nämnderna använder Office 365 för sekretessbelagda uppgifter.',
      'Sida två: åtgärder för kryptering och loggning.',
    ]);
  });

  it('reads a Word document with its sidecar, sections at its headings', () => {
    expect(documents.get('riktlinje-for-molntjanster')).toMatchObject({
      title: 'Syfte', // no title in the sidecar: the document's first Heading 1
      kind: 'policy',
      issuer: 'Stadsledningskontoret',
      date: '2021-01-15',
      path: 'Riktlinje för molntjänster.docx',
      sections: [
        { heading: 'Syfte', text: 'Riktlinjen gäller när förvaltningarna väljer molntjänster.' },
        { heading: 'Ansvar', text: 'Varje nämnd ansvarar för sin egen riskbedömning.' },
      ],
    });
  });

  it.each([
    ['skolan', 'Molntjänster i skolan', 'sv', ['Översikt', 'Sekretess']],
    ['cloud-notes', 'cloud-notes.txt', 'en', ['']],
  ])('indexes %s without a sidecar: titled from the file, language detected', (id, title, language, headings) => {
    const document = documents.get(id)!;
    expect(document).toMatchObject({ title, language, kind: 'guidance', issuer: '', date: '', rulings: [], supersedes: [] });
    expect(document.sections.map((s) => s.heading)).toEqual(headings);
  });

  it('keeps the page chrome of an HTML page out of its text', () => {
    expect(JSON.stringify(documents.get('skolan')!.sections)).not.toContain('Meny');
  });

  it('writes nothing into the knowledge folder, also when building and caching the index', async () => {
    const before = await listingWithTimes(dir);
    const dataDir = await mkdtemp(path.join(tmpdir(), 'molnkoll-data-'));
    try {
      await loadKnowledgeFolder(dir);
      const base = await loadKnowledgeBase(dir, dataDir);
      expect(base.documents).toHaveLength(5);
      expect(await listingWithTimes(dir)).toEqual(before);
      expect(await readdir(dataDir)).toEqual([expect.stringMatching(/^index-v\d+-[0-9a-f]{16}\.json$/)]);
    } finally {
      await removeFolder(dataDir);
    }
  });
});

describe('loadKnowledgeFolder text encodings', () => {
  it.each([
    ['Windows-1252', (text: string) => Buffer.from(text, 'latin1')],
    ['UTF-8 with a BOM', (text: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])],
    ['UTF-16LE with a BOM', (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
  ])('keeps å ä ö in Markdown, sidecars and the glossary saved as %s', async (_name, encode) => {
    const dir = await makeFolder({
      'glossary.yml': encode(GLOSSARY),
      'nämnd.md': encode('---\nkind: decision\nissuer: Nämnden för hälsa\ndate: 2019-05-02\n---\n\n## Beslut\n\nHälsodata får inte lagras.\n'),
      'brev.txt': 'Brev om sekretess.',
      'brev.txt.meta.yml': encode('kind: faq\nissuer: Förvaltningen\ndate: 2020-01-01\n'),
    });
    try {
      const folder = await loadKnowledgeFolder(dir);
      expect(folder.problems).toEqual([]);
      expect(folder.glossary?.data.health.label.sv).toBe('hälsodata');
      const byId = new Map(folder.documents.map((d) => [d.id, d]));
      expect(byId.get('namnd')).toMatchObject({ issuer: 'Nämnden för hälsa', sections: [{ heading: 'Beslut', text: 'Hälsodata får inte lagras.' }] });
      expect(byId.get('brev')?.issuer).toBe('Förvaltningen');
    } finally {
      await removeFolder(dir);
    }
  });
});
