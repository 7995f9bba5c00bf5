import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';

/** A temp folder per test file, so the readers get real files from disk, not in-memory strings. */
export async function makeTempDir(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'molnkoll-readers-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** Writes bytes to `dir/name` and reads them back, as the loader will. */
export async function roundTrip(dir: string, name: string, bytes: Buffer | string): Promise<Buffer> {
  const path = join(dir, name);
  await writeFile(path, bytes);
  return readFile(path);
}

/** Renders a PDF with pdfkit; `draw` puts text on the pages. */
export function makePdf(
  draw: (doc: PDFKit.PDFDocument) => void,
  options: PDFKit.PDFDocumentOptions = {},
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument(options);
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    draw(doc);
    doc.end();
  });
}

/** Bytes that are not any file format, the same on every run. */
export function noiseBytes(length: number): Buffer {
  const bytes = Buffer.alloc(length);
  let seed = 20240611;
  for (let i = 0; i < length; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    bytes[i] = seed >> 16;
  }
  return bytes;
}
