/**
 * The metadata of one knowledge document (Markdown front matter or a `.meta.yml` sidecar),
 * validated field by field so each problem names its line and what is allowed.
 */
import { z } from 'zod';
import { Concerns, DOCUMENT_KINDS, DocumentKind, KnowledgeProblem, LANGUAGES, Language, LocalizedText, Ruling, VERDICTS } from '../types';
import { KEBAB_ID } from './glossary';
import { YamlSource } from './yaml-source';
import { zodProblems } from './zod-problems';

const isoDate = z.string().refine((value) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(+match[1], +match[2] - 1, +match[3]));
  return date.getUTCMonth() === +match[2] - 1 && date.getUTCDate() === +match[3];
}, { error: (issue) => `must be a real date written YYYY-MM-DD, got ${JSON.stringify(issue.input)}` });

/** A plain string (in the document's language) or `{ sv, en }` with at least one side. */
const localizedText = z.union([
  z.string().min(1),
  z.strictObject({ sv: z.string().min(1).optional(), en: z.string().min(1).optional() })
    .refine((text) => text.sv !== undefined || text.en !== undefined, { error: 'write the text as sv, en or both' }),
]);
type RawLocalizedText = z.infer<typeof localizedText>;

const rulingSchema = z.strictObject({
  service: z.string().min(1),
  data: z.string().min(1),
  verdict: z.enum(VERDICTS),
  conditions: z.array(localizedText).default([]),
  note: localizedText.optional(),
});

const concernsSchema = z.strictObject({
  services: z.array(z.string().min(1)).default([]),
  data: z.array(z.string().min(1)).default([]),
  change: localizedText.optional(),
}).refine((c) => c.services.length > 0 || c.data.length > 0, { error: 'name at least one service or data class the document bears on' });

const metaSchema = z.strictObject({
  id: z.string().regex(KEBAB_ID, 'ids are lowercase kebab-case').optional(),
  title: z.string().min(1).optional(),
  kind: z.enum(DOCUMENT_KINDS),
  issuer: z.string().min(1),
  // YAML 1.1 readers turn dates into Date objects; accept those too.
  date: z.preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), isoDate),
  source: z.string().min(1).optional(),
  date_approximate: z.boolean().default(false),
  language: z.enum(LANGUAGES).optional(),
  supersedes: z.array(z.string().min(1)).default([]),
  rulings: z.array(rulingSchema).default([]),
  concerns: concernsSchema.optional(),
  // Terms the document explains ("Customer Lockbox"), offered as follow-up questions where it is cited.
  explains: z.array(localizedText).default([]),
});

export interface DocumentMeta {
  id?: string;
  title?: string;
  kind: DocumentKind;
  issuer: string;
  date: string;
  source?: string;
  dateApproximate: boolean;
  language?: Language;
  supersedes: string[];
  /** Conditions and notes as written: plain strings are placed in a language once the document's is known. */
  rulings: RawRuling[];
  concerns?: RawConcerns;
  explains: RawLocalizedText[];
}

type RawRuling = Omit<Ruling, 'conditions' | 'note'> & { conditions: RawLocalizedText[]; note?: RawLocalizedText };
type RawConcerns = Omit<Concerns, 'change'> & { change?: RawLocalizedText };

/** A plain string is in the document's own language. */
export function localize(text: RawLocalizedText, language: Language): LocalizedText {
  return typeof text === 'string' ? { [language]: text } : text;
}

export function localizeRulings(rulings: RawRuling[], language: Language): Ruling[] {
  return rulings.map(({ conditions, note, ...rest }) => ({
    ...rest,
    conditions: conditions.map((c) => localize(c, language)),
    ...(note === undefined ? {} : { note: localize(note, language) }),
  }));
}

export function localizeConcerns(concerns: RawConcerns | undefined, language: Language): Concerns | undefined {
  if (!concerns) return undefined;
  const { change, ...rest } = concerns;
  return { ...rest, ...(change === undefined ? {} : { change: localize(change, language) }) };
}

export function validateMeta(source: YamlSource, path: string): { meta?: DocumentMeta; problems: KnowledgeProblem[] } {
  if (source.errors.length > 0) {
    return { problems: source.errors.map((e) => ({ path, line: e.line, message: `YAML syntax: ${e.message}` })) };
  }
  if (source.value === null || typeof source.value !== 'object' || Array.isArray(source.value)) {
    return { problems: [{ path, line: source.lineOf([]), message: 'metadata must be a mapping of fields (id, title, kind, issuer, date, …)' }] };
  }
  const parsed = metaSchema.safeParse(source.value, { reportInput: true });
  if (!parsed.success) return { problems: zodProblems(parsed.error, source, path, metaSchema) };
  const { date_approximate: dateApproximate, ...fields } = parsed.data;
  return { meta: { ...fields, dateApproximate }, problems: [] };
}
