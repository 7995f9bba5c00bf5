/**
 * How much of a question a passage answers: the share of the question's content words,
 * weighted by rarity, that the passage matched directly or through a translation or synonym.
 * Facets alone never make a question answered; this does.
 */
import { LRUCache } from 'lru-cache';
import { KnowledgeDocument, Language, QuestionKind } from '../types';
import { sentencesOf } from '../compose/select-quote';
import { sentenceAnswersKind } from '../question/kind-evidence';
import { normalizeText, tokenize } from '../text/normalize';
import { PassageHit, PassageIndex } from './passage-index';
import { Passage } from './passages';
import { SearchQuery } from './build-query';

/** A name met only through its stem ("add" for "Adda") barely counts: it is likely another word. */
const STEM_ONLY_NAME_COVER = 0.2;

/**
 * Judged on the passage's own words (as the index holds them), not on what the search matched:
 * on a large folder the search leaves common words out, yet a passage holding them covers them.
 */
export function coverageOf(query: SearchQuery, words: PassageWords, index: PassageIndex): number {
  const covered = new Map<string, number>();
  const passageWords = words.written;
  for (const term of query.terms) {
    const found = term.prefix ? startsAny(words.stems, term.term) : words.stems.has(term.term);
    if (!found) continue;
    for (const { word, weight } of term.covers) covered.set(word, Math.max(covered.get(word) ?? 0, weight));
  }
  for (const phrase of query.phrases ?? []) {
    if (!phrase.stems.every((stem) => words.stems.has(stem))) continue;
    for (const { word, weight } of phrase.covers) covered.set(word, Math.max(covered.get(word) ?? 0, weight));
  }
  for (const [stem, name] of query.names) {
    const written = passageWords.has(name) || passageWords.has(`${name}s`) || (name.endsWith('s') && passageWords.has(name.slice(0, -1)));
    if (covered.has(stem) && !written) covered.set(stem, Math.min(covered.get(stem)!, STEM_ONLY_NAME_COVER));
  }
  let total = 0;
  let got = 0;
  for (const word of query.topicWords) {
    const weight = index.idf(word);
    total += weight;
    got += weight * (covered.get(word) ?? 0);
  }
  return total === 0 ? 0 : got / total;
}

function startsAny(stems: Set<string>, prefix: string): boolean {
  for (const stem of stems) if (stem.startsWith(prefix)) return true;
  return false;
}

export interface RankedHit extends PassageHit {
  coverage: number;
}

const RERANK_DEPTH = 20;

/** A passage in another language than the question's is still found, but yields to one in the reader's own. */
const OTHER_LANGUAGE_FACTOR = 0.75;
/** Each pair of the question's words that stands side by side in a passage ("CLOUD Act") raises it this much. */
const ADJACENT_PAIR_BONUS = 0.3;
const MAX_ADJACENT_PAIRS = 3;

export interface PassageWords {
  /** Every term the index holds for the passage: its document's title, its heading and its text. */
  stems: Set<string>;
  /** Adjacent word pairs, normalised as the index normalises the passage. */
  pairs: Set<string>;
  /** Every word as written (lowercased), to tell a name from a word that stems alike. */
  written: Set<string>;
}

/** Bounded, so a large folder asked about widely keeps the passages asked about most, not all. */
const wordsOfPassage = new LRUCache<Passage, PassageWords>({ max: 2000 });

export function wordsOf(passage: Passage, document: Pick<KnowledgeDocument, 'title' | 'language'> | undefined): PassageWords {
  let words = wordsOfPassage.get(passage);
  if (!words) {
    const body = normalizeText(passage.text, passage.language);
    const title = normalizeText(document?.title ?? '', document?.language ?? passage.language);
    words = {
      stems: new Set([...title, ...normalizeText(passage.heading, passage.language), ...body]),
      pairs: new Set(body.slice(1).map((word, i) => `${body[i]} ${word}`)),
      written: new Set(tokenize(`${passage.heading}\n${passage.text}`)),
    };
    wordsOfPassage.set(passage, words);
  }
  return words;
}

/** lunr has no phrase search; a passage that keeps the question's words together is the likelier answer. */
function adjacencyFactor(questionPairs: string[], words: PassageWords): number {
  if (questionPairs.length === 0) return 1;
  const present = words.pairs;
  const found = questionPairs.filter((pair) => present.has(pair)).length;
  return 1 + ADJACENT_PAIR_BONUS * Math.min(found, MAX_ADJACENT_PAIRS);
}

/**
 * lunr's scores reward a passage that repeats one query word; a passage that covers more of
 * the question is the better answer. Re-rank the top hits by score and coverage together,
 * preferring passages the reader can read in their own language.
 */
/** A passage holding what the kind of question asks for (a date for "when") is the likelier answer. */
const KIND_EVIDENCE_BONUS = 0.4;

export interface PassageLookup {
  passagesById: ReadonlyMap<string, Passage>;
  documentsById: ReadonlyMap<string, Pick<KnowledgeDocument, 'title' | 'language'>>;
}

export function rankHits(query: SearchQuery, hits: PassageHit[], index: PassageIndex, lookup: PassageLookup, language: Language, kind: QuestionKind = 'fact'): RankedHit[] {
  const questionPairs = query.words.slice(1).map((word, i) => `${query.words[i]} ${word}`);
  return hits
    .slice(0, RERANK_DEPTH)
    .flatMap((hit) => {
      const passage = lookup.passagesById.get(hit.passageId);
      if (!passage) return [];
      const words = wordsOf(passage, lookup.documentsById.get(passage.docId));
      const coverage = coverageOf(query, words, index);
      const languageFactor = passage.language === language ? 1 : OTHER_LANGUAGE_FACTOR;
      const evidence = sentencesOf(passage).sentences.some((s) => sentenceAnswersKind(s, kind, passage.language)) ? 1 + KIND_EVIDENCE_BONUS : 1;
      return [{ ...hit, coverage, score: hit.score * (0.25 + coverage) * languageFactor * adjacencyFactor(questionPairs, words) * evidence }];
    })
    .sort((a, b) => b.score - a.score);
}
