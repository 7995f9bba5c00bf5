import mammoth from 'mammoth';
import type { ReadResult } from './read-document-file';
import { htmlToSections } from './read-html';
import { UnreadableFileError, describeCause } from './unreadable-file-error';

// Password-protected .docx and old .doc files are OLE compound files, not zip archives.
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ENCRYPTION_STREAM = Buffer.from('EncryptionInfo', 'utf16le');

// Images carry no text; dropping them keeps mammoth from inlining megabytes of base64.
const noImages = mammoth.images.imgElement(async () => ({ src: '' }));

/** A Word document: converted to HTML so Word's heading styles become h1–h6 sections. */
export async function readDocx(bytes: Buffer): Promise<ReadResult> {
  if (bytes.subarray(0, OLE_MAGIC.length).equals(OLE_MAGIC)) {
    if (bytes.includes(ENCRYPTION_STREAM)) {
      throw new UnreadableFileError(
        'encrypted',
        'the Word document is password-protected; remove the password in Word and save it again',
      );
    }
    throw new UnreadableFileError(
      'unsupported',
      'this is an old Word .doc file named .docx; open it in Word and save it as .docx',
    );
  }
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: bytes },
      { convertImage: noImages, externalFileAccess: false },
    );
    html = result.value;
  } catch (error) {
    throw new UnreadableFileError(
      'corrupt',
      `the Word document could not be read (${describeCause(error)}); open it in Word and save it again as .docx, or convert it to Markdown`,
      { cause: error },
    );
  }
  return htmlToSections(html, 'Word document');
}
