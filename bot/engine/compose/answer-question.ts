/**
 * From an analysed question to an Answer: facets → verdict → passages → a text with numbered
 * citations. It never guesses a verdict, and when nothing relevant is found it says so and
 * offers the helpdesk instead of quoting something loosely related.
 */
import { Analysis, Answer, Citation, Facets, KnowledgeDocument, Language } from '../types';
import { KnowledgeBase } from '../knowledge-base';
import { facetsOf, findFacetMatches } from '../facets/find-facets';
import { ANY_SERVICE, PairDecision, decideVerdict } from '../verdict/decide-verdict';
import { SearchQuery, buildQuery, withoutPlaceholders } from '../search/build-query';
import { RankedHit, rankHits } from '../search/relevance';
import { serviceFamily, servicesInPassage } from '../search/passage-services';
import { selectQuote } from './select-quote';
import { ANSWER_STRINGS } from '../strings/answer';
import { asksPermission } from '../text/question-words';
import { tokenize } from '../text/normalize';
import { VERDICT_HEADLINES } from '../strings/verdicts';
import { hasText, textIn } from '../text/localized-text';

/** Share of the question (by word rarity) a passage must cover to be quoted as an answer. */
const MIN_COVERAGE = 0.5;
/** Passages scoring below this share of the best one are not cited. */
const RELATIVE_SCORE_FLOOR = 0.35;
/** How many answering passages (from different documents) are quoted. */
const QUOTES_IN_TEXT = 2;
/** How many of a document's best passages its quote is chosen from. */
const QUOTE_PASSAGES = 3;

export function answerQuestion(base: KnowledgeBase, analysis: Analysis): Answer {
  const { language } = analysis;
  const strings = ANSWER_STRINGS[language];
  const text = withoutPlaceholders(analysis.redactedText);
  // A placeholder still says what was pasted ("[personnummer]" is personal data), so facets
  // see it; the search does not, as it is no topic of the question.
  const matches = findFacetMatches(analysis.redactedText, language, base.glossary);
  const facets = facetsOf(matches);
  const decision = decideVerdict(facets, base.rulings, base.glossary);
  const query = buildQuery(analysis.redactedText, language, matches, base.glossary, analysis.keyPhrases);
  const hits = rankHits(query, base.index.search(query.terms), base.index, (id) => base.passagesById.get(id), language);
  const quotable = quotableHits(hits, base, facets);
  // How much of the question the best quotable passage answers; loosely related hits count for nothing.
  const coverage = Math.max(0, ...quotable.map((hit) => hit.coverage));
  const answered = decision.verdict !== null || quotable.length > 0;

  const citations = answered ? new CitationList(base, query, hits) : undefined;
  const lines: string[] = [];
  if (decision.verdict) lines.push(`${VERDICT_HEADLINES[language][decision.verdict]}.`);
  const needsDataClass = facets.services.length > 0 && facets.data.length === 0 && asksPermission(tokenize(text), language);
  if (citations) {
    lines.push(...describePairs(decision.pairs, base, language, citations));
    if (needsDataClass) lines.push(strings.noDataClass);
    for (const hit of quotable.slice(0, QUOTES_IN_TEXT)) {
      const citation = citations.cite(base.passagesById.get(hit.passageId)!.docId);
      if (!lines.some((line) => line.includes(citation.quote))) lines.push(`${citation.quote} [${citation.n}]`);
    }
  } else {
    // Still say what the question named that the sources do not decide: that is an answer too.
    for (const pair of decision.pairs) lines.push(strings.undecided(dataLabel(base, pair.data, language), serviceLabel(base, pair.service, language)));
    if (needsDataClass) lines.push(strings.noDataClass);
    lines.push(strings.notAnswered);
  }
  if (analysis.redactions > 0) lines.push(strings.piiReminder);
  lines.push(strings.disclaimer);

  const conditions = [...new Set(decision.pairs.flatMap((pair) => (pair.winner?.ruling.conditions ?? []).map((c) => textIn(c, language))))];
  return {
    question: analysis.redactedText,
    language,
    facets,
    verdict: decision.verdict,
    answered,
    confidence: Math.round((decision.verdict ? 0.6 + 0.4 * coverage : coverage) * 100) / 100,
    answer: lines.join('\n\n'),
    conditions,
    citations: citations?.list ?? [],
    redactions: analysis.redactions,
  };
}

function describePairs(pairs: PairDecision[], base: KnowledgeBase, language: Language, citations: CitationList): string[] {
  const strings = ANSWER_STRINGS[language];
  const lines: string[] = [];
  for (const pair of pairs) {
    if (!pair.winner) {
      lines.push(strings.undecided(dataLabel(base, pair.data, language), serviceLabel(base, pair.service, language)));
      continue;
    }
    const { ruling, document } = pair.winner;
    const citation = citations.cite(document.id, ruling.note && textIn(ruling.note, document.language));
    const headline = VERDICT_HEADLINES[language][ruling.verdict];
    let line = strings.ruling(dataLabel(base, pair.data, language), serviceLabel(base, pair.service, language), headline, sourceOf(document, citation.n, language));
    // A note is the source's own words: show it where it is in the reader's language.
    if (ruling.note && hasText(ruling.note, language)) line += ` ${textIn(ruling.note, language)}`;
    lines.push(line);
    if (ruling.data !== pair.data) lines.push(strings.inherited(dataLabel(base, pair.data, language), dataLabel(base, ruling.data, language)));
    if (ruling.conditions.length > 0) lines.push(`${strings.conditions}\n${ruling.conditions.map((c) => `- ${textIn(c, language)}`).join('\n')}`);
    for (const caveat of pair.caveats) {
      const caveatCitation = citations.cite(caveat.document.id, caveat.ruling.note && textIn(caveat.ruling.note, caveat.document.language));
      lines.push(strings.caveat(sourceOf(caveat.document, caveatCitation.n, language), VERDICT_HEADLINES[language][caveat.ruling.verdict], dataLabel(base, caveat.ruling.data, language), serviceLabel(base, caveat.ruling.service, language)));
    }
  }
  return lines;
}

/**
 * Passages worth quoting as an answer: each covers enough of the question by itself, speaks of
 * the service asked about (or its parent or child) when one is named, scores close to the best
 * such passage, and comes from a document not quoted yet.
 */
function quotableHits(hits: RankedHit[], base: KnowledgeBase, facets: Facets): RankedHit[] {
  const family = serviceFamily(facets.services, base.glossary);
  const aboutTheService = (hit: RankedHit) => {
    if (family.size === 0) return true;
    const passage = base.passagesById.get(hit.passageId)!;
    const services = servicesInPassage(passage, base.documentsById.get(passage.docId), base.glossary);
    // A document that rules for `any` service speaks of every service.
    return services.has(ANY_SERVICE) || [...services].some((id) => family.has(id));
  };
  const answering = hits.filter((hit) => hit.coverage >= MIN_COVERAGE && aboutTheService(hit));
  const top = answering[0]?.score ?? 0;
  const seen = new Set<string>();
  return answering
    .filter((hit) => {
      const docId = base.passagesById.get(hit.passageId)!.docId;
      if (hit.score < top * RELATIVE_SCORE_FLOOR || seen.has(docId)) return false;
      seen.add(docId);
      return true;
    });
}

function dataLabel(base: KnowledgeBase, id: string, language: Language): string {
  return base.glossary.data[id]?.label[language] ?? id;
}

/** `any` has no label: the sentence then names no service. */
function serviceLabel(base: KnowledgeBase, id: string, language: Language): string | undefined {
  return id === ANY_SERVICE ? undefined : base.glossary.services[id]?.label[language] ?? id;
}

function sourceOf(document: KnowledgeDocument, n: number, language: Language): string {
  const strings = ANSWER_STRINGS[language];
  return `${document.title} (${document.issuer || strings.unknownIssuer}, ${document.date || strings.unknownDate}) [${n}]`;
}

/** Numbers citations in order of first use, one per document, each with its best quote. */
class CitationList {
  readonly list: Citation[] = [];

  constructor(
    private readonly base: KnowledgeBase,
    private readonly query: SearchQuery,
    private readonly hits: RankedHit[],
  ) {}

  cite(docId: string, fallbackQuote?: string): Citation {
    const existing = this.list.find((c) => c.id === docId);
    if (existing) return existing;
    const document = this.base.documentsById.get(docId)!;
    const citation: Citation = {
      n: this.list.length + 1,
      id: document.id,
      title: document.title,
      issuer: document.issuer,
      date: document.date,
      ...(document.source ? { source: document.source } : {}),
      quote: this.bestQuote(docId, fallbackQuote),
    };
    this.list.push(citation);
    return citation;
  }

  /** The best sentence among this document's best passages, else the fallback (a ruling's note). */
  private bestQuote(docId: string, fallbackQuote: string | undefined): string {
    const candidates = this.hits.filter((h) => this.base.passagesById.get(h.passageId)!.docId === docId).slice(0, QUOTE_PASSAGES);
    let best = { quote: '', score: -1 };
    for (const candidate of candidates) {
      const quote = selectQuote(this.base.passagesById.get(candidate.passageId)!, this.query.terms, (term) => this.base.index.idf(term));
      if (quote.score > best.score) best = quote;
    }
    if (best.score > 0 || !fallbackQuote) return best.quote || fallbackQuote || '';
    return fallbackQuote;
  }
}
