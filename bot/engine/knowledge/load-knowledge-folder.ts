/**
 * Reads a knowledge folder into validated documents and a glossary. A broken file is
 * reported (path, line, what is wrong, what is allowed) and left out; the rest is served.
 * Nothing is ever written into the folder.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { Glossary, KnowledgeDocument, KnowledgeProblem, Section } from '../types';
import { detectLanguage } from '../analysis/detect-language';
import { DocumentMeta, localize, localizeConcerns, localizeRulings, validateMeta } from './document-meta';
import { GLOSSARY_FILE, parseGlossary } from './glossary';
import { READABLE_EXTENSIONS, UnreadableFileError, readDocumentFile } from './readers/read-document-file';
import { splitMarkdownSections } from './readers/split-sections';
import { decodeText } from './readers/read-text';
import { LoadedDocument, checkAcrossDocuments } from './check-across-documents';
import { parseYamlSource } from './yaml-source';
import { KnowledgeLimits, checkFileSizes, withDefaultLimits } from './knowledge-limits';
import { FILES_IN_FLIGHT, eachInOrder } from './each-in-order';
import { readWholeFile } from './read-whole-file';
import { textContent } from './readers/text-content';

export const SIDECAR_SUFFIX = '.meta.yml';

export interface KnowledgeFolder {
  glossary?: Glossary;
  documents: KnowledgeDocument[];
  problems: KnowledgeProblem[];
}

/** Every file of the folder (relative paths, sorted), hidden files and folders and Office lock files (`~$…`) skipped. */
export async function listKnowledgeFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((rel) => !rel.split('/').some((part) => part.startsWith('.')) && !path.posix.basename(rel).startsWith('~$'))
    .sort();
}

export async function loadKnowledgeFolder(dir: string, files?: string[], limits: Partial<KnowledgeLimits> = {}): Promise<KnowledgeFolder> {
  const problems: KnowledgeProblem[] = [];
  const listed = files ?? (await listKnowledgeFiles(dir));
  const present = new Set(listed);
  const limit = withDefaultLimits(limits);
  // By size on disk, before reading: files too large are reported and never read.
  const sizes = await checkFileSizes(dir, listed, limit, GLOSSARY_FILE, SIDECAR_SUFFIX);
  problems.push(...sizes.problems);
  const all = listed.filter((rel) => !sizes.leftOut.has(rel));

  let glossary: Glossary | undefined;
  if (sizes.leftOut.has(GLOSSARY_FILE)) {
    // Reported with its size above; the folder cannot be served without it.
  } else if (present.has(GLOSSARY_FILE)) {
    const result = parseGlossary(await readTextFile(dir, GLOSSARY_FILE));
    glossary = result.glossary;
    problems.push(...result.problems);
  } else {
    problems.push({ path: GLOSSARY_FILE, message: `missing: the folder needs a ${GLOSSARY_FILE} with 'services' and 'data'` });
  }

  const loaded: LoadedDocument[] = [];
  // Documents are read from disk a batch at a time (see eachInOrder), then parsed one after another.
  const documents = all.filter((rel) => rel !== GLOSSARY_FILE);
  const readable = (rel: string) => !rel.endsWith(SIDECAR_SUFFIX) && isKnowledgeFile(rel);
  await eachInOrder(documents, FILES_IN_FLIGHT, (rel) => (readable(rel) ? readWholeFile(path.join(dir, rel)) : Promise.resolve(undefined)), async (bytes, rel) => {
    if (rel.endsWith(SIDECAR_SUFFIX)) {
      const target = rel.slice(0, -SIDECAR_SUFFIX.length);
      if (!present.has(target)) problems.push({ path: rel, message: `sidecar for '${target}', which is not in the folder` });
    } else if (!bytes) {
      problems.push({ path: rel, message: `not a knowledge file; allowed: .md, ${READABLE_EXTENSIONS.join(', ')} (with an optional ${SIDECAR_SUFFIX} sidecar)` });
    } else {
      const result = await loadOneDocument(dir, rel, bytes, present.has(rel + SIDECAR_SUFFIX), limit);
      if ('problems' in result) problems.push(...result.problems);
      else loaded.push(result);
    }
  });

  const checked = checkAcrossDocuments(loaded, glossary);
  problems.push(...checked.problems);
  return { glossary, documents: checked.documents, problems };
}

function isKnowledgeFile(rel: string): boolean {
  const extension = path.extname(rel).toLowerCase();
  return extension === '.md' || READABLE_EXTENSIONS.includes(extension);
}

async function loadOneDocument(dir: string, rel: string, bytes: Buffer, hasSidecar: boolean, limits: KnowledgeLimits): Promise<LoadedDocument | { problems: KnowledgeProblem[] }> {
  let meta: DocumentMeta | undefined;
  let metaSource: LoadedDocument['metaSource'];
  let sections: Section[];
  let innerTitle: string | undefined;

  if (rel.toLowerCase().endsWith('.md')) {
    const text = decodeMarkdown(rel, bytes);
    if (typeof text !== 'string') return text;
    const file = matter(text, { engines: { yaml: () => ({}) } });
    // gray-matter leaves `matter` unset for an empty file.
    const frontMatter = file.matter ?? '';
    if (frontMatter.trim() !== '') {
      // gray-matter's `matter` starts with the rest of the opening '---' line, so its line 1 is the file's line 1.
      const source = parseYamlSource(frontMatter, 1);
      const result = validateMeta(source, rel);
      if (!result.meta) return { problems: result.problems };
      meta = result.meta;
      metaSource = { path: rel, lineOf: source.lineOf };
    }
    sections = splitMarkdownSections(file.content).map((s) => ({ heading: stripInlineMarkdown(s.heading), text: stripInlineMarkdown(s.text) }));
  } else {
    try {
      ({ sections, title: innerTitle } = await readDocumentFile(rel, bytes, { timeoutMs: limits.extractTimeoutMs }));
    } catch (error) {
      if (error instanceof UnreadableFileError) return { problems: [{ path: rel, message: error.message }] };
      throw error;
    }
  }

  if (hasSidecar) {
    const sidecar = rel + SIDECAR_SUFFIX;
    const source = parseYamlSource(await readTextFile(dir, sidecar));
    const result = validateMeta(source, sidecar);
    if (!result.meta) return { problems: result.problems };
    meta = result.meta;
    metaSource = { path: sidecar, lineOf: source.lineOf };
  }
  if (sections.length === 0) return { problems: [{ path: rel, message: 'no text found; a document needs text to be cited' }] };

  const fileId = idFromFileName(rel);
  const language = meta?.language ?? detectLanguage(sections.map((s) => s.text).join('\n'));
  const concerns = localizeConcerns(meta?.concerns, language);
  const document: KnowledgeDocument = {
    id: meta?.id ?? fileId,
    title: meta?.title ?? innerTitle ?? path.basename(rel),
    kind: meta?.kind ?? 'guidance',
    issuer: meta?.issuer ?? '',
    date: meta?.date ?? '',
    source: meta?.source,
    dateApproximate: meta?.dateApproximate ?? false,
    language,
    supersedes: meta?.supersedes ?? [],
    rulings: localizeRulings(meta?.rulings ?? [], language),
    ...(concerns ? { concerns } : {}),
    ...(meta && meta.explains.length > 0 ? { explains: meta.explains.map((t) => localize(t, language)) } : {}),
    path: rel,
    sections,
  };
  return { document, metaSource };
}

/** Markdown as text, or the problem when the bytes are binary rather than text. */
function decodeMarkdown(rel: string, bytes: Buffer): string | { problems: KnowledgeProblem[] } {
  try {
    return textContent(decodeText(bytes));
  } catch (error) {
    if (error instanceof UnreadableFileError) return { problems: [{ path: rel, message: error.message }] };
    throw error;
  }
}

/** YAML and Markdown as admins save them: UTF-8, UTF-16 with a BOM, or Windows-1252 (older Swedish Windows tools). */
async function readTextFile(dir: string, rel: string): Promise<string> {
  return decodeText(await fs.readFile(path.join(dir, rel)));
}

/** `Riktlinje för molntjänster.pdf` → `riktlinje-for-molntjanster`: kebab-case, å ä ö folded to a a o. */
function idFromFileName(rel: string): string {
  const id = path.basename(rel).replace(/\.[^.]+$/, '')
    .normalize('NFKD').replace(/\p{M}/gu, '')
    .toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return id || 'document';
}

/** Quotes are shown as plain text in every channel: drop emphasis and keep link texts. */
function stripInlineMarkdown(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_]([^*_\s][^*_]*?)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/^\s*[-*+]\s+/gm, '• ');
}
