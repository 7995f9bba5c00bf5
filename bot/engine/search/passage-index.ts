/**
 * The lunr index over passages. Text is normalised by our own pipeline before it reaches
 * lunr (each passage by its language), so lunr's pipelines stay empty and a saved index
 * loads without registering anything.
 */
import lunr from 'lunr';
import { KnowledgeDocument } from '../types';
import { normalizeText } from '../text/normalize';
import { Passage } from './passages';

export const FIELD_BOOSTS = { title: 4, heading: 2, body: 1 } as const;

export interface SerializedPassageIndex {
  lunr: object;
  documentFrequency: Record<string, number>;
}

export interface QueryTerm {
  term: string;
  boost: number;
  /** Match every index term that starts with `term` (Swedish compounds). */
  prefix?: boolean;
}

export interface PassageHit {
  passageId: string;
  score: number;
  /** Index terms that matched in this passage. */
  matchedTerms: string[];
}

export class PassageIndex {
  private constructor(
    private readonly index: lunr.Index,
    private readonly documentFrequency: Map<string, number>,
    readonly passageCount: number,
  ) {}

  static build(passages: Passage[], documents: Map<string, KnowledgeDocument>): PassageIndex {
    const builder = new lunr.Builder();
    builder.ref('id');
    for (const [field, boost] of Object.entries(FIELD_BOOSTS)) builder.field(field, { boost });
    const documentFrequency = new Map<string, number>();
    for (const passage of passages) {
      const document = documents.get(passage.docId);
      const fields = {
        title: normalizeText(document?.title ?? '', document?.language ?? passage.language).join(' '),
        heading: normalizeText(passage.heading, passage.language).join(' '),
        body: normalizeText(passage.text, passage.language).join(' '),
      };
      for (const term of new Set(Object.values(fields).join(' ').split(' ').filter(Boolean))) {
        documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
      }
      builder.add({ id: passage.id, ...fields });
    }
    return new PassageIndex(builder.build(), documentFrequency, passages.length);
  }

  static load(saved: SerializedPassageIndex, passageCount: number): PassageIndex {
    return new PassageIndex(lunr.Index.load(saved.lunr), new Map(Object.entries(saved.documentFrequency)), passageCount);
  }

  toJSON(): SerializedPassageIndex {
    return { lunr: this.index.toJSON(), documentFrequency: Object.fromEntries(this.documentFrequency) };
  }

  /** Whether any passage holds this (normalised) term. */
  hasTerm(term: string): boolean {
    return this.documentFrequency.has(term);
  }

  /** Every term of the index, for reading a typo as the word the knowledge uses. */
  terms(): IterableIterator<string> {
    return this.documentFrequency.keys();
  }

  /** Inverse document frequency: rare words weigh more; a word the index lacks weighs most. */
  idf(term: string): number {
    return Math.log(1 + this.passageCount / (this.documentFrequency.get(term) ?? 1));
  }

  search(terms: QueryTerm[]): PassageHit[] {
    if (terms.length === 0) return [];
    // Built with the query API, never the query string parser: user text cannot be lunr syntax.
    const results = this.index.query((query) => {
      for (const { term, boost, prefix } of terms) {
        query.term(term, { boost, usePipeline: false, wildcard: prefix ? lunr.Query.wildcard.TRAILING : lunr.Query.wildcard.NONE });
      }
    });
    return results.map((result) => ({
      passageId: result.ref,
      score: result.score,
      matchedTerms: Object.keys(result.matchData.metadata),
    }));
  }
}
