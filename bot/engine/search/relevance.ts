/**
 * How much of a question a passage answers: the share of the question's content words,
 * weighted by rarity, that the passage matched directly or through a translation or synonym.
 * Facets alone never make a question answered; this does.
 */
import { PassageHit, PassageIndex } from './passage-index';
import { SearchQuery } from './build-query';

export function coverageOf(query: SearchQuery, hit: PassageHit, index: PassageIndex): number {
  const matched = new Set(hit.matchedTerms);
  const covered = new Set<string>();
  for (const term of query.terms) {
    const found = term.prefix ? hit.matchedTerms.some((m) => m.startsWith(term.term)) : matched.has(term.term);
    if (found) term.covers.forEach((word) => covered.add(word));
  }
  let total = 0;
  let got = 0;
  for (const word of query.topicWords) {
    const weight = index.idf(word);
    total += weight;
    if (covered.has(word)) got += weight;
  }
  return total === 0 ? 0 : got / total;
}

export interface RankedHit extends PassageHit {
  coverage: number;
}

const RERANK_DEPTH = 20;

/** A passage in another language than the question's is still found, but yields to one in the reader's own. */
const OTHER_LANGUAGE_FACTOR = 0.75;

/**
 * lunr's scores reward a passage that repeats one query word; a passage that covers more of
 * the question is the better answer. Re-rank the top hits by score and coverage together,
 * preferring passages the reader can read in their own language.
 */
export function rankHits(query: SearchQuery, hits: PassageHit[], index: PassageIndex, sameLanguage: (passageId: string) => boolean): RankedHit[] {
  return hits
    .slice(0, RERANK_DEPTH)
    .map((hit) => ({ ...hit, coverage: coverageOf(query, hit, index) }))
    .map((hit) => ({ ...hit, score: hit.score * (0.25 + hit.coverage) * (sameLanguage(hit.passageId) ? 1 : OTHER_LANGUAGE_FACTOR) }))
    .sort((a, b) => b.score - a.score);
}
