import { decodeText, readText } from '../../../../bot/engine/knowledge/readers/read-text';
import { UnreadableFileError } from '../../../../bot/engine/knowledge/readers/unreadable-file-error';
import { makeTempDir, roundTrip } from './make-files';

const NOTE = 'Molntjänster i förvaltningen\r\n\r\n\r\nSekretessbelagd information får inte lagras   \r\nutanför EU.\r\n \r\nÅtgärder: se bilaga.\r\n';
const EXPECTED = 'Molntjänster i förvaltningen\n\nSekretessbelagd information får inte lagras\nutanför EU.\n\nÅtgärder: se bilaga.';

describe('readText', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeAll(async () => { temp = await makeTempDir(); });
  afterAll(() => temp.remove());

  it('reads UTF-8 with a BOM into one section, paragraphs split by blank lines', async () => {
    const bytes = await roundTrip(temp.dir, 'notis.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(NOTE, 'utf8')]));
    expect(readText(bytes)).toEqual({ sections: [{ heading: '', text: EXPECTED }] });
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8', async () => {
    const bytes = await roundTrip(temp.dir, 'latin1.txt', Buffer.from(NOTE, 'latin1'));
    expect(bytes.includes(0xe4)).toBe(true); // ä as one byte: really not UTF-8
    expect(readText(bytes).sections[0].text).toBe(EXPECTED);
    // 0x80–0x9F are € ’ – etc. in Windows-1252 but control characters in ISO-8859-1.
    expect(decodeText(Buffer.from([0x80, 0x20, 0x92, 0x96, 0x93, 0xe5, 0x94, 0x9f]))).toBe('€ ’–“å”Ÿ');
  });

  it('reads UTF-16LE with a BOM, as Notepad saves "Unicode"', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Överföring till tredje land', 'utf16le')]);
    expect(readText(bytes).sections[0].text).toBe('Överföring till tredje land');
  });

  it('calls blank text empty and binary data corrupt', () => {
    expect(() => readText(Buffer.from('\ufeff \r\n\t\n'))).toThrow(expect.objectContaining({ reason: 'empty' }));
    expect(() => readText(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41]))).toThrow(UnreadableFileError);
    expect(() => readText(Buffer.from([0x50, 0x4b, 0x00]))).toThrow(expect.objectContaining({ reason: 'corrupt' }));
  });
});
