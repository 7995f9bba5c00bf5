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
  for (const word of query.words) {
    const weight = index.idf(word);
    total += weight;
    if (covered.has(word)) got += weight;
  }
  return total === 0 ? 0 : got / total;
}
