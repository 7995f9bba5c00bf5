import { SearchQuery } from '../../../bot/engine/search/build-query';
import { rankHits } from '../../../bot/engine/search/relevance';
import fc from 'fast-check';
import lunr from 'lunr';
import { PassageIndex, buildLunrIndex } from '../../../bot/engine/search/passage-index';
import { normalizeText } from '../../../bot/engine/text/normalize';
import { Passage } from '../../../bot/engine/search/passages';
import { DocumentInfo } from '../../../bot/engine/types';

const document = (id: string, title: string): DocumentInfo => ({
  id, title, kind: 'decision', issuer: 'Kommunen', date: '2024-01-01', language: 'sv', dateApproximate: false, supersedes: [], rulings: [], path: `${id}.md`,
});
const DOCUMENTS = new Map([
  ['beslut', document('beslut', 'Beslut om molntjänster')],
  ['riktlinje', document('riktlinje', 'Riktlinje för lagring')],
]);
const PASSAGES: Passage[] = [
  { id: 'beslut#0', docId: 'beslut', heading: 'Bakgrund', text: 'Patientjournaler får inte lagras i tjänsten.', language: 'sv' },
  { id: 'beslut#1', docId: 'beslut', heading: 'Beslut', text: 'Nämnden beslutar att hälsodata stannar i egen drift.', language: 'sv' },
  { id: 'riktlinje#0', docId: 'riktlinje', heading: 'Lagring', text: 'Hälsodata och patientjournaler kräver kryptering vid lagring.', language: 'sv' },
];

describe('the passage index', () => {
  const built = PassageIndex.build(PASSAGES, DOCUMENTS);
  // Through JSON text, as the cache stores it.
  const loaded = PassageIndex.load(JSON.parse(JSON.stringify(built.toJSON())), PASSAGES.map((p) => p.id));

  it('finds the same passages with the same scores after a save and load', () => {
    for (const terms of [[{ term: 'hälsodat', boost: 1 }], [{ term: 'patientjournal', boost: 1, prefix: true }], [{ term: 'molntjänst', boost: 1 }, { term: 'lagr', boost: 0.5 }]]) {
      expect(loaded.search(terms)).toEqual(built.search(terms));
    }
    expect(loaded.search([{ term: 'hälsodat', boost: 1 }]).map((h) => h.passageId).sort()).toEqual(['beslut#1', 'riktlinje#0']);
  });

  it('names passages by their ids, though lunr knows them by their places', () => {
    expect(loaded.search([{ term: 'molntjänst', boost: 1 }]).map((h) => h.passageId).sort()).toEqual(['beslut#0', 'beslut#1']);
  });

  it('counts the passages holding a term, or every term a prefix starts', () => {
    expect(loaded.postingsOf({ term: 'hälsodat', boost: 1 })).toBe(2);
    expect(loaded.postingsOf({ term: 'patient', boost: 1 })).toBe(0);
    expect(loaded.postingsOf({ term: 'patient', boost: 1, prefix: true })).toBe(2);
    expect(loaded.postingsOf({ term: 'saknas', boost: 1, prefix: true })).toBe(0);
  });

  it('keeps the saved postings compact: places, not passage ids', () => {
    const saved = JSON.stringify(built.toJSON());
    expect(saved).not.toContain('riktlinje#0');
    // The term, lunr's index of it, two passages, then their places per field: none in a title or heading, 1 and 2 in the body.
    expect(built.toJSON().postings.find(([term]) => term === 'hälsodat')).toEqual(['hälsodat', expect.any(Number), 2, [], [], [1, 2]]);
  });
});

describe('scores, as lunr scores them', () => {
  const WORDS = ['moln', 'tjänst', 'tjänsten', 'lagring', 'hälsodata', 'beslut', 'nämnd', 'kryptering', 'journal', 'journaler', 'data', 'drift'];
  const text = (picks: number[]) => picks.map((k) => WORDS[k % WORDS.length]).join(' ');
  const passagesArbitrary = fc.array(fc.record({ heading: fc.array(fc.nat(), { maxLength: 3 }), body: fc.array(fc.nat(), { minLength: 1, maxLength: 15 }), doc: fc.nat({ max: 3 }) }), { minLength: 1, maxLength: 25 });
  const queryArbitrary = fc.array(fc.record({ word: fc.nat(), boost: fc.constantFrom(0.25, 0.5, 1, 2, 3), prefix: fc.boolean() }), { minLength: 1, maxLength: 6 });

  it('gives every passage lunr.Index.query’s score, best first, for any passages and terms', () => {
    fc.assert(
      fc.property(passagesArbitrary, queryArbitrary, (specs, query) => {
        const documents = new Map([0, 1, 2, 3].map((k) => [`d${k}`, document(`d${k}`, text([k, k + 5]))]));
        const passages: Passage[] = specs.map((spec, k) => ({ id: `d${spec.doc}#${k}`, docId: `d${spec.doc}`, heading: text(spec.heading), text: text(spec.body), language: 'sv' }));
        const lunrIndex = buildLunrIndex(passages, documents);
        const index = PassageIndex.load(JSON.parse(JSON.stringify(PassageIndex.build(passages, documents).toJSON())), passages.map((p) => p.id));
        // Stems as the index holds them: the query terms are normalised words, as build-query makes them.
        const terms = query.map(({ word, boost, prefix }) => ({ term: normalizeText(WORDS[word % WORDS.length], 'sv')[0].slice(0, prefix ? 4 : undefined), boost, prefix }));
        const expected = lunrIndex.query((q) => {
          for (const { term, boost, prefix } of terms) q.term(term, { boost, usePipeline: false, wildcard: prefix ? lunr.Query.wildcard.TRAILING : lunr.Query.wildcard.NONE });
        });
        const found = index.search(terms, 1000);
        expect(found.map((hit) => hit.passageId).sort()).toEqual(expected.map((r) => passages[parseInt(r.ref, 36)].id).sort());
        const lunrScore = new Map(expected.map((r) => [passages[parseInt(r.ref, 36)].id, r.score]));
        for (const hit of found) expect(hit.score).toBeCloseTo(lunrScore.get(hit.passageId)!, 9);
        expect(found.map((hit) => hit.score)).toEqual([...found.map((hit) => hit.score)].sort((a, b) => b - a));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the best `limit` passages, ties by their place in the folder', () => {
    const same = (k: number): Passage => ({ id: `beslut#${k}`, docId: 'beslut', heading: 'Beslut', text: 'Hälsodata lagras i egen drift.', language: 'sv' });
    const index = PassageIndex.build([same(0), same(1), same(2)], DOCUMENTS);
    expect(index.search([{ term: 'hälsodat', boost: 1 }], 2).map((hit) => hit.passageId)).toEqual(['beslut#0', 'beslut#1']);
  });
});

describe('coverage of a question by a found passage', () => {
  const index = PassageIndex.build(PASSAGES, DOCUMENTS);
  const lookup = { passagesById: new Map(PASSAGES.map((p) => [p.id, p])), documentsById: DOCUMENTS };
  const word = (term: string) => ({ term, boost: 1, covers: [{ word: term, weight: 1 }] });
  const query: SearchQuery = { words: ['hälsodat', 'kryptering'], topicWords: ['hälsodat', 'kryptering'], terms: [word('hälsodat'), word('kryptering')], names: new Map() };

  it('counts the words a large folder’s search left out, judged on the passage’s own words', () => {
    // Searched on the rarer word only, as chooseSearchTerms does when a query is over its budget.
    const ranked = rankHits(query, index.search([{ term: 'hälsodat', boost: 1 }]), index, lookup, 'sv');
    const coverage = Object.fromEntries(ranked.map((hit) => [hit.passageId, Math.round(hit.coverage * 100) / 100]));
    expect(coverage['riktlinje#0']).toBe(1);
    expect(coverage['beslut#1']).toBeGreaterThan(0.3);
    expect(coverage['beslut#1']).toBeLessThan(0.7);
    expect(ranked[0].passageId).toBe('riktlinje#0');
  });

  it('counts a word as covered by a passage holding every word of a phrase that stands for it', () => {
    // "encryption" is covered by the Swedish phrase "kryptering vid lagring", not by its words one by one.
    const phrased: SearchQuery = {
      words: ['hälsodat', 'encryption'],
      topicWords: ['hälsodat', 'encryption'],
      terms: [word('hälsodat')],
      phrases: [{ stems: normalizeText('kryptering vid lagring', 'sv'), covers: [{ word: 'encryption', weight: 1 }] }],
      names: new Map(),
    };
    const ranked = rankHits(phrased, index.search([{ term: 'hälsodat', boost: 1 }]), index, lookup, 'sv');
    const coverage = Object.fromEntries(ranked.map((hit) => [hit.passageId, Math.round(hit.coverage * 100) / 100]));
    expect(coverage['riktlinje#0']).toBe(1);
    expect(coverage['beslut#1']).toBeLessThan(0.7);
  });
});
