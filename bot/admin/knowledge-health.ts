/**
 * The admin page's knowledge panels: every file with what became of it, the time of the last
 * index build, documents past the review age, superseded documents, and the rulings that newer
 * documents bear on (the same list as `knowledge check`'s "To review").
 */
import { DocumentInfo, KnowledgeView, Verdict, rulingsToReview } from '../engine';

export interface FileHealth {
  path: string;
  status: 'loaded' | 'left_out';
  problems: { line?: number; message: string }[];
  document?: { id: string; title: string; issuer: string; date: string; dateApproximate: boolean; kind: string };
  /** Older than the review age. */
  old: boolean;
  /** Ids of the documents that supersede this one: its rulings never decide. */
  supersededBy: string[];
}

export interface KnowledgeHealth {
  files: FileHealth[];
  /** When the served index was built and swapped in (ISO 8601). */
  loadedAt: string;
  /** Documents dated before this day are flagged (YYYY-MM-DD). */
  reviewBefore: string;
  documents: number;
  leftOut: number;
}

export interface RulingToReview {
  document: { id: string; title: string; date: string };
  service: string;
  data: string;
  verdict: Verdict;
  later: { id: string; title: string; date: string }[];
}

export interface ReviewList {
  rulings: RulingToReview[];
  /** Documents past the review age that are not superseded, oldest first. */
  oldDocuments: { id: string; title: string; date: string; path: string }[];
}

/** The day `months` before `now`: documents dated earlier are due for review. */
export function reviewBefore(now: Date, months: number): string {
  // The same day of the month, or that month's last day (31 March less one month is 28 February).
  const firstOfMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, 1));
  const lastDay = new Date(Date.UTC(firstOfMonth.getUTCFullYear(), firstOfMonth.getUTCMonth() + 1, 0)).getUTCDate();
  firstOfMonth.setUTCDate(Math.min(now.getUTCDate(), lastDay));
  return firstOfMonth.toISOString().slice(0, 10);
}

export function knowledgeHealth(knowledge: KnowledgeView, now: Date, reviewAgeMonths: number): KnowledgeHealth {
  const before = reviewBefore(now, reviewAgeMonths);
  const supersededBy = supersessions(knowledge.documents);
  const byPath = new Map<string, FileHealth>();
  const fileOf = (path: string): FileHealth => {
    let file = byPath.get(path);
    if (!file) {
      file = { path, status: 'left_out', problems: [], old: false, supersededBy: [] };
      byPath.set(path, file);
    }
    return file;
  };
  for (const d of knowledge.documents) {
    const file = fileOf(d.path);
    file.status = 'loaded';
    file.document = { id: d.id, title: d.title, issuer: d.issuer, date: d.date, dateApproximate: d.dateApproximate, kind: d.kind };
    file.old = d.date < before;
    file.supersededBy = supersededBy.get(d.id) ?? [];
  }
  for (const problem of knowledge.problems) fileOf(problem.path).problems.push({ ...(problem.line === undefined ? {} : { line: problem.line }), message: problem.message });
  const files = [...byPath.values()].sort((a, b) => a.path.localeCompare(b.path));
  return {
    files,
    loadedAt: knowledge.loadedAt.toISOString(),
    reviewBefore: before,
    documents: knowledge.documents.length,
    leftOut: files.filter((f) => f.status === 'left_out').length,
  };
}

export function reviewList(knowledge: KnowledgeView, now: Date, reviewAgeMonths: number): ReviewList {
  const before = reviewBefore(now, reviewAgeMonths);
  const superseded = supersessions(knowledge.documents);
  const brief = (d: DocumentInfo) => ({ id: d.id, title: d.title, date: d.date });
  return {
    rulings: rulingsToReview(knowledge.documents, knowledge.glossary).map(({ ref, later }) => ({
      document: brief(ref.document),
      service: ref.ruling.service,
      data: ref.ruling.data,
      verdict: ref.ruling.verdict,
      later: later.map(brief),
    })),
    oldDocuments: knowledge.documents
      .filter((d) => d.date < before && !superseded.has(d.id))
      .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
      .map((d) => ({ ...brief(d), path: d.path })),
  };
}

function supersessions(documents: DocumentInfo[]): Map<string, string[]> {
  const by = new Map<string, string[]>();
  for (const d of documents) for (const id of d.supersedes) by.set(id, [...(by.get(id) ?? []), d.id]);
  return by;
}
