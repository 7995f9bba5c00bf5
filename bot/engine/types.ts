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

/** A document as a loaded knowledge base keeps it: its text lives on in its passages. */
export type DocumentInfo = Omit<KnowledgeDocument, 'sections'>;

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
  /** Terms the document explains (`explains:` in its metadata): offered as follow-up questions. */
  explains?: LocalizedText[];
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
  /**
   * Synonyms that are also everyday words in a language ("teams", "exchange", "intern" in
   * English): in a question in that language they name the facet only when capitalised mid-sentence.
   */
  everyday?: Partial<Record<Language, string[]>>;
  /** Generic words (kalender, e-post) that name this service only when no other service is named. */
  generic?: string[];
  /** Words naming a sector (skolan, hemtjänsten): context, not data, unless confidential data is named with them. */
  sectors?: string[];
  /** Terms read as this class although they could mean another: the answer states the reading. */
  interpretations?: { terms: string[]; reading: LocalizedText }[];
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
  /** The class of a sector's ordinary, non-confidential information, for questions that name only a sector. */
  ordinaryData?: string;
}

export interface Facets {
  services: string[];
  data: string[];
}

/** A document as an answer names it: whose it is and when, with its citation number. */
export interface SourceRef {
  n: number;
  id: string;
  title: string;
  issuer: string;
  date: string;
  /** The date is known only roughly: show it as such. */
  dateApproximate: boolean;
}

export interface Citation extends SourceRef {
  source?: string;
  quote: string;
}

/** What a question asks for; only `verdict` questions get a verdict line. */
export type QuestionKind = 'verdict' | 'when' | 'who' | 'how_many' | 'why' | 'what_is' | 'fact';

/** One (service, data class) pair of the question, with the labels the answer's language uses. */
export interface PairRef {
  /** A glossary service id, or `any` when the question names none. */
  service: string;
  data: string;
  serviceLabel?: string;
  dataLabel: string;
}

/** The pairs that one ruling decides alike: the answer writes one line per decision, not per pair. */
export interface Decision {
  verdict: Verdict;
  pairs: PairRef[];
  source: SourceRef;
  /** The ruling's note in the answer's language, when it has one there. */
  note?: string;
  /** The pair's class inherits its parent's ruling: "hälsodata counts as confidential information". */
  inheritedFrom?: { dataLabel: string; parentLabel: string };
  /** The ruling is for the suite the named product is part of: "Excel is part of Office 365". */
  serviceVia?: { serviceLabel: string; parentLabel: string };
  /** How a sector-only question was read: `ordinary` information, or the sector's `confidential` class. */
  reading?: 'ordinary' | 'sector';
}

/** Something newer that bears on a decision: a broader ruling that disagrees, or later law. */
export interface Caveat {
  kind: 'broader-ruling' | 'later-document';
  source: SourceRef;
  /** The decision it bears on: its source's date, so the answer can say the ruling is older. */
  rulingDate: string;
  /** For a later document: what it changed, in the answer's language. */
  change?: string;
  /** For a broader ruling: what it says. */
  verdict?: Verdict;
  pair?: PairRef;
}

export interface Quote {
  n: number;
  text: string;
}

/** What the answer must say besides verdicts and quotes. */
/** Whose ruling decides some pairs, for a question that asked who or when rather than whether. */
export interface RulingMade {
  pairs: PairRef[];
  source: SourceRef;
}

export interface Notices {
  /** A permission question that names a service but no kind of information. */
  needsDataClass: boolean;
  /** Pairs no ruling decides. */
  undecided: PairRef[];
  /** Services the glossary does not know, as written ("Slack"). */
  unknownServices: string[];
  /** Rare names the question uses that no document contains ("Malmö"). */
  unknownNames: string[];
  /** A sector named with no kind of information: both readings were decided. */
  sector?: string;
  /** A kind of information named without a service (its labels): each service's ruling is listed, no verdict given. */
  acrossServices?: string;
  /** A service asked about as "what may I keep there" (its labels): each kind of information's ruling is listed, no verdict given. */
  acrossData?: string;
  /** The same, for a service no ruling decides anything for (its labels). */
  noRulingsFor?: string;
  /** A who or when question naming a pair: whose ruling decides it, and when (no verdict given). */
  rulingsMade?: RulingMade[];
  /** Asked whether rulings still hold without naming a pair: the rulings later law bears on are listed (of this year; '' for all). */
  review?: string;
  /** Personal data was removed from the question. */
  redacted: boolean;
}

/**
 * What a follow-up in the same conversation may lean on: the previous answer's facets, what it
 * asked for and what it cited. Glossary and document ids only, so it holds nothing a user wrote.
 */
export interface ConversationContext {
  facets: Facets;
  kind: QuestionKind;
  citedIds: string[];
  /** The document whose ruling decided the previous answer. */
  decidedBy?: string;
}

export interface Answer {
  /** The question as redacted: never holds what redaction removed. */
  question: string;
  language: Language;
  kind: QuestionKind;
  facets: Facets;
  verdict: Verdict | null;
  /** The document whose ruling the verdict rests on (the strictest decision's). */
  decidedBy?: { id: string; issuer: string; date: string; dateApproximate: boolean };
  decisions: Decision[];
  /** Conditions of the deciding rulings in the answer's language, each once. */
  conditions: string[];
  caveats: Caveat[];
  /** Sentences stating how the question was read (typos, stricter readings, what a follow-up assumed). */
  readings: string[];
  /**
   * A follow-up's side taken from the previous answer ("Och i Zoom då?" after a question on
   * health data: `{ data: ['health'] }`); `why` when "Varför?" asked about the previous verdict.
   */
  followUp?: { carried: Facets; why: boolean };
  /** Passages quoted as the answer, by citation number. */
  quotes: Quote[];
  notices: Notices;
  answered: boolean;
  confidence: number;
  /** The whole answer as plain text, for the CLI and scripts; channels compose their own from the parts. */
  answer: string;
  citations: Citation[];
  redactions: number;
  /** Up to three questions to ask next, built from what the answer decided and cited. */
  suggestions: string[];
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
