/**
 * The lunr index over passages. Text is normalised by our own pipeline before it reaches
 * lunr (each passage by its language), so lunr's pipelines stay empty and a saved index
 * loads without registering anything.
 */
import lunr from 'lunr';
import { DocumentInfo } from '../types';
import { normalizeText } from '../text/normalize';
import { Passage } from './passages';
import { chooseSearchTerms } from './choose-search-terms';

export const FIELD_BOOSTS = { title: 4, heading: 2, body: 1 } as const;

export interface SerializedPassageIndex {
  /** lunr's own serialisation, less its inverted index, which `postings` holds compactly. */
  lunr: SerializedLunr;
  /** Per term: the term, lunr's index of it, then per field (in FIELD_BOOSTS order) the places of the passages that hold it. */
  postings: [string, number, ...number[][]][];
  documentFrequency: Record<string, number>;
}

type LunrPosting = { _index: number } & Record<string, Record<string, object>>;

interface SerializedLunr {
  fields: string[];
  invertedIndex: [string, LunrPosting | PackedPosting][];
  [other: string]: unknown;
}

/** The fields in FIELD_BOOSTS order, as PackedPosting reads them. */
const FIELDS = ['title', 'heading', 'body'] as const satisfies (keyof typeof FIELD_BOOSTS)[];

/**
 * One term's postings as lunr reads them (`posting._index`, `posting[field][ref]`), unpacked
 * from the saved places on first read: a search reads few terms, so loading stays fast and
 * terms never searched cost one small object each.
 */
class PackedPosting {
  private unpacked: Record<string, object>[] = [];

  constructor(
    readonly _index: number,
    private readonly places: number[][],
    private readonly refs: string[],
  ) {}

  get title() {
    return this.field(0);
  }

  get heading() {
    return this.field(1);
  }

  get body() {
    return this.field(2);
  }

  private field(k: number): Record<string, object> {
    let holders = this.unpacked[k];
    if (!holders) {
      holders = {};
      // The index records no term positions or other metadata, so every posting shares one empty object.
      for (const place of this.places[k]) holders[this.refs[place]] = NO_METADATA;
      this.unpacked[k] = holders;
    }
    return holders;
  }
}

const NO_METADATA = Object.freeze({});

export interface QueryTerm {
  term: string;
  boost: number;
  /** Match every index term that starts with `term` (Swedish compounds). */
  prefix?: boolean;
}

export interface PassageHit {
  passageId: string;
  score: number;
}

/** Hits returned by a search: more than relevance re-ranks, far fewer than a large folder matches. */
const SEARCH_LIMIT = 50;

export class PassageIndex {
  /** The index's terms in order, for the postings of a prefix; sorted on first use. */
  private sortedTerms?: string[];

  private constructor(
    private readonly index: lunr.Index,
    private readonly documentFrequency: Map<string, number>,
    /** Passage ids by their place in the index: lunr's refs are those places, short, in base 36. */
    private readonly passageIds: string[],
  ) {}

  get passageCount(): number {
    return this.passageIds.length;
  }

  static build(passages: Passage[], documents: Map<string, DocumentInfo>): PassageIndex {
    const builder = new lunr.Builder();
    builder.ref('id');
    for (const field of FIELDS) builder.field(field, { boost: FIELD_BOOSTS[field] });
    const documentFrequency = new Map<string, number>();
    for (const [place, passage] of passages.entries()) {
      const document = documents.get(passage.docId);
      const fields = {
        title: normalizeText(document?.title ?? '', document?.language ?? passage.language).join(' '),
        heading: normalizeText(passage.heading, passage.language).join(' '),
        body: normalizeText(passage.text, passage.language).join(' '),
      };
      for (const term of new Set(Object.values(fields).join(' ').split(' ').filter(Boolean))) {
        documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
      }
      // Every posting and field vector names its ref, so a short one keeps the saved index small.
      builder.add({ id: place.toString(36), ...fields });
    }
    return new PassageIndex(builder.build(), documentFrequency, passages.map((p) => p.id));
  }

  /** `passageIds` in the order the index was built from. */
  static load(saved: SerializedPassageIndex, passageIds: string[]): PassageIndex {
    const refs = passageIds.map((_, place) => place.toString(36));
    const invertedIndex = saved.postings.map(([term, termIndex, ...places]) => [term, new PackedPosting(termIndex, places, refs)]);
    return new PassageIndex(lunr.Index.load({ ...saved.lunr, invertedIndex }), new Map(Object.entries(saved.documentFrequency)), passageIds);
  }

  toJSON(): SerializedPassageIndex {
    const { invertedIndex, ...rest } = this.index.toJSON() as unknown as SerializedLunr;
    const postings = invertedIndex.map(([term, posting]): [string, number, ...number[][]] => [
      term,
      posting._index,
      ...FIELDS.map((field) => Object.keys((posting as LunrPosting)[field]).map((ref) => parseInt(ref, 36))),
    ]);
    return { lunr: { ...rest, invertedIndex: [] }, postings, documentFrequency: Object.fromEntries(this.documentFrequency) };
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

  /** How many passages hold the term (for a prefix, the sum over the terms it starts). */
  postingsOf({ term, prefix }: QueryTerm): number {
    if (!prefix) return this.documentFrequency.get(term) ?? 0;
    this.sortedTerms ??= [...this.documentFrequency.keys()].sort();
    const terms = this.sortedTerms;
    let low = 0;
    let high = terms.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (terms[middle] < term) low = middle + 1;
      else high = middle;
    }
    let postings = 0;
    for (let i = low; i < terms.length && terms[i].startsWith(term); i++) postings += this.documentFrequency.get(terms[i])!;
    return postings;
  }

  /** The best passages for the terms, best first; on a large folder only by its rarer terms (see choose-search-terms). */
  search(terms: QueryTerm[], limit = SEARCH_LIMIT): PassageHit[] {
    const chosen = chooseSearchTerms(terms, (term) => this.postingsOf(term));
    if (chosen.length === 0) return [];
    // Built with the query API, never the query string parser: user text cannot be lunr syntax.
    const results = this.index.query((query) => {
      for (const { term, boost, prefix } of chosen) {
        query.term(term, { boost, usePipeline: false, wildcard: prefix ? lunr.Query.wildcard.TRAILING : lunr.Query.wildcard.NONE });
      }
    });
    return results.slice(0, limit).map((result) => ({ passageId: this.passageIds[parseInt(result.ref, 36)], score: result.score }));
  }
}
