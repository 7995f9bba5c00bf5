/**
 * Turns an analysed question into index terms. Each term remembers which question words it
 * stands for, so relevance can be judged as "how much of the question did we find", and
 * the query crosses languages: the other language's stem of every word, the glossary's
 * bilingual terms, and the synonyms of every facet named.
 */
import { Glossary, Language } from '../types';
import { isStopWord, normalizeText, stemAll, stemWord, tokenize } from '../text/normalize';
import { isQuestionWord } from '../text/question-words';
import { FacetMatch } from '../facets/find-facets';
import { ancestorsOf } from '../knowledge/glossary';
import { QueryTerm } from './passage-index';

/** A question word a term stands for, and how fully: a synonym of a facet stands for it only in part. */
export interface Cover {
  word: string;
  weight: number;
}

export interface CoveringPhrase {
  stems: string[];
  covers: Cover[];
}

export interface CoveringTerm extends QueryTerm {
  /** The question's content words (stems) this term stands for. */
  covers: Cover[];
}

/** A facet's other synonyms are about the same thing, not the same words: "vård" is not "patientdatalagen". */
const SYNONYM_COVER = 0.5;

export interface SearchQuery {
  /** The question's content words, stemmed by its language. */
  words: string[];
  /** The words relevance is judged on: content words less those that only shape a question. */
  topicWords: string[];
  terms: CoveringTerm[];
  /** Phrases of several words ("allmän handling" for "official document"): a passage holding every word covers what the phrase stands for. */
  phrases?: CoveringPhrase[];
  /**
   * Names in the question (capitalised inside a sentence) that stemming shortens, stem → the
   * name as written: "Adda" stems to "add", as "add-on" does, so only the name itself counts.
   */
  names: Map<string, string>;
}

const OTHER: Record<Language, Language> = { sv: 'en', en: 'sv' };
const MIN_PREFIX_LENGTH = 6;

/** Placeholders left by redaction are not part of what the user asked about. */
export function withoutPlaceholders(text: string): string {
  return text.replace(/\[[^\]\n]{1,40}\]/g, ' ');
}

export function buildQuery(text: string, language: Language, facetMatches: FacetMatch[], glossary: Glossary, keyPhrases: string[] = []): SearchQuery {
  const clean = withoutPlaceholders(text);
  const words = [...new Set(normalizeText(clean, language))];
  const terms: CoveringTerm[] = [];
  const phrases: CoveringPhrase[] = [];
  const add = (term: string, boost: number, words: string[], prefix = false, weight = 1) => {
    if (term) terms.push({ term, boost, covers: words.map((word) => ({ word, weight })), prefix });
  };
  /** A phrase helps ranking, but its words one by one do not stand for the question's words. */
  const addPhrase = (terms: string[], boost: number, words: string[], weight = 1) => {
    terms.forEach((t) => add(t, boost, terms.length === 1 ? words : [], false, weight));
    // Whole, a phrase does stand for them: relevance checks that a passage holds every word.
    if (terms.length > 1 && words.length > 0) phrases.push({ stems: terms, covers: words.map((word) => ({ word, weight })) });
  };

  for (const word of words) {
    add(word, 1, [word]);
    if (word.length >= MIN_PREFIX_LENGTH) add(word, 0.3, [word], true);
  }
  // Names and loanwords read the same in both languages; stem them the other way too.
  const rawWords = tokenize(clean);
  for (const raw of rawWords) {
    if (isStopWord(raw, language)) continue;
    const own = stemWord(raw, language);
    const other = stemWord(raw, OTHER[language]);
    if (other !== own) add(other, 0.5, [own]);
  }

  const questionStems = stemAll(clean, language);
  const phraseStems = glossaryPhraseStems(glossary, language);
  for (const [p, pair] of glossary.terms.entries()) {
    const matched = pair[language].filter((_, k) => containsPhrase(questionStems, phraseStems[p][k]));
    if (matched.length === 0) continue;
    const covers = matched.flatMap((phrase) => normalizeText(phrase, language));
    for (const phrase of pair[OTHER[language]]) addPhrase(normalizeText(phrase, OTHER[language]), 0.7, covers);
    for (const phrase of pair[language]) addPhrase(normalizeText(phrase, language), 0.5, covers);
  }

  // Facet matches count their positions in the text as given, placeholders included.
  const givenStems = tokenize(text).map((w) => stemWord(w, language));
  for (const match of facetMatches) {
    const covers = givenStems.filter((stem, i) => i >= match.start && i < match.end && words.includes(stem));
    // A facet named only by a placeholder ("[personnummer]") decides, but is no topic to search for.
    if (covers.length === 0) continue;
    const entry = glossary[match.kind][match.id];
    for (const synonym of entry.synonyms) {
      (['sv', 'en'] as const).forEach((lang) => addPhrase(normalizeText(synonym, lang), 0.3, covers, SYNONYM_COVER));
    }
    // A passage on the suite speaks of its products too: "Microsoft 365" covers "OneDrive" in part, as its ruling would.
    if (match.kind === 'services') {
      for (const ancestor of ancestorsOf(glossary.services, match.id).filter((id) => id !== match.id)) {
        for (const synonym of glossary.services[ancestor]?.synonyms ?? []) {
          (['sv', 'en'] as const).forEach((lang) => addPhrase(normalizeText(synonym, lang), 0.2, covers, SYNONYM_COVER));
        }
      }
    }
  }
  for (const phrase of keyPhrases) normalizeText(phrase, language).forEach((t) => add(t, 0.5, words.includes(t) ? [t] : []));
  // One letter or digit ("2 a §") helps the search but says nothing on its own about the topic.
  const topicWords = words.filter((word) => word.length > 1 && !isQuestionWord(word, language));
  return { words, topicWords, terms: dedupe(terms), phrases, names: namesIn(clean, language) };
}

const phraseStemCache = new WeakMap<Glossary, Partial<Record<Language, string[][][]>>>();

/** The stems of every glossary phrase, per term pair and phrase, stemmed once per glossary. */
function glossaryPhraseStems(glossary: Glossary, language: Language): string[][][] {
  const cached = phraseStemCache.get(glossary) ?? {};
  let stems = cached[language];
  if (!stems) {
    stems = glossary.terms.map((pair) => pair[language].map((phrase) => stemAll(phrase, language)));
    phraseStemCache.set(glossary, { ...cached, [language]: stems });
  }
  return stems;
}

function namesIn(text: string, language: Language): Map<string, string> {
  const names = new Map<string, string>();
  // A capital after the start of a sentence marks a name; the first word's capital says nothing.
  for (const match of text.matchAll(/(?<![.!?:]\s*|^\s*)(?<=\s)(\p{Lu}[\p{L}\p{N}]*)/gu)) {
    const raw = match[1].toLowerCase();
    const stem = stemWord(raw, language);
    if (stem !== raw && !isStopWord(raw, language)) names.set(stem, raw);
  }
  return names;
}

function containsPhrase(haystack: string[], needle: string[]): boolean {
  if (needle.length === 0) return false;
  for (let i = 0; i + needle.length <= haystack.length; i++) {
    if (needle.every((word, j) => haystack[i + j] === word)) return true;
  }
  return false;
}

/** One term per (term, prefix): the highest boost, and for each word it covers the fullest cover. */
function dedupe(terms: CoveringTerm[]): CoveringTerm[] {
  const byKey = new Map<string, CoveringTerm>();
  for (const term of terms) {
    const key = `${term.term}|${term.prefix}`;
    const seen = byKey.get(key);
    if (!seen) {
      byKey.set(key, { ...term, covers: [...term.covers] });
      continue;
    }
    seen.boost = Math.max(seen.boost, term.boost);
    for (const cover of term.covers) {
      const existing = seen.covers.find((c) => c.word === cover.word);
      if (!existing) seen.covers.push({ ...cover });
      else existing.weight = Math.max(existing.weight, cover.weight);
    }
  }
  return [...byKey.values()];
}
