/**
 * Files too large, too many bytes together, binary bytes in a text file, and extraction that
 * takes too long: each file is reported with its path and left out; the rest is served.
 */
import { randomBytes } from 'node:crypto';
import { promises as fsPromises } from 'node:fs';
import { loadKnowledgeFolder } from '../../../bot/engine/knowledge/load-knowledge-folder';
import { readDocumentFile } from '../../../bot/engine/knowledge/readers/read-document-file';
import { looksBinary } from '../../../bot/engine/knowledge/readers/text-content';
import { createEngine } from '../../../bot/engine/engine';
import { GLOSSARY, makeDocx, makeFolder, makePdf, markdown, removeFolder } from '../../support/knowledge-folder';
import { loadPdfWorkerForJest } from './readers/pdf-worker';

const MB = 1024 * 1024;
const text = (bytes: number) => Buffer.alloc(bytes, 'Molntjänster och OneDrive. ');
/** Random bytes with no NUL, so only the share of control characters can tell them from text. */
const noNulNoise = (length: number) => Buffer.from([...randomBytes(length)].map((b) => (b === 0 ? 1 : b)));

describe('size limits, checked before reading', () => {
  let dir: string;
  afterEach(async () => {
    jest.restoreAllMocks();
    await removeFolder(dir);
  });

  test('with the defaults, an 11 MB text file is reported with its size and never read; the rest loads', async () => {
    dir = await makeFolder({ 'glossary.yml': GLOSSARY, 'good.md': markdown({ id: 'good' }), 'huge.txt': text(11 * MB) });
    const readFile = jest.spyOn(fsPromises, 'readFile');
    const folder = await loadKnowledgeFolder(dir);
    expect(folder.problems).toEqual([
      { path: 'huge.txt', message: 'left out: 11.0 MB, over the per-file limit of 10.0 MB (KNOWLEDGE_MAX_FILE_MB); split the file, or raise the limit' },
    ]);
    expect(folder.documents.map((d) => d.path)).toEqual(['good.md']);
    expect(readFile.mock.calls.map(([file]) => String(file)).filter((file) => file.endsWith('huge.txt'))).toEqual([]);
  });

  test('past the total, later files are left out, the glossary counted first; smaller ones that still fit load', async () => {
    dir = await makeFolder({ 'glossary.yml': GLOSSARY, 'a.txt': text(3000), 'b.txt': text(3000), 'c.md': markdown({ id: 'c' }) });
    const folder = await loadKnowledgeFolder(dir, undefined, { maxTotalBytes: 5000 });
    expect(folder.problems).toEqual([
      { path: 'b.txt', message: 'left out: the knowledge files together would pass the total limit of 0.0 MB (KNOWLEDGE_MAX_TOTAL_MB); remove large files, or raise the limit' },
    ]);
    expect(folder.documents.map((d) => d.path)).toEqual(['a.txt', 'c.md']);
    expect(folder.glossary).toBeDefined();
  });

  test('a sidecar too large takes its document out with it, naming both', async () => {
    dir = await makeFolder({
      'glossary.yml': GLOSSARY,
      'rapport.txt': 'Text om molnet.',
      'rapport.txt.meta.yml': `kind: report\nissuer: X\ndate: 2019-01-01\n# ${'x'.repeat(2000)}\n`,
      'good.md': markdown({ id: 'good' }),
    });
    const folder = await loadKnowledgeFolder(dir, undefined, { maxFileBytes: 1500 });
    expect(folder.problems.map((p) => [p.path, p.message.slice(0, 40)])).toEqual([
      ['rapport.txt.meta.yml', 'left out: 0.0 MB, over the per-file limi'],
      ['rapport.txt', 'left out with its sidecar rapport.txt.me'],
    ]);
    expect(folder.documents.map((d) => d.path)).toEqual(['good.md']);
  });

  test('a glossary too large is reported once, as too large, and the folder cannot be served', async () => {
    dir = await makeFolder({ 'glossary.yml': GLOSSARY, 'good.md': markdown({ id: 'good' }) });
    const folder = await loadKnowledgeFolder(dir, undefined, { maxFileBytes: 100 });
    expect(folder.glossary).toBeUndefined();
    expect(folder.problems.map((p) => p.path)).toEqual(['glossary.yml', 'good.md']);
    expect(folder.problems[0].message).toMatch(/^left out: 0\.0 MB, over the per-file limit/);
  });

  test('the engine takes the limits as options and keeps serving within them after a reload', async () => {
    dir = await makeFolder({ 'glossary.yml': GLOSSARY, 'good.md': markdown({ id: 'good' }), 'big.txt': text(5000) });
    const engine = await createEngine({ knowledgeDir: dir, limits: { maxFileBytes: 4000 } });
    expect(engine.problems.map((p) => p.path)).toEqual(['big.txt']);
    expect(engine.documentCount).toBe(1);
  });
});

describe('binary content in a text file', () => {
  let dir: string;
  afterEach(async () => {
    if (dir) await removeFolder(dir);
  });

  test('random bytes as .md, .txt and .html are reported and not indexed', async () => {
    dir = await makeFolder({
      'glossary.yml': GLOSSARY,
      'good.md': markdown({ id: 'good' }),
      'random.md': randomBytes(200 * 1024),
      'random.txt': noNulNoise(200 * 1024),
      'random.html': noNulNoise(20 * 1024),
    });
    const folder = await loadKnowledgeFolder(dir);
    expect(folder.problems.map((p) => p.path).sort()).toEqual(['random.html', 'random.md', 'random.txt']);
    for (const problem of folder.problems) expect(problem.message).toBe('the file holds binary data, not text; save it again as UTF-8 text or convert it to Markdown');
    expect(folder.documents.map((d) => d.path)).toEqual(['good.md']);
  });

  test.each([
    ['Swedish text', 'Får vi lagra hälsodata i OneDrive? Nämnden beslutade 2019-05-02.\n\n\tTabb och\r\nradbrytning.\f'],
    ['one stray Ctrl-Z at the end of an old DOS file', `${'Molntjänster. '.repeat(20)}\u001a`],
    ['a few control characters in a long text', `${'Molntjänster och OneDrive. '.repeat(200)}\u0007\u0007\u0007\u0007`],
  ])('text is text: %s', (_label, content) => {
    expect(looksBinary(content)).toBe(false);
  });

  test.each([
    ['a NUL byte', 'Text\u0000text'],
    ['control characters throughout', 'ab\u0001cd\u0002ef\u0003gh\u0004ij\u0005kl'],
    ['broken UTF-16 (replacement characters)', '\ufffd\ufffdx\ufffd\ufffd'],
  ])('binary is binary: %s', (_label, content) => {
    expect(looksBinary(content)).toBe(true);
  });
});

describe('extraction is time-boxed', () => {
  beforeAll(loadPdfWorkerForJest);
  let dir: string;
  afterEach(async () => {
    if (dir) await removeFolder(dir);
  });

  test.each([
    ['rapport.pdf', () => makePdf(['Molntjänster och OneDrive.'])],
    ['rapport.docx', () => makeDocx([{ heading: 'Beslut', paragraphs: ['Molntjänster och OneDrive.'] }])],
  ])('%s past its time box is reported as too slow', async (name, make) => {
    const bytes = await make();
    await expect(readDocumentFile(name, bytes, { timeoutMs: 1 })).rejects.toMatchObject({
      reason: 'too-slow',
      message: 'extracting the text took longer than 0 s, so the file was left out; export it again or convert it to Markdown',
    });
    // The same file within a generous box reads, so the box above was what stopped it.
    await expect(readDocumentFile(name, bytes, { timeoutMs: 15_000 })).resolves.toMatchObject({ sections: [expect.anything()] });
  });

  test('a slow file is left out of the folder and the rest loads', async () => {
    dir = await makeFolder({ 'glossary.yml': GLOSSARY, 'good.md': markdown({ id: 'good' }), 'slow.pdf': await makePdf(['Molntjänster.']) });
    const folder = await loadKnowledgeFolder(dir, undefined, { extractTimeoutMs: 1 });
    expect(folder.problems).toEqual([{ path: 'slow.pdf', message: expect.stringMatching(/^extracting the text took longer than/) }]);
    expect(folder.documents.map((d) => d.path)).toEqual(['good.md']);
  });
});
