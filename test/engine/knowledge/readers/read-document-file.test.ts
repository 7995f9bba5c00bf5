import {
  READABLE_EXTENSIONS,
  UnreadableFileError,
  readDocumentFile,
} from '../../../../bot/engine/knowledge/readers/read-document-file';
import { makePdf, makeTempDir, roundTrip } from './make-files';
import { loadPdfWorkerForJest } from './pdf-worker';

describe('readDocumentFile', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeAll(async () => {
    loadPdfWorkerForJest();
    temp = await makeTempDir();
  });
  afterAll(() => temp.remove());

  it('lists the extensions it reads', () => {
    expect([...READABLE_EXTENSIONS].sort()).toEqual(['.docx', '.htm', '.html', '.pdf', '.txt']);
  });

  it('chooses the reader by extension, case-insensitively', async () => {
    const pdf = await roundTrip(temp.dir, 'BESLUT.PDF', await makePdf((doc) => doc.text('Beslut om lagring i Sverige.'), { info: { Title: 'Beslut' } }));
    expect(await readDocumentFile('BESLUT.PDF', pdf)).toEqual({
      sections: [{ heading: '', text: 'Beslut om lagring i Sverige.' }],
      title: 'Beslut',
    });
    const html = Buffer.from('<h1>Rubrik</h1><p>Öppen data.</p>');
    expect((await readDocumentFile('sida.HTM', html)).sections).toEqual([{ heading: 'Rubrik', text: 'Öppen data.' }]);
    // The same bytes as .txt stay markup: the extension, not the content, picks the reader.
    expect((await readDocumentFile('sida.txt', html)).sections[0].text).toBe('<h1>Rubrik</h1><p>Öppen data.</p>');
  });

  it('refuses other extensions as unsupported, naming the ones it reads', async () => {
    for (const name of ['kalkyl.xlsx', 'gammal.doc', 'README']) {
      const error: unknown = await readDocumentFile(name, Buffer.from('x')).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UnreadableFileError);
      expect(error).toMatchObject({ reason: 'unsupported', message: expect.stringContaining('.pdf, .docx') });
    }
  });

  it('calls a zero-byte file empty whatever its type', async () => {
    for (const name of ['tom.pdf', 'tom.docx', 'tom.html', 'tom.txt']) {
      await expect(readDocumentFile(name, Buffer.alloc(0))).rejects.toMatchObject({ reason: 'empty' });
    }
  });
});
