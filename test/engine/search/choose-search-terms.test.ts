import { chooseSearchTerms } from '../../../bot/engine/search/choose-search-terms';
import { QueryTerm } from '../../../bot/engine/search/passage-index';

/** Postings per term, as an index would report them. */
const POSTINGS: Record<string, number> = { data: 1500, lagra: 900, office: 700, hälsodata: 40, journal: 40, okänt: 0 };
const postingsOf = (term: QueryTerm) => POSTINGS[term.term] ?? 0;
const names = (terms: QueryTerm[]) => terms.map((t) => t.term);
const term = (name: string, boost = 1): QueryTerm => ({ term: name, boost });

describe('choosing the terms a search reads', () => {
  it('keeps every term that has postings when the whole query fits the budget', () => {
    expect(names(chooseSearchTerms([term('lagra'), term('okänt'), term('hälsodata')], postingsOf, 1000))).toEqual(['lagra', 'hälsodata']);
  });

  it('leaves out the commonest terms first, keeping the rest in the question order', () => {
    const chosen = chooseSearchTerms([term('data'), term('lagra'), term('hälsodata'), term('office')], postingsOf, 1000);
    expect(names(chosen)).toEqual(['hälsodata', 'office']);
  });

  it('keeps the rarest term even when it alone is over the budget', () => {
    expect(names(chooseSearchTerms([term('data'), term('lagra')], postingsOf, 100))).toEqual(['lagra']);
  });

  it('prefers the question’s own word to a synonym that is just as rare', () => {
    expect(names(chooseSearchTerms([term('journal', 0.3), term('hälsodata', 1), term('data')], postingsOf, 50))).toEqual(['hälsodata']);
  });
});
