/**
 * From an analysed question to an Answer: what it asks about and for, the verdict where it
 * asks for one, later law beside an older ruling, and the passages that answer it, as parts
 * that every channel writes in its own way. It never guesses a verdict, and when nothing
 * relevant is found it says so and offers the helpdesk instead of quoting something loosely related.
 */
import { Analysis, Answer, ConversationContext, Decision, Facets, Glossary, Language, Quote, RulingMade, Verdict } from '../types';
import { KnowledgeBase } from '../knowledge-base';
import { understandFacets } from '../facets/understand-facets';
import { ANY_SERVICE, PairDecision, VerdictDecision, decideVerdict } from '../verdict/decide-verdict';
import { decideAcrossData, decideAcrossServices, decideReview } from '../verdict/decide-overview';
import { asksForTask, asksWhich, reviewAsked } from '../question/question-shape';
import { buildQuery, withoutPlaceholders } from '../search/build-query';
import { RankedHit, rankHits } from '../search/relevance';
import { serviceFamily, servicesInPassage } from '../search/passage-services';
import { correctWords, inKnowledge } from '../search/correct-words';
import { asksPermission } from '../text/question-words';
import { tokenize } from '../text/normalize';
import { isEnglishWord } from '../text/english-words';
import { asksWhatMayBeDone, kindOfQuestion } from '../question/question-kind';
import { QuestionSides, readBackReference, readFollowUp } from '../question/read-follow-up';
import { CitationList } from './citation-list';
import { describeDecisions } from './describe-decisions';
import { writePlainAnswer } from './plain-answer';
import { suggestFollowUps } from './suggest-follow-ups';
import { ANSWER_STRINGS, AnswerStrings } from '../strings/answer';
import { textIn } from '../text/localized-text';
import { stripPleasantries } from '../text/strip-pleasantries';

/** Share of the question (by word rarity) a passage must cover to be quoted as an answer. */
const MIN_COVERAGE = 0.5;
/** Passages scoring below this share of the best one are not cited. */
const RELATIVE_SCORE_FLOOR = 0.35;
/** How many answering passages (from different documents) are quoted: a fact may have two sides. */
const QUOTES_FOR: Record<'verdict' | 'other', number> = { verdict: 2, other: 3 };

/** `context`: the previous answer of the same conversation, which a follow-up may lean on. */
export function answerQuestion(base: KnowledgeBase, analysis: Analysis, context?: ConversationContext): Answer {
  const { language } = analysis;
  const strings = ANSWER_STRINGS[language];
  // "God morgon, vad är CLOUD Act? Tack!" asks "vad är CLOUD Act?".
  const given = stripPleasantries(analysis.redactedText);
  // What the question asks is read without redaction's placeholders ("[personnummer]").
  const asking = withoutPlaceholders(given);
  const inFolder = (token: Parameters<typeof inKnowledge>[1]) => inKnowledge(base.index, token);
  const isKnownWord = (token: Parameters<typeof inKnowledge>[1]) => inFolder(token) || isEnglishWord(token.word);
  const understood = understandFacets(given, language, base.glossary, isKnownWord, inFolder);
  // A service and a kind of information, or a service and a sector ("socialtjänstens akter i OneDrive"), is what a verdict decides.
  const namesWhatIsDecided = understood.facets.services.length > 0 && (understood.facets.data.length > 0 || understood.sectorOnly !== undefined);
  const asked = kindOfQuestion(asking, language, namesWhatIsDecided);
  // "What is allowed in Zoom?", "Vad är tillåtet i Teams?" ask what may be done there.
  const own = asked.kind === 'what_is' && understood.facets.services.length > 0 && asksWhatMayBeDone(asking, language) ? { ...asked, kind: 'verdict' as const } : asked;
  const sides: QuestionSides = {
    tokens: understood.tokens,
    facets: understood.facets,
    claimed: new Set([...understood.matches.flatMap((m) => range(m.start, m.end)), ...understood.tokens.flatMap((t, i) => (understood.unknownServices.includes(t.written) ? [i] : []))]),
    namesUnknownService: understood.unknownServices.length > 0,
    namesSector: understood.sectorOnly !== undefined,
    kind: own.kind,
    stillValid: own.stillValid,
  };
  const followUp = readFollowUp(sides, language, context);
  // "När kom det?" after an answer about Customer Lockbox is about Customer Lockbox.
  const pointedAt = followUp ? undefined : readBackReference(sides, language, context)?.filter((id) => base.documentsById.has(id));
  const facets = followUp?.facets ?? understood.facets;
  const namesPair = facets.data.length > 0 && facets.services.length > 0;
  // "Och i Zoom då?" asks what the previous question asked, now of a whole pair.
  const { kind, stillValid } = followUp && !followUp.why ? kindOfQuestion(asking, language, namesPair || context?.kind === 'verdict') : own;
  // Only a question about what may be done gets a verdict; "when did …" about the same pair does not.
  const decides = kind === 'verdict' || kind === 'why' || stillValid;

  // "Får jag lagra hälsodata?" names no service: what each ruling says of that information, and no verdict of its own.
  const acrossServices = decides && facets.services.length === 0 && facets.data.length > 0 && !understood.mayNameService && !followUp;
  // "Vad får jag lagra i Teams?" asks which information: what each ruling says for that service, and no verdict of its own.
  const acrossData =
    decides && !acrossServices && facets.services.length > 0 && facets.data.length === 0 && !understood.sectorOnly && !followUp && asksWhich(asking, language);
  // "Gäller beslutet från 2018 fortfarande?" names no pair: the rulings later law bears on (of that year), with that law.
  const review = stillValid && !followUp && facets.services.length === 0 && facets.data.length === 0 ? reviewAsked(given, language) : undefined;
  const decision = review
    ? decideReview(review.year, base)
    : !decides
      ? { verdict: null, pairs: [] }
      : acrossServices
        ? decideAcrossServices(facets.data, base)
        : acrossData
          ? decideAcrossData(facets.services, base)
          : decideVerdict(facets, base.rulings, base.glossary);
  const sectorDecisions = decides && understood.sectorOnly ? decideSector(understood.sectorOnly.data, facets, base) : undefined;

  // Words the knowledge never uses may be typos of words it does use.
  const { tokens } = understood;
  const claimed = new Set(understood.matches.flatMap((m) => range(m.start, m.end)));
  const corrections = correctWords(tokens, base.index, claimed, language);
  const corrected = corrections.reduce((text, c) => replaceToken(text, tokens[c.position].written, c.term), given);
  // The side a follow-up borrows is searched for too: "Och i Zoom då?" is about health data in Zoom.
  // So is the subject of the answer a question points back at: the term its source explains, or its title.
  const pointedTitles = (pointedAt ?? []).map((id) => {
    const document = base.documentsById.get(id)!;
    const explained = document.explains?.[0];
    return explained ? textIn(explained, language) : document.title;
  });
  const searchText = followUp ? [corrected, ...carriedLabels(followUp.carried, base, language)].join(' ') : [corrected, ...pointedTitles].join(' ');
  const query = buildQuery(searchText, language, understood.matches, base.glossary, analysis.keyPhrases);

  // Rare names weigh most: one no document holds means the knowledge cannot answer.
  const correctedAt = new Set(corrections.map((c) => c.position));
  const names = tokens.flatMap((t, i) => (!claimed.has(i) && t.capitalised && !t.sentenceStart && !t.functionWord && t.word.length >= 3 ? [{ token: t, i }] : []));
  const unknownNames = names.filter(({ token, i }) => !inFolder(token) && !correctedAt.has(i)).map(({ token }) => token.written);
  const knownNames = names.filter(({ token }) => inFolder(token)).map(({ token }) => token.word);

  const hits = leanOn(rankHits(query, base.index.search(query.terms), base.index, base, language, kind), pointedAt, base);
  // "Kan du skriva ett mejl åt mig?" asks for a task, not about the rules: no passage answers it.
  const isTask = asksForTask(given, language) && facets.services.length + facets.data.length <= 1;
  const quotable = unknownNames.length > 0 || isTask ? [] : quotableHits(hits, base, facets, knownNames);
  const coverage = Math.max(0, ...quotable.map((hit) => hit.coverage));
  const anyDecision = decision.pairs.some((p) => p.winner) || (sectorDecisions?.pairs.some((p) => p.winner) ?? false);
  // "Vem bestämde att hälsodata inte får ligga i Office 365?", "When was the decision on health data in Teams made?":
  // whose ruling decides the pair, and when, without a verdict line (the question asked who or when, not whether).
  const ruled = !decides && (kind === 'who' || kind === 'when') && namesPair ? decideVerdict(facets, base.rulings, base.glossary).pairs.filter((p) => p.winner) : [];
  const answered = anyDecision || ruled.length > 0 || quotable.length > 0;

  const citations = new CitationList(base, query, hits, language, kind);
  const rulingsMade = rulingsMadeBy(ruled, base, language, citations);
  const described = describeDecisions(decision, sectorDecisions, understood.sectorOnly, base, language, citations, stillValid);
  if (acrossServices) nameEveryService(described.decisions, strings);
  const quotes: Quote[] = [];
  // "Varför?" is answered by the deciding document's own reasoning first.
  if (followUp?.why && context?.decidedBy && base.documentsById.has(context.decidedBy)) pushQuote(quotes, citations.quoteOf(context.decidedBy));
  if (answered) {
    // A question on whether a ruling still holds is answered from the later documents first.
    if (stillValid) described.caveats.filter((c) => c.kind === 'later-document').forEach((c) => pushQuote(quotes, citations.quoteOf(c.source.id)));
    for (const hit of quotable.slice(0, QUOTES_FOR[kind === 'verdict' ? 'verdict' : 'other'])) {
      pushQuote(quotes, citations.quoteOf(base.passagesById.get(hit.passageId)!.docId));
    }
  }

  const asksWithoutData = !acrossData && facets.services.length > 0 && facets.data.length === 0 && !understood.sectorOnly && asksPermission(tokenize(asking), language);
  const readings = understood.readings.map((r) => (r.kind === 'typo' ? strings.typo(r.written, r.read) : textIn(r.text, language).replace('{term}', r.term)));
  readings.push(...corrections.filter((c) => !c.otherForm).map((c) => strings.typo(c.written, c.term)));
  if (pointedAt && pointedTitles.length > 0) readings.unshift(strings.pointedBack(pointedTitles[0]));
  if (followUp) readings.unshift(strings.assumed(labelsOf(followUp.carried.data, base.glossary.data, language), labelsOf(followUp.carried.services, base.glossary.services, language)));

  const verdict: Verdict | null = decision.verdict;
  const deciding = verdict ? described.decisions.find((d) => d.verdict === verdict && !d.reading) : undefined;
  const parts: Omit<Answer, 'answer' | 'suggestions'> = {
    question: analysis.redactedText,
    language,
    kind,
    facets,
    verdict,
    ...(deciding ? { decidedBy: { id: deciding.source.id, issuer: deciding.source.issuer, date: deciding.source.date, dateApproximate: deciding.source.dateApproximate } } : {}),
    decisions: described.decisions,
    conditions: described.conditions,
    caveats: described.caveats,
    readings: [...new Set(readings)],
    ...(followUp ? { followUp: { carried: followUp.carried, why: followUp.why } } : {}),
    quotes,
    notices: {
      needsDataClass: decides && asksWithoutData,
      // "i Slack": the line on the unknown service says it; "no ruling on hälsodata" anywhere would not be true.
      undecided: understood.mayNameService ? described.undecided.filter((p) => p.service !== ANY_SERVICE) : described.undecided,
      unknownServices: understood.unknownServices,
      unknownNames: unknownNames.filter((n) => !understood.unknownServices.includes(n)),
      ...(understood.sectorOnly && sectorDecisions ? { sector: understood.sectorOnly.written } : {}),
      ...(acrossServices && anyDecision ? { acrossServices: listLabels(labelsOf(facets.data, base.glossary.data, language), strings.and) } : {}),
      ...(review && anyDecision ? { review: review.year ?? '' } : {}),
      ...(rulingsMade.length > 0 ? { rulingsMade } : {}),
      ...(acrossData ? { [anyDecision ? 'acrossData' : 'noRulingsFor']: listLabels(labelsOf(facets.services, base.glossary.services, language), strings.and) } : {}),
      redacted: analysis.redactions > 0,
    },
    answered,
    confidence: Math.round((anyDecision ? 0.6 + 0.4 * coverage : coverage) * 100) / 100,
    citations: answered ? citations.list : [],
    redactions: analysis.redactions,
  };
  const suggestions = answered ? suggestFollowUps(parts, base, (text) => understandFacets(text, language, base.glossary, isKnownWord, inFolder).facets) : [];
  return { ...parts, suggestions, answer: writePlainAnswer(parts) };
}

/** A question that points back prefers the passages of what it points at; the others keep their order after them. */
const POINTED_AT_FACTOR = 2;

function leanOn(hits: RankedHit[], documentIds: string[] | undefined, base: KnowledgeBase): RankedHit[] {
  if (!documentIds || documentIds.length === 0) return hits;
  const pointed = new Set(documentIds);
  return hits
    .map((hit) => (pointed.has(base.passagesById.get(hit.passageId)?.docId ?? '') ? { ...hit, score: hit.score * POINTED_AT_FACTOR } : hit))
    .sort((a, b) => b.score - a.score);
}

/** The glossary labels of what a follow-up carried over, in the answer's language: data classes first, then services. */
function carriedLabels(carried: Facets, base: KnowledgeBase, language: Language): string[] {
  return [...labelsOf(carried.data, base.glossary.data, language), ...labelsOf(carried.services, base.glossary.services, language)];
}

function labelsOf(ids: string[], entries: Glossary['data'], language: Language): string[] {
  return ids.map((id) => entries[id]?.label[language] ?? id);
}

function pushQuote(quotes: Quote[], quote: Quote | undefined): void {
  if (quote && quote.text && !quotes.some((q) => q.n === quote.n)) quotes.push(quote);
}

/** A ruling for any service reads "… i alla tjänster", or "i alla andra tjänster" beside services with rulings of their own. */
function nameEveryService(decisions: Decision[], strings: AnswerStrings): void {
  const others = decisions.some((d) => d.pairs.some((p) => p.service !== ANY_SERVICE));
  for (const decision of decisions) {
    for (const pair of decision.pairs) if (pair.service === ANY_SERVICE) pair.serviceLabel = others ? strings.everyOtherService : strings.everyService;
  }
}

/** Each deciding document of the pairs, once, with the pairs it decides: who made the ruling and when. */
function rulingsMadeBy(pairs: PairDecision[], base: KnowledgeBase, language: Language, citations: CitationList): RulingMade[] {
  const byDocument = new Map<string, RulingMade>();
  for (const pair of pairs) {
    const document = pair.winner!.document;
    const made = byDocument.get(document.id) ?? { pairs: [], source: citations.cite(document.id) };
    made.pairs.push({
      service: pair.service,
      data: pair.data,
      dataLabel: base.glossary.data[pair.data]?.label[language] ?? pair.data,
      ...(pair.service === ANY_SERVICE ? {} : { serviceLabel: base.glossary.services[pair.service]?.label[language] ?? pair.service }),
    });
    byDocument.set(document.id, made);
  }
  return [...byDocument.values()];
}

function listLabels(labels: string[], and: string): string {
  return labels.length <= 1 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')} ${and} ${labels[labels.length - 1]}`;
}

/** "Får förskolan använda Teams?": decide ordinary information and the sector's confidential class, each. */
function decideSector(sectorData: string, facets: Facets, base: KnowledgeBase): VerdictDecision {
  const readings = [base.glossary.ordinaryData, sectorData].filter((id): id is string => id !== undefined);
  return decideVerdict({ services: facets.services, data: readings }, base.rulings, base.glossary);
}

/**
 * Passages worth quoting as an answer: each covers enough of the question by itself, speaks of
 * the service asked about (or its parent or child) when one is named, holds one of the names the
 * question uses, scores close to the best such passage, and comes from a document not quoted yet.
 */
function quotableHits(hits: RankedHit[], base: KnowledgeBase, facets: Facets, names: string[]): RankedHit[] {
  const family = serviceFamily(facets.services, base.glossary);
  const aboutTheService = (hit: RankedHit) => {
    if (family.size === 0) return true;
    const passage = base.passagesById.get(hit.passageId)!;
    const services = servicesInPassage(passage, base.documentsById.get(passage.docId), base.glossary);
    // A document that rules for `any` service speaks of every service.
    return services.has(ANY_SERVICE) || [...services].some((id) => family.has(id));
  };
  const holdsAName = (hit: RankedHit) => {
    if (names.length === 0) return true;
    const passage = base.passagesById.get(hit.passageId)!;
    const document = base.documentsById.get(passage.docId);
    const words = new Set(tokenize(`${document?.title ?? ''} ${passage.heading} ${passage.text}`));
    return names.some((name) => words.has(name) || [...words].some((w) => w.startsWith(name)));
  };
  const answering = hits.filter((hit) => hit.coverage >= MIN_COVERAGE && aboutTheService(hit) && holdsAName(hit));
  const top = answering[0]?.score ?? 0;
  const seen = new Set<string>();
  return answering.filter((hit) => {
    const docId = base.passagesById.get(hit.passageId)!.docId;
    if (hit.score < top * RELATIVE_SCORE_FLOOR || seen.has(docId)) return false;
    seen.add(docId);
    return true;
  });
}

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, k) => start + k);
}

/** Replaces one written word (as a whole word) by its reading. */
function replaceToken(text: string, written: string, replacement: string): string {
  return text.replace(new RegExp(`(?<![\\p{L}\\p{N}])${written.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u'), replacement);
}

