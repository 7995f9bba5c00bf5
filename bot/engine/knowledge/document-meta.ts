/**
 * The metadata of one knowledge document (Markdown front matter or a `.meta.yml` sidecar),
 * validated field by field so each problem names its line and what is allowed.
 */
import { z } from 'zod';
import { DOCUMENT_KINDS, DocumentKind, KnowledgeProblem, LANGUAGES, Language, Ruling, VERDICTS } from '../types';
import { KEBAB_ID } from './glossary';
import { YamlSource } from './yaml-source';
import { zodProblems } from './zod-problems';

const isoDate = z.string().refine((value) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(+match[1], +match[2] - 1, +match[3]));
  return date.getUTCMonth() === +match[2] - 1 && date.getUTCDate() === +match[3];
}, { error: (issue) => `must be a real date written YYYY-MM-DD, got ${JSON.stringify(issue.input)}` });

const rulingSchema = z.strictObject({
  service: z.string().min(1),
  data: z.string().min(1),
  verdict: z.enum(VERDICTS),
  conditions: z.array(z.string().min(1)).default([]),
  note: z.string().optional(),
});

const metaSchema = z.strictObject({
  id: z.string().regex(KEBAB_ID, 'ids are lowercase kebab-case').optional(),
  title: z.string().min(1).optional(),
  kind: z.enum(DOCUMENT_KINDS),
  issuer: z.string().min(1),
  // YAML 1.1 readers turn dates into Date objects; accept those too.
  date: z.preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), isoDate),
  source: z.string().min(1).optional(),
  language: z.enum(LANGUAGES).optional(),
  supersedes: z.array(z.string().min(1)).default([]),
  rulings: z.array(rulingSchema).default([]),
});

export interface DocumentMeta {
  id?: string;
  title?: string;
  kind: DocumentKind;
  issuer: string;
  date: string;
  source?: string;
  language?: Language;
  supersedes: string[];
  rulings: Ruling[];
}

export function validateMeta(source: YamlSource, path: string): { meta?: DocumentMeta; problems: KnowledgeProblem[] } {
  if (source.errors.length > 0) {
    return { problems: source.errors.map((e) => ({ path, line: e.line, message: `YAML syntax: ${e.message}` })) };
  }
  if (source.value === null || typeof source.value !== 'object' || Array.isArray(source.value)) {
    return { problems: [{ path, line: source.lineOf([]), message: 'metadata must be a mapping of fields (id, title, kind, issuer, date, …)' }] };
  }
  const parsed = metaSchema.safeParse(source.value, { reportInput: true });
  return parsed.success ? { meta: parsed.data, problems: [] } : { problems: zodProblems(parsed.error, source, path, metaSchema) };
}
