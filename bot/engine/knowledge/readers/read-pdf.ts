import { PDFParse, PasswordException } from 'pdf-parse';
import type { Section } from '../../types';
import type { ReadResult } from './read-document-file';
import { UnreadableFileError, describeCause } from './unreadable-file-error';

// Words that follow a hyphen in a shortened compound ("moln- och lagringstjänster").
const SUSPENDED_HYPHEN = /^(och|eller|samt|resp\.?|and|or|to)\b/i;
const LIST_ITEM = /^([•▪◦●*–-]|\d{1,2}[.)])\s/;
const NO_PARAGRAPH_END = /[,;\-\u00ad]$/;

/** Appends a wrapped PDF line to the paragraph so far, undoing hyphenation. */
function joinLine(paragraph: string, line: string): string {
  if (paragraph.endsWith('\u00ad')) return paragraph.slice(0, -1) + line;
  if (!/\p{L}-$/u.test(paragraph) || !/^\p{L}/u.test(line)) return `${paragraph} ${line}`;
  if (SUSPENDED_HYPHEN.test(line)) return `${paragraph} ${line}`;
  // "för-" + "valtningen": a lowercase word split by the layout; "IT-" + "säkerhet" keeps its hyphen.
  const split = /\p{Ll}-$/u.test(paragraph) && /^\p{Ll}/u.test(line);
  return split ? paragraph.slice(0, -1) + line : paragraph + line;
}

/**
 * PDF text comes as lines with no paragraph marks. A paragraph ends at a blank line, before a
 * list item, or after a line that left room for the next line's first word: the layout would
 * have put it there had it been the same paragraph (so a last line, or a heading).
 */
export function joinPdfLines(pageText: string): string {
  const lines = pageText.split('\n').map((line) => line.replace(/\s+/g, ' ').trim());
  // Characters, not points: proportional fonts vary, hence the margin below.
  const fullLine = lines.reduce((longest, line) => Math.max(longest, line.length), 40);
  const paragraphs: string[] = [];
  let paragraph = '';
  lines.forEach((line, i) => {
    if (line) paragraph = paragraph ? joinLine(paragraph, line) : line;
    const next = lines[i + 1] ?? '';
    const nextWord = next.split(' ')[0].length;
    const roomLeft = line.length + 1 + nextWord < fullLine * 0.85 && !NO_PARAGRAPH_END.test(line);
    if (paragraph && (!line || !next || LIST_ITEM.test(next) || roomLeft)) {
      paragraphs.push(paragraph);
      paragraph = '';
    }
  });
  return paragraphs.join('\n\n');
}

/** Info-dictionary titles that are really file names or placeholders are no title at all. */
function usableTitle(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const title = value.replace(/\s+/g, ' ').trim();
  if (!title || /^untitled$|^microsoft word - |\.(docx?|pdf|odt|rtf|txt)$/i.test(title)) return undefined;
  return title;
}

/** A PDF: one section per page with text, heading '' (PDF has no reliable heading marks). */
export async function readPdf(bytes: Buffer): Promise<ReadResult> {
  // A copy, because pdf.js may take ownership of (detach) the array it is given.
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  let pages: string[];
  let title: string | undefined;
  try {
    const info = await parser.getInfo();
    title = usableTitle(info.info?.Title);
    pages = (await parser.getText()).pages.map((page) => page.text);
  } catch (error) {
    if (describeCause(error).includes('fake worker')) {
      // pdf.js could not load its worker: the setup is wrong, not this file. Under jest see
      // test/engine/knowledge/readers/pdf-worker.ts.
      throw new Error(`PDF reading is not set up: ${describeCause(error)}`, { cause: error });
    }
    if (error instanceof PasswordException) {
      throw new UnreadableFileError(
        'encrypted',
        'the PDF is password-protected; save a copy without the password or convert it to Markdown',
        { cause: error },
      );
    }
    throw new UnreadableFileError(
      'corrupt',
      `the PDF could not be read (${describeCause(error)}); export it again or convert it to Markdown`,
      { cause: error },
    );
  } finally {
    await parser.destroy();
  }
  const sections: Section[] = pages.map((page) => ({ heading: '', text: joinPdfLines(page) }))
    .filter((section) => section.text);
  if (sections.length === 0) {
    throw new UnreadableFileError(
      'empty',
      'the PDF has no text to extract; it may be a scanned image: run OCR on it (or export it as text) and add it again',
    );
  }
  return title ? { sections, title } : { sections };
}
