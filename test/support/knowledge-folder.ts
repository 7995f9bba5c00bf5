/**
 * Temp knowledge folders for tests: a small glossary, Markdown with front matter, and real
 * PDF and Word files, written to disk so the loader reads them exactly as it would in production.
 */
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';

export const GLOSSARY = `services:
  office365:
    label: { sv: Office 365, en: Office 365 }
    synonyms: [Office 365, O365]
  onedrive:
    parent: office365
    label: { sv: OneDrive, en: OneDrive }
    synonyms: [OneDrive]
data:
  confidential:
    label: { sv: sekretessbelagd information, en: confidential information }
    synonyms: [sekretess, sekretessbelagd, confidential]
  health:
    parent: confidential
    label: { sv: hälsodata, en: health data }
    synonyms: [hälsodata, patientuppgifter, health data]
`;

/** A valid Markdown document; `fields` replace or add front-matter lines (`key: value`). */
export function markdown(fields: Record<string, string> = {}, body = '## Beslut\n\nHälsodata får inte lagras i OneDrive förrän sekretessfrågan är utredd.\n'): string {
  const meta: Record<string, string> = {
    title: 'Beslut om OneDrive',
    kind: 'decision',
    issuer: 'Kommunstyrelsen',
    date: '2019-05-02',
    ...fields,
  };
  const lines = Object.entries(meta).map(([key, value]) => `${key}: ${value}`);
  return `---\n${lines.join('\n')}\n---\n\n${body}`;
}

export type FolderFiles = Record<string, string | Buffer>;

/** Writes `files` (relative paths) into a fresh temp folder. */
export async function makeFolder(files: FolderFiles, prefix = 'molnkoll-knowledge-'): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  await writeFiles(dir, files);
  return dir;
}

export async function writeFiles(dir: string, files: FolderFiles): Promise<void> {
  for (const [rel, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await writeFile(path.join(dir, rel), content);
  }
}

export function removeFolder(dir: string): Promise<void> {
  return rm(dir, { recursive: true, force: true });
}

/** Every entry under `dir` (hidden ones too) with its size and mtime, to prove nothing was written. */
export async function listingWithTimes(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const rows = await Promise.all(entries.map(async (entry) => {
    const full = path.join(entry.parentPath, entry.name);
    const info = await stat(full);
    return `${path.relative(dir, full)} ${entry.isDirectory() ? 'dir' : info.size} ${info.mtimeMs}`;
  }));
  return rows.sort();
}

/** A PDF rendered with pdfkit: one page per entry of `pages`. */
export function makePdf(pages: string[], info: PDFKit.DocumentInfo = {}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ info });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    pages.forEach((text, i) => {
      if (i > 0) doc.addPage();
      doc.fontSize(11).text(text);
    });
    doc.end();
  });
}

/** A Word document: each entry is a Heading 1 followed by its paragraphs. */
export function makeDocx(sections: { heading: string; paragraphs: string[] }[]): Promise<Buffer> {
  const children = sections.flatMap(({ heading, paragraphs }) => [
    new Paragraph({ text: heading, heading: HeadingLevel.HEADING_1 }),
    ...paragraphs.map((text) => new Paragraph({ text })),
  ]);
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

/** Bytes that are no file format at all, the same on every run. */
export function noise(length: number): Buffer {
  return Buffer.from(Array.from({ length }, (_, i) => (i * 7919 + 13) % 251));
}
