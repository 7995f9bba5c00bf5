/**
 * The passage index. lunr builds it: its Builder weighs every term of every field with BM25
 * (field boosts folded in) into one vector per passage and field, and lists each term's
 * passages. A search scores with exactly lunr's formula, the sum over fields of
 * dot(query vector, field vector) / |query vector| (test/engine/search checks it against
 * `lunr.Index.query`), but reads the vectors as numbers by the passage's place: lunr's own
 * query makes a string key and a match object for every posting it reads, which was half of a
 * question's time on a 10,000-passage folder. Text is normalised by our own pipeline before it
 * reaches lunr (each passage by its language), so lunr's pipelines stay empty.
 */
import lunr from 'lunr';
import { DocumentInfo } from '../types';
import { normalizeText } from '../text/normalize';
import { Passage } from './passages';
import { chooseSearchTerms } from './choose-search-terms';

export const FIELD_BOOSTS = { title: 4, heading: 2, body: 1 } as const;

/** The fields in the order postings and vectors list them. */
const FIELDS = ['title', 'heading', 'body'] as const satisfies (keyof typeof FIELD_BOOSTS)[];

/** One term as lunr indexed it: its place in the field vectors, how many passages hold it, and per field those passages' places. */
interface TermPostings {
  termIndex: number;
  passages: number;
  places: number[][];
}

export interface SerializedPassageIndex {
  /** Per term: the term, lunr's index of it, the number of passages holding it, then per field (FIELDS order) their places. */
  postings: [string, number, number, ...number[][]][];
  /** Per field (FIELDS order), per passage place: lunr's field vector, `[term index, weight, …]` by term index. */
  vectors: number[][][];
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
}

/** Hits returned by a search: more than relevance re-ranks, far fewer than a large folder matches. */
const SEARCH_LIMIT = 50;

/** lunr's index of the passages, fields in FIELDS order with their boosts, each passage's ref its place in base 36. */
export function buildLunrIndex(passages: Passage[], documents: Map<string, DocumentInfo>): lunr.Index {
  const builder = new lunr.Builder();
  builder.ref('id');
  for (const field of FIELDS) builder.field(field, { boost: FIELD_BOOSTS[field] });
  for (const [place, passage] of passages.entries()) {
    const document = documents.get(passage.docId);
    builder.add({
      id: place.toString(36),
      title: normalizeText(document?.title ?? '', document?.language ?? passage.language).join(' '),
      heading: normalizeText(passage.heading, passage.language).join(' '),
      body: normalizeText(passage.text, passage.language).join(' '),
    });
  }
  return builder.build();
}

type LunrPosting = { _index: number } & Record<string, Record<string, object>>;

export class PassageIndex {
  /** The index's terms in order, for the postings of a prefix; sorted on first use. */
  private sortedTerms?: string[];

  private constructor(
    private readonly postings: Map<string, TermPostings>,
    /** Per field, per place: lunr's field vector. */
    private readonly vectors: number[][][],
    /** Passage ids by their place in the index. */
    private readonly passageIds: string[],
  ) {}

  get passageCount(): number {
    return this.passageIds.length;
  }

  static build(passages: Passage[], documents: Map<string, DocumentInfo>): PassageIndex {
    const index = buildLunrIndex(passages, documents);
    const { invertedIndex, fieldVectors } = index.toJSON() as unknown as { invertedIndex: [string, LunrPosting][]; fieldVectors: [string, number[]][] };
    const postings = new Map<string, TermPostings>();
    for (const [term, posting] of invertedIndex) {
      const places = FIELDS.map((field) => Object.keys(posting[field]).map((ref) => parseInt(ref, 36)));
      postings.set(term, { termIndex: posting._index, passages: new Set(places.flat()).size, places });
    }
    const vectors = FIELDS.map(() => passages.map((): number[] => []));
    for (const [fieldRef, elements] of fieldVectors) {
      // lunr names a field vector "field/ref".
      const slash = fieldRef.indexOf('/');
      vectors[FIELDS.indexOf(fieldRef.slice(0, slash) as (typeof FIELDS)[number])][parseInt(fieldRef.slice(slash + 1), 36)] = elements;
    }
    return new PassageIndex(postings, vectors, passages.map((p) => p.id));
  }

  /** `passageIds` in the order the index was built from. */
  static load(saved: SerializedPassageIndex, passageIds: string[]): PassageIndex {
    const postings = new Map<string, TermPostings>();
    for (const [term, termIndex, passages, ...places] of saved.postings) postings.set(term, { termIndex, passages, places });
    return new PassageIndex(postings, saved.vectors, passageIds);
  }

  toJSON(): SerializedPassageIndex {
    return {
      postings: Array.from(this.postings, ([term, { termIndex, passages, places }]): [string, number, number, ...number[][]] => [term, termIndex, passages, ...places]),
      vectors: this.vectors,
    };
  }

  /** Whether any passage holds this (normalised) term. */
  hasTerm(term: string): boolean {
    return this.postings.has(term);
  }

  /** Every term of the index, for reading a typo as the word the knowledge uses. */
  terms(): IterableIterator<string> {
    return this.postings.keys();
  }

  /** Inverse document frequency: rare words weigh more; a word the index lacks weighs most. */
  idf(term: string): number {
    return Math.log(1 + this.passageCount / (this.postings.get(term)?.passages ?? 1));
  }

  /** How many passages hold the term (for a prefix, the sum over the terms it starts). */
  postingsOf(term: QueryTerm): number {
    let postings = 0;
    for (const indexTerm of this.expand(term)) postings += this.postings.get(indexTerm)!.passages;
    return postings;
  }

  /** The best passages for the terms, best first; on a large folder only by its rarer terms (see choose-search-terms). */
  search(terms: QueryTerm[], limit = SEARCH_LIMIT): PassageHit[] {
    // lunr's query vector: every index term a query term reaches, with the boosts of all that reach it summed.
    const queryWeights = new Map<string, number>();
    for (const term of chooseSearchTerms(terms, (t) => this.postingsOf(t))) {
      for (const indexTerm of this.expand(term)) queryWeights.set(indexTerm, (queryWeights.get(indexTerm) ?? 0) + term.boost);
    }
    let squares = 0;
    for (const weight of queryWeights.values()) squares += weight * weight;
    if (squares === 0) return [];
    const scores = new Map<number, number>();
    for (const [indexTerm, queryWeight] of queryWeights) {
      const { termIndex, places } = this.postings.get(indexTerm)!;
      for (let field = 0; field < FIELDS.length; field++) {
        const vectors = this.vectors[field];
        for (const place of places[field]) scores.set(place, (scores.get(place) ?? 0) + queryWeight * weightOf(vectors[place], termIndex));
      }
    }
    const magnitude = Math.sqrt(squares);
    return Array.from(scores, ([place, score]) => ({ place, score: score / magnitude }))
      .sort((a, b) => b.score - a.score || a.place - b.place)
      .slice(0, limit)
      .map(({ place, score }) => ({ passageId: this.passageIds[place], score }));
  }

  /** The index terms a query term reaches: itself if indexed, or for a prefix every term it starts. */
  private expand({ term, prefix }: QueryTerm): string[] {
    if (!prefix) return this.postings.has(term) ? [term] : [];
    this.sortedTerms ??= [...this.postings.keys()].sort();
    const sorted = this.sortedTerms;
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (sorted[middle] < term) low = middle + 1;
      else high = middle;
    }
    const reached: string[] = [];
    for (let i = low; i < sorted.length && sorted[i].startsWith(term); i++) reached.push(sorted[i]);
    return reached;
  }
}

/** The weight of the term at `termIndex` in a field vector (`[term index, weight, …]`, ascending): found by halves. */
function weightOf(vector: number[], termIndex: number): number {
  let low = 0;
  let high = vector.length / 2 - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const at = vector[middle * 2];
    if (at === termIndex) return vector[middle * 2 + 1];
    if (at < termIndex) low = middle + 1;
    else high = middle - 1;
  }
  return 0;
}
