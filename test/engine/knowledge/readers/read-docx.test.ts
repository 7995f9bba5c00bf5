import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { readDocx } from '../../../../bot/engine/knowledge/readers/read-docx';
import { UnreadableFileError } from '../../../../bot/engine/knowledge/readers/unreadable-file-error';
import { makeTempDir, noiseBytes, roundTrip } from './make-files';

function makeDocx(children: Paragraph[]): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

function policy(): Promise<Buffer> {
  return makeDocx([
    new Paragraph({ text: 'Bakgrund före rubriken.' }),
    new Paragraph({ text: 'Riktlinje för molntjänster', heading: HeadingLevel.HEADING_1 }),
    new Paragraph({
      children: [
        new TextRun('Förvaltningen får använda '),
        new TextRun({ text: 'Microsoft 365', bold: true }),
        new TextRun(' för öppna uppgifter.'),
      ],
    }),
    new Paragraph({ text: 'Särskilda krav', heading: HeadingLevel.HEADING_2 }),
    new Paragraph({ text: 'Kryptering i vila', bullet: { level: 0 } }),
    new Paragraph({ text: 'Loggning av åtkomst', bullet: { level: 0 } }),
    new Paragraph({ text: 'Avtalet följs upp årligen.' }),
    new Paragraph({ text: 'Bilaga', heading: HeadingLevel.HEADING_1 }),
    new Paragraph({ text: 'Överföring till tredje land.' }),
  ]);
}

async function reasonOf(bytes: Buffer): Promise<string> {
  const error: unknown = await readDocx(bytes).then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(UnreadableFileError);
  return (error as UnreadableFileError).reason;
}

describe('readDocx', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeAll(async () => { temp = await makeTempDir(); });
  afterAll(() => temp.remove());

  it('splits a Word document at its heading styles, in order, with lists as lines', async () => {
    const result = await readDocx(await roundTrip(temp.dir, 'riktlinje.docx', await policy()));
    expect(result.sections).toEqual([
      { heading: '', text: 'Bakgrund före rubriken.' },
      { heading: 'Riktlinje för molntjänster', text: 'Förvaltningen får använda Microsoft 365 för öppna uppgifter.' },
      { heading: 'Särskilda krav', text: '- Kryptering i vila\n- Loggning av åtkomst\n\nAvtalet följs upp årligen.' },
      { heading: 'Bilaga', text: 'Överföring till tredje land.' },
    ]);
  });

  it('takes the first Heading 1 as the title, and none without one', async () => {
    expect((await readDocx(await policy())).title).toBe('Riktlinje för molntjänster');
    const plain = await makeDocx([
      new Paragraph({ text: 'Underrubrik', heading: HeadingLevel.HEADING_2 }),
      new Paragraph({ text: 'Bara text.' }),
    ]);
    expect((await readDocx(plain)).title).toBeUndefined();
  });

  it('calls a text file, random bytes and a zip without word/document.xml corrupt', async () => {
    const text = await roundTrip(temp.dir, 'inte-word.docx', 'Det här är bara text, inte Word.');
    expect(await reasonOf(text)).toBe('corrupt');
    await expect(readDocx(text)).rejects.toThrow(/Word document could not be read \(.+\); open it in Word and save it again/);
    expect(await reasonOf(noiseBytes(2048))).toBe('corrupt');
    // A real zip whose entry is not a Word document: the first bytes of a docx are a zip header.
    const docx = await policy();
    const zipWithoutDocument = Buffer.from(docx.toString('latin1').replace(/word\/document\.xml/g, 'word/dokument.xml'), 'latin1');
    expect(await reasonOf(zipWithoutDocument)).toBe('corrupt');
  });

  it('calls a document with no text empty', async () => {
    expect(await reasonOf(await makeDocx([new Paragraph({ text: '' })]))).toBe('empty');
  });

  it('tells an encrypted Word file from an old .doc by their OLE contents', async () => {
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const encrypted = Buffer.concat([ole, Buffer.alloc(64), Buffer.from('EncryptionInfo', 'utf16le'), Buffer.alloc(64)]);
    expect(await reasonOf(encrypted)).toBe('encrypted');
    expect(await reasonOf(Buffer.concat([ole, Buffer.from('WordDocument', 'utf16le')]))).toBe('unsupported');
  });
});
