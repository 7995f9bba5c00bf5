/**
 * What a search costs is the postings it reads: lunr scores every passage that holds any query
 * term, so a word found in thousands of passages ("data", "använda", "office") costs the most
 * and tells the least. As Lucene's common-terms query does, the rarest terms pick the
 * candidates, within a budget of postings, and the common ones are left to coverage, which
 * judges each candidate on its own words (see relevance.ts). A query within the budget, as
 * every query on a folder of a few hundred passages is, is searched whole.
 */
import { QueryTerm } from './passage-index';

/** Postings one search may read: lunr spends 2–3.5 µs on each on this 2-core machine, so about 5 ms at most. */
export const POSTINGS_BUDGET = 2000;

export function chooseSearchTerms<T extends QueryTerm>(terms: T[], postingsOf: (term: QueryTerm) => number, budget = POSTINGS_BUDGET): T[] {
  const costed = terms.map((term, position) => ({ term, position, cost: postingsOf(term) })).filter((t) => t.cost > 0);
  if (costed.reduce((sum, t) => sum + t.cost, 0) <= budget) return costed.map((t) => t.term);
  // Rarest first; between equally rare terms, the question's own words before their synonyms.
  costed.sort((a, b) => a.cost - b.cost || b.term.boost - a.term.boost || a.position - b.position);
  const chosen: typeof costed = [];
  let spent = 0;
  for (const candidate of costed) {
    // The rarest term is searched whatever it costs, or a question of common words finds nothing.
    if (chosen.length > 0 && spent + candidate.cost > budget) break;
    chosen.push(candidate);
    spent += candidate.cost;
  }
  return chosen.sort((a, b) => a.position - b.position).map((t) => t.term);
}
