import { FacetEntry, Glossary, KnowledgeDocument, Ruling, Verdict } from '../../../bot/engine/types';
import { activeRulings, decideVerdict } from '../../../bot/engine/verdict/decide-verdict';

const facet = (id: string, parent?: string): FacetEntry => ({ id, parent, label: { sv: id, en: id }, synonyms: [id] });
const glossary: Glossary = {
  services: { office365: facet('office365'), onedrive: facet('onedrive', 'office365'), teams: facet('teams', 'office365'), zoom: facet('zoom') },
  data: { confidential: facet('confidential'), health: facet('health', 'confidential'), internal: facet('internal') },
  terms: [],
};

const rule = (service: string, data: string, verdict: Verdict): Ruling => ({ service, data, verdict, conditions: [] });
const doc = (id: string, date: string, rulings: Ruling[], supersedes: string[] = []): KnowledgeDocument => ({
  id, title: id, kind: 'decision', issuer: 'Test', date, dateApproximate: false, language: 'sv', supersedes, rulings, path: `${id}.md`, sections: [],
});

interface Case {
  name: string;
  docs: KnowledgeDocument[];
  services: string[];
  data: string[];
  verdict: Verdict | null;
  winner?: string;
  caveats?: string[];
}

const cases: Case[] = [
  { name: 'a direct ruling decides', docs: [doc('a', '2018-01-01', [rule('office365', 'health', 'pending')])], services: ['office365'], data: ['health'], verdict: 'pending', winner: 'a' },
  { name: 'a data class inherits its parent\'s ruling', docs: [doc('a', '2018-01-01', [rule('office365', 'confidential', 'pending')])], services: ['office365'], data: ['health'], verdict: 'pending', winner: 'a' },
  { name: 'a service inherits its parent\'s ruling', docs: [doc('a', '2018-01-01', [rule('office365', 'internal', 'conditional')])], services: ['onedrive'], data: ['internal'], verdict: 'conditional', winner: 'a' },
  { name: 'the most specific data class wins over a newer broader one', docs: [doc('old', '2017-01-01', [rule('office365', 'health', 'not_allowed')]), doc('new', '2019-01-01', [rule('office365', 'confidential', 'allowed')])], services: ['office365'], data: ['health'], verdict: 'not_allowed', winner: 'old', caveats: ['new'] },
  { name: 'then the most specific service', docs: [doc('broad', '2019-01-01', [rule('office365', 'internal', 'allowed')]), doc('narrow', '2018-01-01', [rule('onedrive', 'internal', 'pending')])], services: ['onedrive'], data: ['internal'], verdict: 'pending', winner: 'narrow', caveats: ['broad'] },
  { name: 'then the newest', docs: [doc('old', '2017-01-01', [rule('office365', 'internal', 'pending')]), doc('new', '2019-01-01', [rule('office365', 'internal', 'allowed')])], services: ['office365'], data: ['internal'], verdict: 'allowed', winner: 'new' },
  { name: 'a superseded ruling never decides, even when newer', docs: [doc('replaced', '2020-01-01', [rule('office365', 'internal', 'not_allowed')]), doc('replacing', '2019-01-01', [rule('office365', 'internal', 'allowed')], ['replaced'])], services: ['office365'], data: ['internal'], verdict: 'allowed', winner: 'replacing' },
  { name: '`any` applies to every service but is least specific', docs: [doc('any', '2020-01-01', [rule('any', 'health', 'not_allowed')]), doc('o365', '2018-01-01', [rule('office365', 'health', 'pending')])], services: ['teams'], data: ['health'], verdict: 'pending', winner: 'o365', caveats: ['any'] },
  { name: 'no service named: only `any` rulings decide', docs: [doc('o365', '2018-01-01', [rule('office365', 'health', 'pending')])], services: [], data: ['health'], verdict: null },
  { name: 'no service named, an `any` ruling decides', docs: [doc('any', '2018-01-01', [rule('any', 'health', 'conditional')])], services: [], data: ['health'], verdict: 'conditional', winner: 'any' },
  { name: 'a service but no data class: no verdict', docs: [doc('a', '2018-01-01', [rule('office365', 'internal', 'allowed')])], services: ['office365'], data: [], verdict: null },
  { name: 'no applicable ruling: null, never a guess', docs: [doc('a', '2018-01-01', [rule('office365', 'health', 'pending')])], services: ['zoom'], data: ['health'], verdict: null },
  { name: 'a newer broader ruling that agrees is no caveat', docs: [doc('narrow', '2017-01-01', [rule('office365', 'health', 'pending')]), doc('broad', '2019-01-01', [rule('office365', 'confidential', 'pending')])], services: ['office365'], data: ['health'], verdict: 'pending', winner: 'narrow', caveats: [] },
  { name: 'an older broader ruling that disagrees is no caveat', docs: [doc('broad', '2016-01-01', [rule('office365', 'confidential', 'allowed')]), doc('narrow', '2017-01-01', [rule('office365', 'health', 'pending')])], services: ['office365'], data: ['health'], verdict: 'pending', winner: 'narrow', caveats: [] },
];

describe('decideVerdict', () => {
  test.each(cases)('$name', ({ docs, services, data, verdict, winner, caveats }) => {
    const decision = decideVerdict({ services, data }, activeRulings(docs), glossary);
    expect(decision.verdict).toBe(verdict);
    if (winner) expect(decision.pairs[0].winner?.document.id).toBe(winner);
    if (caveats) expect(decision.pairs[0].caveats.map((c) => c.document.id)).toEqual(caveats);
  });

  test('several facets: the strictest verdict stands and an undecided pair is named', () => {
    const docs = [doc('a', '2018-01-01', [rule('office365', 'internal', 'conditional'), rule('office365', 'confidential', 'pending')])];
    const decision = decideVerdict({ services: ['office365', 'zoom'], data: ['internal', 'health'] }, activeRulings(docs), glossary);
    expect(decision.verdict).toBe('pending');
    const undecided = decision.pairs.filter((p) => !p.winner).map((p) => `${p.service}/${p.data}`);
    expect(undecided).toEqual(['zoom/internal', 'zoom/health']);
  });

  test('when a class and its ancestor are both named, the specific one is decided', () => {
    const docs = [doc('a', '2018-01-01', [rule('office365', 'confidential', 'pending'), rule('office365', 'health', 'not_allowed')])];
    const decision = decideVerdict({ services: ['office365'], data: ['confidential', 'health'] }, activeRulings(docs), glossary);
    expect(decision.pairs.map((p) => p.data)).toEqual(['health']);
    expect(decision.verdict).toBe('not_allowed');
  });

  test('strictness order: not_allowed over pending over conditional over allowed', () => {
    const verdicts: Verdict[] = ['allowed', 'conditional', 'pending', 'not_allowed'];
    for (let i = 1; i < verdicts.length; i++) {
      const docs = [doc('a', '2018-01-01', [rule('office365', 'internal', verdicts[i - 1]), rule('zoom', 'internal', verdicts[i])])];
      expect(decideVerdict({ services: ['office365', 'zoom'], data: ['internal'] }, activeRulings(docs), glossary).verdict).toBe(verdicts[i]);
    }
  });
});
