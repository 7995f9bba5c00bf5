/**
 * How much of the knowledge folder is read: a file over the per-file limit, or one that would
 * take the folder over the total, is reported and left out, judged by its size on disk before
 * a byte of it is read. A 60 MB text file would otherwise take the whole heap to index.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { KnowledgeProblem } from '../types';
import { FILES_IN_FLIGHT, eachInOrder } from './each-in-order';

export interface KnowledgeLimits {
  /** KNOWLEDGE_MAX_FILE_MB, in bytes. */
  maxFileBytes: number;
  /** KNOWLEDGE_MAX_TOTAL_MB, in bytes: the files read, together. */
  maxTotalBytes: number;
  /** How long one PDF or Word file may take to extract before it is left out. */
  extractTimeoutMs: number;
}

export const MB = 1024 * 1024;
export const DEFAULT_KNOWLEDGE_LIMITS: Readonly<KnowledgeLimits> = Object.freeze({
  maxFileBytes: 10 * MB,
  maxTotalBytes: 200 * MB,
  extractTimeoutMs: 15_000,
});

export function withDefaultLimits(limits: Partial<KnowledgeLimits> = {}): KnowledgeLimits {
  return { ...DEFAULT_KNOWLEDGE_LIMITS, ...limits };
}

export interface SizeCheck {
  /** Files not to read, with why in `problems`. */
  leftOut: Set<string>;
  problems: KnowledgeProblem[];
  /** Size and modification time of each file, from the one stat, so a left-out file's changes are still seen. */
  stats: Map<string, { size: number; mtimeMs: number }>;
}

const megabytes = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;

/**
 * Stats every file; `first` (the glossary) is counted before the rest, which count in order.
 * A document whose sidecar is left out is left out too: without its metadata it would be
 * served as something it is not.
 */
export async function checkFileSizes(dir: string, files: string[], limits: KnowledgeLimits, first: string, sidecarSuffix: string): Promise<SizeCheck> {
  const stats = new Map<string, { size: number; mtimeMs: number }>();
  await eachInOrder(files, FILES_IN_FLIGHT, (rel) => fs.stat(path.join(dir, rel)), (info, rel) => {
    stats.set(rel, { size: info.size, mtimeMs: info.mtimeMs });
  });
  const leftOut = new Set<string>();
  const problems: KnowledgeProblem[] = [];
  let total = 0;
  const ordered = files.includes(first) ? [first, ...files.filter((rel) => rel !== first)] : files;
  for (const rel of ordered) {
    const { size } = stats.get(rel)!;
    if (size > limits.maxFileBytes) {
      leftOut.add(rel);
      problems.push({ path: rel, message: `left out: ${megabytes(size)}, over the per-file limit of ${megabytes(limits.maxFileBytes)} (KNOWLEDGE_MAX_FILE_MB); split the file, or raise the limit` });
    } else if (total + size > limits.maxTotalBytes) {
      leftOut.add(rel);
      problems.push({ path: rel, message: `left out: the knowledge files together would pass the total limit of ${megabytes(limits.maxTotalBytes)} (KNOWLEDGE_MAX_TOTAL_MB); remove large files, or raise the limit` });
    } else {
      total += size;
    }
  }
  for (const rel of [...leftOut]) {
    const target = rel.endsWith(sidecarSuffix) ? rel.slice(0, -sidecarSuffix.length) : undefined;
    if (target && stats.has(target) && !leftOut.has(target)) {
      leftOut.add(target);
      problems.push({ path: target, message: `left out with its sidecar ${rel}, which is too large to read` });
    }
  }
  return { leftOut, problems, stats };
}
