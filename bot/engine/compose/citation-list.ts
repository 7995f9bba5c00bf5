/** Numbers citations in order of first use, one per document, each with its best quote for the question. */
import { Citation, Language, QuestionKind, Quote, SourceRef } from '../types';
import { KnowledgeBase } from '../knowledge-base';
import { SearchQuery } from '../search/build-query';
import { RankedHit } from '../search/relevance';
import { selectQuote } from './select-quote';

/** How many of a document's best passages its quote is chosen from. */
const QUOTE_PASSAGES = 3;
const OTHER_LANGUAGE_QUOTE = 0.6;

export class CitationList {
  readonly list: Citation[] = [];

  constructor(
    private readonly base: KnowledgeBase,
    private readonly query: SearchQuery,
    private readonly hits: RankedHit[],
    private readonly language: Language,
    private readonly kind: QuestionKind,
  ) {}

  cite(docId: string, fallbackQuote?: string): SourceRef {
    const existing = this.list.find((c) => c.id === docId);
    if (existing) return sourceOf(existing);
    const document = this.base.documentsById.get(docId)!;
    const citation: Citation = {
      n: this.list.length + 1,
      id: document.id,
      title: document.title,
      issuer: document.issuer,
      date: document.date,
      dateApproximate: document.dateApproximate,
      ...(document.source ? { source: document.source } : {}),
      quote: this.bestQuote(docId, fallbackQuote),
    };
    this.list.push(citation);
    return sourceOf(citation);
  }

  /** The document's citation as a quote of the answer (citing it if it is not cited yet). */
  quoteOf(docId: string): Quote | undefined {
    const { n } = this.cite(docId);
    const citation = this.list[n - 1];
    return citation.quote ? { n, text: citation.quote } : undefined;
  }

  /** The best sentence among this document's best passages, else the fallback (a ruling's note). */
  private bestQuote(docId: string, fallbackQuote: string | undefined): string {
    const found = this.hits.filter((h) => this.base.passagesById.get(h.passageId)!.docId === docId).slice(0, QUOTE_PASSAGES).map((h) => this.base.passagesById.get(h.passageId)!);
    // A document cited for what it decides or changed may not be among the hits: read all of it.
    const candidates = found.length > 0 ? found : (this.base.passagesByDocument.get(docId) ?? []);
    let best = { quote: '', score: -1 };
    for (const passage of candidates) {
      const quote = selectQuote(passage, this.query.terms, (term) => this.base.index.idf(term), this.kind);
      // The reader's own language reads best; a quote may stay in its document's language.
      if (passage.language !== this.language) quote.score *= OTHER_LANGUAGE_QUOTE;
      if (quote.score > best.score) best = quote;
    }
    if (best.score > 0 || !fallbackQuote) return best.quote || fallbackQuote || '';
    return fallbackQuote;
  }
}

function sourceOf(citation: Citation): SourceRef {
  const { n, id, title, issuer, date, dateApproximate } = citation;
  return { n, id, title, issuer, date, dateApproximate };
}
