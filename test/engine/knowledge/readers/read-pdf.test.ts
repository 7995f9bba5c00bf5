import { joinPdfLines, readPdf } from '../../../../bot/engine/knowledge/readers/read-pdf';
import { UnreadableFileError } from '../../../../bot/engine/knowledge/readers/unreadable-file-error';
import { makePdf, makeTempDir, noiseBytes, roundTrip } from './make-files';
import { loadPdfWorkerForJest } from './pdf-worker';

const LONG =
  'Molntjänsten får användas för uppgifter som inte omfattas av sekretess, förutsatt att ' +
  'leverantören lagrar all data inom EU och att nämnden har gjort en riskbedömning som ' +
  'dokumenteras och följs upp årligen av informationssäkerhetssamordnaren.';

function swedishGuide(): Promise<Buffer> {
  return makePdf(
    (doc) => {
      doc.fontSize(16).text('Vägledning för molntjänster');
      doc.moveDown().fontSize(11).text(LONG, { width: 300 });
      doc.moveDown().text('Den kommunala för-');
      doc.text('valtningen ansvarar för att avtalet följs.');
      doc.addPage().text('Sida två handlar om överföring till tredje land och åtgärder.');
    },
    { info: { Title: 'Vägledning om molntjänster', Author: 'IT-avdelningen' } },
  );
}

async function reasonOf(bytes: Buffer): Promise<string> {
  const error: unknown = await readPdf(bytes).then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(UnreadableFileError);
  return (error as UnreadableFileError).reason;
}

describe('readPdf', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeAll(async () => {
    loadPdfWorkerForJest();
    temp = await makeTempDir();
  });
  afterAll(() => temp.remove());

  it('reads a two-page Swedish PDF into one section per page, with the info title', async () => {
    const bytes = await roundTrip(temp.dir, 'vagledning.pdf', await swedishGuide());
    const result = await readPdf(bytes);
    expect(result.title).toBe('Vägledning om molntjänster');
    expect(result.sections.map((s) => s.heading)).toEqual(['', '']);
    const [first, second] = result.sections.map((s) => s.text);
    expect(first.split('\n\n')).toEqual([
      'Vägledning för molntjänster',
      LONG,
      'Den kommunala förvaltningen ansvarar för att avtalet följs.',
    ]);
    expect(second).toBe('Sida två handlar om överföring till tredje land och åtgärder.');
  });

  it('leaves the buffer it was given usable', async () => {
    const bytes = await swedishGuide();
    await readPdf(bytes);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('gives no title when the info dictionary has none or only a file name', async () => {
    const untitled = await readPdf(await makePdf((doc) => doc.text('Text utan titel.')));
    expect(untitled.title).toBeUndefined();
    const fileName = await readPdf(await makePdf((doc) => doc.text('Text.'), { info: { Title: 'Microsoft Word - rapport.docx' } }));
    expect(fileName.title).toBeUndefined();
  });

  it('calls random bytes and a truncated PDF corrupt, with a message that says what to do', async () => {
    const random = await roundTrip(temp.dir, 'random.pdf', noiseBytes(4096));
    expect(await reasonOf(random)).toBe('corrupt');
    await expect(readPdf(random)).rejects.toThrow(/could not be read \(.+\); export it again or convert it to Markdown/);
    const whole = await swedishGuide();
    const truncated = await roundTrip(temp.dir, 'truncated.pdf', whole.subarray(0, whole.length / 2));
    expect(await reasonOf(truncated)).toBe('corrupt');
  });

  it('calls a PDF with only a drawing empty and suggests OCR', async () => {
    const blank = await roundTrip(temp.dir, 'blank.pdf', await makePdf((doc) => { doc.rect(50, 50, 200, 100).fill('#336699'); }));
    expect(await reasonOf(blank)).toBe('empty');
    await expect(readPdf(blank)).rejects.toThrow(/scanned image.*OCR/);
  });

  it('calls a password-protected PDF encrypted', async () => {
    const locked = await makePdf((doc) => doc.text('Hemlig text.'), { userPassword: 'hemligt', pdfVersion: '1.7' });
    expect(await reasonOf(locked)).toBe('encrypted');
  });
});

describe('joinPdfLines', () => {
  // A full line of body text, as a 70-character column would set it.
  const full = 'Nämnden ska dokumentera riskbedömningen och följa upp den varje år med';

  it('joins hyphenated and wrapped lines but keeps real hyphens', () => {
    expect(joinPdfLines(`${full} för-\nvaltningen gäller.`)).toBe(`${full} förvaltningen gäller.`);
    expect(joinPdfLines(`${full} moln-\noch lagringstjänster.`)).toBe(`${full} moln- och lagringstjänster.`);
    expect(joinPdfLines(`${full} IT-\nsäkerhet.`)).toBe(`${full} IT-säkerhet.`);
  });

  it('keeps a line that is short only because a long word follows inside its paragraph', () => {
    const text = `${full}\nstöd av den som ansvarar, det vill säga\ninformationssäkerhetssamordnaren.`;
    expect(joinPdfLines(text)).toBe(`${full} stöd av den som ansvarar, det vill säga informationssäkerhetssamordnaren.`);
  });

  it('ends paragraphs at blank lines, short lines and list items', () => {
    const text = `Rubrik\n${full}\nslut.\n\nNytt stycke ${full}\nfortsätter:\n• ${full}\n• punkt två\n1. punkt tre`;
    expect(joinPdfLines(text).split('\n\n')).toEqual([
      'Rubrik',
      `${full} slut.`,
      `Nytt stycke ${full} fortsätter:`,
      `• ${full}`,
      '• punkt två',
      '1. punkt tre',
    ]);
  });
});
