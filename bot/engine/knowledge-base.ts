/**
 * A loaded knowledge folder: documents, glossary, passages and their index. The built
 * result is cached under DATA_DIR, keyed by a hash of the folder's bytes and a schema
 * version, so a restart with an unchanged folder skips reading PDFs and building the index.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { DocumentInfo, Glossary, KnowledgeDocument, KnowledgeProblem } from './types';
import { SIDECAR_SUFFIX, listKnowledgeFiles, loadKnowledgeFolder } from './knowledge/load-knowledge-folder';
import { GLOSSARY_FILE } from './knowledge/glossary';
import { KnowledgeLimits, checkFileSizes, withDefaultLimits } from './knowledge/knowledge-limits';
import { FILES_IN_FLIGHT, eachInOrder } from './knowledge/each-in-order';
import { readWholeFile } from './knowledge/read-whole-file';
import { Passage, cutPassages } from './search/passages';
import { PassageIndex, SerializedPassageIndex } from './search/passage-index';
import { RulingRef, activeRulings } from './verdict/decide-verdict';

/** Bump when what is cached (or how it is built) changes: old caches are then rebuilt. */
export const INDEX_SCHEMA_VERSION = 6;

export interface KnowledgeBase {
  /** False when the folder cannot be served at all (no usable glossary). */
  servable: boolean;
  glossary: Glossary;
  documents: DocumentInfo[];
  documentsById: Map<string, DocumentInfo>;
  passages: Passage[];
  passagesById: Map<string, Passage>;
  /** Each document's passages in order. */
  passagesByDocument: Map<string, Passage[]>;
  rulings: RulingRef[];
  index: PassageIndex;
  problems: KnowledgeProblem[];
  /** Whether this load came from the cache, for logs and benchmarks. */
  fromCache: boolean;
  /** The folder's content hash (sha-256 hex) this was built from: equal hashes, equal knowledge. */
  key: string;
}

/** What a folder holds, by content: its files and their hash. */
export interface FolderFingerprint {
  files: string[];
  key: string;
}

interface CacheFile {
  schemaVersion: number;
  key: string;
  glossary: Glossary | null;
  /** Without their sections: the passages hold the text once. */
  documents: DocumentInfo[];
  problems: KnowledgeProblem[];
  passages: Passage[];
  index: SerializedPassageIndex;
}

const EMPTY_GLOSSARY: Glossary = { services: {}, data: {}, terms: [] };

/** Lists and hashes the folder without building anything: a reload compares this first. */
export async function fingerprintKnowledgeFolder(knowledgeDir: string, limits: Partial<KnowledgeLimits> = {}): Promise<FolderFingerprint> {
  const files = await listKnowledgeFiles(knowledgeDir);
  return { files, key: await hashFolder(knowledgeDir, files, withDefaultLimits(limits)) };
}

export async function loadKnowledgeBase(
  knowledgeDir: string,
  dataDir?: string,
  limits: Partial<KnowledgeLimits> = {},
  fingerprint?: FolderFingerprint,
): Promise<KnowledgeBase> {
  const { files, key } = fingerprint ?? (await fingerprintKnowledgeFolder(knowledgeDir, limits));
  const cachePath = dataDir ? path.join(dataDir, `index-v${INDEX_SCHEMA_VERSION}-${key.slice(0, 16)}.json`) : undefined;

  const cached = cachePath ? await readCache(cachePath, key) : undefined;
  if (cached) {
    return assemble(cached.glossary ?? undefined, cached.documents, cached.problems, cached.passages, PassageIndex.load(cached.index, cached.passages.map((p) => p.id)), true, key);
  }

  const folder = await loadKnowledgeFolder(knowledgeDir, files, limits);
  const passages = folder.documents.flatMap(cutPassages);
  const index = PassageIndex.build(passages, new Map(folder.documents.map((d) => [d.id, d])));
  const documents = folder.documents.map(withoutSections);
  const base = assemble(folder.glossary, documents, folder.problems, passages, index, false, key);
  if (cachePath) {
    const cache: CacheFile = { schemaVersion: INDEX_SCHEMA_VERSION, key, glossary: folder.glossary ?? null, documents, problems: folder.problems, passages, index: index.toJSON() };
    await writeAtomically(cachePath, JSON.stringify(cache));
    await removeOtherCaches(path.dirname(cachePath), path.basename(cachePath));
  }
  return base;
}

function withoutSections({ sections: _sections, ...info }: KnowledgeDocument): DocumentInfo {
  return info;
}

function assemble(glossary: Glossary | undefined, documents: DocumentInfo[], problems: KnowledgeProblem[], passages: Passage[], index: PassageIndex, fromCache: boolean, key: string): KnowledgeBase {
  return {
    servable: glossary !== undefined,
    glossary: glossary ?? EMPTY_GLOSSARY,
    documents,
    documentsById: new Map(documents.map((d) => [d.id, d])),
    passages,
    passagesById: new Map(passages.map((p) => [p.id, p])),
    passagesByDocument: groupByDocument(passages),
    rulings: activeRulings(documents),
    index,
    problems,
    fromCache,
    key,
  };
}

function groupByDocument(passages: Passage[]): Map<string, Passage[]> {
  const byDocument = new Map<string, Passage[]>();
  for (const passage of passages) {
    const list = byDocument.get(passage.docId);
    if (list) list.push(passage);
    else byDocument.set(passage.docId, [passage]);
  }
  return byDocument;
}

/**
 * The limits are part of the key (other limits, other files left out). A file too large to read
 * is hashed by its size and time instead, so it is never read, yet its replacement is seen.
 */
async function hashFolder(dir: string, files: string[], limits: KnowledgeLimits): Promise<string> {
  const hash = createHash('sha256').update(`schema:${INDEX_SCHEMA_VERSION}\nlimits:${JSON.stringify(limits)}\n`);
  const sizes = await checkFileSizes(dir, files, limits, GLOSSARY_FILE, SIDECAR_SUFFIX);
  const read = (rel: string) => (sizes.leftOut.has(rel) ? Promise.resolve(undefined) : readWholeFile(path.join(dir, rel)));
  await eachInOrder(files, FILES_IN_FLIGHT, read, (content, rel) => {
    const stat = sizes.stats.get(rel)!;
    hash.update(`${rel}\n`);
    hash.update(content ?? `left out: ${stat.size} ${stat.mtimeMs}`);
    hash.update('\n');
  });
  return hash.digest('hex');
}

async function readCache(cachePath: string, key: string): Promise<CacheFile | undefined> {
  try {
    const cache = JSON.parse((await readWholeFile(cachePath)).toString('utf8')) as CacheFile;
    return cache.schemaVersion === INDEX_SCHEMA_VERSION && cache.key === key ? cache : undefined;
  } catch {
    // A missing or damaged cache is simply rebuilt.
    return undefined;
  }
}

/** Every edit of the folder makes a new cache; only the newest is worth keeping. */
async function removeOtherCaches(dir: string, keep: string): Promise<void> {
  for (const name of await fs.readdir(dir)) {
    if (name !== keep && /^index-v\d+-[0-9a-f]+\.json$/.test(name)) await fs.rm(path.join(dir, name), { force: true });
  }
}

/** Write then rename, so a crash mid-write never leaves a half cache that a later start trusts. */
async function writeAtomically(file: string, content: string): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await fs.writeFile(temporary, content);
  await fs.rename(temporary, file);
}
