import { knowledgeHealth, reviewBefore, reviewList } from '../../bot/admin/knowledge-health';
import { DocumentInfo, FacetEntry, Glossary } from '../../bot/engine/types';
import { KnowledgeView } from '../../bot/engine/engine';

const facet = (id: string, parent?: string): FacetEntry => ({ id, parent, label: { sv: id, en: id }, synonyms: [id] });
const glossary: Glossary = { services: { office365: facet('office365') }, data: { confidential: facet('confidential'), health: facet('health', 'confidential') }, terms: [] };
const doc = (id: string, date: string, extra: Partial<DocumentInfo> = {}): DocumentInfo => ({
  id, title: `T ${id}`, kind: 'decision', issuer: 'I', date, dateApproximate: false, language: 'sv', supersedes: [], rulings: [], path: `${id}.md`, ...extra,
});
const NOW = new Date('2026-12-03T12:00:00Z');

const view: KnowledgeView = {
  glossary,
  documents: [
    doc('ruling-2018', '2018-10-01', { rulings: [{ service: 'office365', data: 'confidential', verdict: 'pending', conditions: [] }] }),
    doc('old-2016', '2016-05-01'),
    doc('replacement-2024', '2024-01-01', { supersedes: ['old-2016'] }),
    doc('law-2020', '2020-06-01', { kind: 'law', concerns: { services: [], data: ['health'] } }),
  ],
  problems: [
    { path: 'broken.md', line: 3, message: "verdict must be one of allowed, conditional, pending, not_allowed, got 'maybe'" },
    { path: 'law-2020.md', message: 'a warning about a loaded file' },
  ],
  loadedAt: new Date('2026-12-03T11:00:00Z'),
};

describe('knowledge health', () => {
  it('flags documents past the review age, marks superseded ones and lists files left out with their problem', () => {
    const health = knowledgeHealth(view, NOW, 36);
    expect(health.reviewBefore).toBe('2023-12-03');
    expect(health.loadedAt).toBe('2026-12-03T11:00:00.000Z');
    expect(health.documents).toBe(4);
    expect(health.leftOut).toBe(1);
    expect(health.files.map((f) => [f.path, f.status, f.old, f.supersededBy, f.problems.length])).toEqual([
      ['broken.md', 'left_out', false, [], 1],
      ['law-2020.md', 'loaded', true, [], 1],
      ['old-2016.md', 'loaded', true, ['replacement-2024'], 0],
      ['replacement-2024.md', 'loaded', false, [], 0],
      ['ruling-2018.md', 'loaded', true, [], 0],
    ]);
    expect(health.files[0].problems).toEqual([{ line: 3, message: "verdict must be one of allowed, conditional, pending, not_allowed, got 'maybe'" }]);
  });

  it('lists rulings a newer document bears on, and old documents that still count, oldest first', () => {
    const review = reviewList(view, NOW, 36);
    expect(review.rulings).toEqual([
      { document: { id: 'ruling-2018', title: 'T ruling-2018', date: '2018-10-01' }, service: 'office365', data: 'confidential', verdict: 'pending', later: [{ id: 'law-2020', title: 'T law-2020', date: '2020-06-01' }] },
    ]);
    expect(review.oldDocuments.map((d) => d.id)).toEqual(['ruling-2018', 'law-2020']);
  });

  it('counts the review age in calendar months', () => {
    expect(reviewBefore(new Date('2026-03-31T00:00:00Z'), 1)).toBe('2026-02-28');
    expect(reviewBefore(new Date('2026-12-03T00:00:00Z'), 12)).toBe('2025-12-03');
    expect(reviewBefore(new Date('2028-02-29T00:00:00Z'), 12)).toBe('2027-02-28');
  });
});
