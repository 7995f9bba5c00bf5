/**
 * A verdict decision as the parts an answer shows: one decision per ruling (the pairs it
 * decides alike), the conditions once each, the pairs nobody decided, and the caveats —
 * a newer broader ruling that disagrees, and later documents whose `concerns` reach the
 * ruling (a 2018 ruling is shown as a 2018 ruling, with the 2023 law beside it).
 */
import { Caveat, Decision, DocumentInfo, Language, PairRef } from '../types';
import { KnowledgeBase } from '../knowledge-base';
import { ANY_SERVICE, PairDecision, VerdictDecision } from '../verdict/decide-verdict';
import { laterDocumentsFor } from '../verdict/later-documents';
import { textIn, hasText } from '../text/localized-text';
import { CitationList } from './citation-list';

/** Later documents shown beside one ruling; the most specific and authoritative first. */
const MAX_LATER_DOCUMENTS = 3;
const KIND_WEIGHT: Record<string, number> = { law: 3, judgment: 3, decision: 2, guidance: 1, policy: 1, report: 1, faq: 0, news: 0 };

export interface DescribedDecisions {
  decisions: Decision[];
  conditions: string[];
  caveats: Caveat[];
  undecided: PairRef[];
}

export function describeDecisions(
  decision: VerdictDecision,
  sectorDecision: VerdictDecision | undefined,
  sectorOnly: { data: string } | undefined,
  base: KnowledgeBase,
  language: Language,
  citations: CitationList,
  laterFirst: boolean,
): DescribedDecisions {
  const decisions: Decision[] = [];
  const conditions: string[] = [];
  const caveats: Caveat[] = [];
  const undecided: PairRef[] = [];
  // Pairs decided by the same ruling share one decision line.
  const rulingOf = new Map<Decision, string>();
  const pairRef = (pair: { service: string; data: string }): PairRef => ({
    service: pair.service,
    data: pair.data,
    dataLabel: base.glossary.data[pair.data]?.label[language] ?? pair.data,
    ...(pair.service === ANY_SERVICE ? {} : { serviceLabel: base.glossary.services[pair.service]?.label[language] ?? pair.service }),
  });

  const add = (pair: PairDecision, reading?: Decision['reading']) => {
    if (!pair.winner) {
      undecided.push(pairRef(pair));
      return;
    }
    const { ruling, document } = pair.winner;
    const source = citations.cite(document.id, ruling.note && textIn(ruling.note, document.language));
    const key = `${document.id}|${ruling.service}|${ruling.data}|${reading ?? ''}`;
    const same = decisions.find((d) => rulingOf.get(d) === key);
    if (same) {
      same.pairs.push(pairRef(pair));
    } else {
      const next: Decision = {
        verdict: ruling.verdict,
        pairs: [pairRef(pair)],
        source,
        ...(hasText(ruling.note, language) ? { note: textIn(ruling.note!, language) } : {}),
        ...(ruling.data !== pair.data ? { inheritedFrom: { dataLabel: pairRef(pair).dataLabel, parentLabel: pairRef({ service: ANY_SERVICE, data: ruling.data }).dataLabel } } : {}),
        ...(ruling.service !== pair.service && ruling.service !== ANY_SERVICE && pair.service !== ANY_SERVICE
          ? { serviceVia: { serviceLabel: pairRef(pair).serviceLabel!, parentLabel: pairRef({ service: ruling.service, data: pair.data }).serviceLabel! } }
          : {}),
        ...(reading ? { reading } : {}),
      };
      rulingOf.set(next, key);
      decisions.push(next);
    }
    for (const condition of ruling.conditions.map((c) => textIn(c, language))) if (!conditions.includes(condition)) conditions.push(condition);
    for (const broader of pair.caveats) {
      if (caveats.some((c) => c.source.id === broader.document.id)) continue;
      caveats.push({ kind: 'broader-ruling', source: citations.cite(broader.document.id, broader.ruling.note && textIn(broader.ruling.note, broader.document.language)), rulingDate: document.date, verdict: broader.ruling.verdict, pair: pairRef(broader.ruling) });
    }
    for (const later of laterOf(pair)) {
      if (caveats.some((c) => c.source.id === later.id)) continue;
      caveats.push({ kind: 'later-document', source: citations.cite(later.id), rulingDate: document.date, ...(later.concerns?.change ? { change: textIn(later.concerns.change, language) } : {}) });
    }
  };

  // The later documents shown beside a pair's ruling: the most specific and authoritative first.
  const laterByPair = new Map<PairDecision, DocumentInfo[]>();
  const laterOf = (pair: PairDecision): DocumentInfo[] => {
    if (!laterByPair.has(pair)) {
      const found = pair.winner ? laterDocumentsFor(pair.winner, base.documents, base.glossary) : [];
      laterByPair.set(pair, found.sort((a, b) => weight(b) - weight(a) || b.date.localeCompare(a.date)).slice(0, MAX_LATER_DOCUMENTS));
    }
    return laterByPair.get(pair)!;
  };
  // Later documents are cited first when the question is whether the ruling still holds.
  if (laterFirst) decision.pairs.forEach((pair) => laterOf(pair).forEach((d) => citations.cite(d.id)));
  decision.pairs.forEach((pair) => add(pair));
  sectorDecision?.pairs.forEach((pair) => add(pair, pair.data === sectorOnly?.data ? 'sector' : 'ordinary'));
  return { decisions, conditions, caveats, undecided };
}

function weight(document: { kind: string }): number {
  return KIND_WEIGHT[document.kind] ?? 0;
}
