/**
 * The engine's vocabulary: knowledge documents, the glossary, rulings and the Answer.
 * Everything here is plain data so the CLI, the bot and the tests can share it.
 */

export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const DOCUMENT_KINDS = ['law', 'judgment', 'decision', 'report', 'guidance', 'policy', 'faq', 'news'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Ordered from most permissive to strictest: the strictest of several facets stands. */
export const VERDICTS = ['allowed', 'conditional', 'pending', 'not_allowed'] as const;
export type Verdict = (typeof VERDICTS)[number];

/**
 * Text an admin writes in both languages. A plain string in a knowledge file is read as the
 * document's language, so one side may be missing: readers fall back to the other.
 */
export type LocalizedText = Partial<Record<Language, string>>;

export interface Ruling {
  /** A glossary service id, or `any` for every service. */
  service: string;
  /** A glossary data-class id. */
  data: string;
  verdict: Verdict;
  conditions: LocalizedText[];
  note?: LocalizedText;
}

/**
 * What a document bears on without deciding it (a law, a judgment, a later report): glossary
 * ids, and in one sentence what it changed. A ruling older than such a document is shown with it.
 */
export interface Concerns {
  services: string[];
  data: string[];
  change?: LocalizedText;
}

/** A part of a document under one heading; passages for the index are cut from these. */
export interface Section {
  heading: string;
  text: string;
}

export interface KnowledgeDocument {
  id: string;
  title: string;
  kind: DocumentKind;
  issuer: string;
  /** `YYYY-MM-DD` */
  date: string;
  source?: string;
  language: Language;
  /** True when `date` is only known roughly (a month or a season): never shown as exact. */
  dateApproximate: boolean;
  supersedes: string[];
  rulings: Ruling[];
  concerns?: Concerns;
  /** Path relative to the knowledge folder, for messages and citations. */
  path: string;
  sections: Section[];
}

/** One problem found in the knowledge folder; the file it names is left out. */
export interface KnowledgeProblem {
  /** Path relative to the knowledge folder. */
  path: string;
  line?: number;
  message: string;
}

export interface FacetEntry {
  id: string;
  parent?: string;
  label: Record<Language, string>;
  synonyms: string[];
}

/** A domain word and its translations, used to carry a query across languages. */
export interface TermPair {
  sv: string[];
  en: string[];
}

export interface Glossary {
  services: Record<string, FacetEntry>;
  data: Record<string, FacetEntry>;
  terms: TermPair[];
}

export interface Facets {
  services: string[];
  data: string[];
}

export interface Citation {
  n: number;
  id: string;
  title: string;
  issuer: string;
  date: string;
  source?: string;
  quote: string;
}

export interface Answer {
  /** The question as redacted: never holds what redaction removed. */
  question: string;
  language: Language;
  facets: Facets;
  verdict: Verdict | null;
  answered: boolean;
  confidence: number;
  answer: string;
  /** Conditions of the deciding rulings, also woven into `answer`. */
  conditions: string[];
  citations: Citation[];
  redactions: number;
}

/** What an analyzer (local or Azure) learns about a question before it is searched. */
export interface Analysis {
  /** The text with personal data replaced by placeholders. */
  redactedText: string;
  redactions: number;
  language: Language;
  /** Optional phrases that may sharpen retrieval (Azure key phrases); may be empty. */
  keyPhrases: string[];
}

export interface Analyzer {
  analyze(text: string): Promise<Analysis>;
}
