import { Concerns, FacetEntry, Glossary, KnowledgeDocument, Ruling } from '../../../bot/engine/types';
import { laterDocumentsFor } from '../../../bot/engine/verdict/later-documents';

const facet = (id: string, parent?: string): FacetEntry => ({ id, parent, label: { sv: id, en: id }, synonyms: [id] });
const glossary: Glossary = {
  services: { office365: facet('office365'), onedrive: facet('onedrive', 'office365'), teams: facet('teams', 'office365'), zoom: facet('zoom') },
  data: {
    confidential: facet('confidential'), health: facet('health', 'confidential'), patient: facet('patient', 'health'),
    school: facet('school', 'confidential'), internal: facet('internal'),
  },
  terms: [],
};

const base = (id: string, date: string): KnowledgeDocument => ({
  id, title: id, kind: 'law', issuer: 'Riksdagen', date, dateApproximate: false, language: 'sv', supersedes: [], rulings: [], path: `${id}.md`, sections: [],
});
const decision = (service: string, data: string, date = '2018-10-01'): { ruling: Ruling; document: KnowledgeDocument } => {
  const ruling: Ruling = { service, data, verdict: 'pending', conditions: [] };
  return { ruling, document: { ...base('beslut', date), kind: 'decision', rulings: [ruling] } };
};
const concerning = (id: string, date: string, services: string[], data: string[], supersedes: string[] = []): KnowledgeDocument => {
  const concerns: Concerns = { services, data, change: { sv: `${id} ändrade något.` } };
  return { ...base(id, date), supersedes, concerns };
};
const idsFor = (ref: ReturnType<typeof decision>, documents: KnowledgeDocument[]) =>
  laterDocumentsFor(ref, [ref.document, ...documents], glossary).map((d) => d.id);

describe('laterDocumentsFor', () => {
  const ruling = decision('office365', 'confidential');

  it('finds a newer document that names the same pair', () => {
    expect(idsFor(ruling, [concerning('lag', '2021-01-01', ['office365'], ['confidential'])])).toEqual(['lag']);
  });

  it('leaves out documents dated on or before the ruling', () => {
    expect(idsFor(ruling, [concerning('older', '2018-03-23', ['office365'], ['confidential']), concerning('same-day', '2018-10-01', ['office365'], ['confidential'])])).toEqual([]);
  });

  it('reaches the ruling through a child or a parent of its service, and a descendant or ancestor of its data class', () => {
    const documents = [
      concerning('child-service', '2019-01-01', ['onedrive'], ['confidential']),
      concerning('grandchild-data', '2020-01-01', ['office365'], ['patient']),
      concerning('other-vendor', '2021-01-01', ['zoom'], ['confidential']),
      concerning('other-class', '2022-01-01', ['office365'], ['internal']),
    ];
    expect(idsFor(ruling, documents)).toEqual(['child-service', 'grandchild-data']);
    const narrow = decision('teams', 'health');
    const parents = [concerning('parent-service', '2019-01-01', ['office365'], ['health']), concerning('parent-data', '2020-01-01', ['teams'], ['confidential'])];
    expect(idsFor(narrow, parents)).toEqual(['parent-service', 'parent-data']);
  });

  it('does not reach a sibling: school data does not bear on a health ruling, nor Teams on a OneDrive one', () => {
    const health = decision('onedrive', 'health');
    expect(idsFor(health, [concerning('skola', '2021-01-01', ['onedrive'], ['school']), concerning('teams', '2021-01-01', ['teams'], ['health'])])).toEqual([]);
  });

  it('reads no services as every service and no data classes as every class; an `any` ruling is reached by every service', () => {
    const documents = [concerning('every-service', '2019-01-01', [], ['health']), concerning('every-class', '2020-01-01', ['onedrive'], [])];
    expect(idsFor(ruling, documents)).toEqual(['every-service', 'every-class']);
    expect(idsFor(decision('any', 'internal'), [concerning('zoom-internal', '2019-01-01', ['zoom'], ['internal'])])).toEqual(['zoom-internal']);
  });

  it('leaves out superseded documents and documents without concerns', () => {
    const documents = [
      concerning('old-bill', '2019-01-01', ['office365'], ['confidential']),
      concerning('new-law', '2020-01-01', ['office365'], ['confidential'], ['old-bill']),
      base('no-concerns', '2021-01-01'),
    ];
    expect(idsFor(ruling, documents)).toEqual(['new-law']);
  });

  it('sorts by date, oldest first, whatever the folder order', () => {
    const documents = [concerning('c', '2024-02-01', [], ['confidential']), concerning('a', '2019-11-01', [], ['confidential']), concerning('b', '2023-07-01', [], ['confidential'])];
    expect(idsFor(ruling, documents)).toEqual(['a', 'b', 'c']);
  });
});
