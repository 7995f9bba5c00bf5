/**
 * Which ruling decides a question. For each named (service, data class) pair: superseded
 * rulings never decide; the most specific data class wins (a class inherits its parent's
 * rulings), then the most specific service (`any` last), then the newest. Several pairs:
 * the strictest verdict stands. A newer, broader ruling that disagrees becomes a caveat.
 */
import { Facets, Glossary, DocumentInfo, Ruling, VERDICTS, Verdict } from '../types';
import { ancestorsOf } from '../knowledge/glossary';

export interface RulingRef {
  ruling: Ruling;
  document: DocumentInfo;
}

export interface PairDecision {
  /** A named service, or `any` when the question names none. */
  service: string;
  data: string;
  winner?: RulingRef;
  caveats: RulingRef[];
}

export interface VerdictDecision {
  verdict: Verdict | null;
  pairs: PairDecision[];
}

export const ANY_SERVICE = 'any';

/** Rulings of every document that no other document supersedes. */
export function activeRulings(documents: DocumentInfo[]): RulingRef[] {
  const superseded = new Set(documents.flatMap((d) => d.supersedes));
  return documents
    .filter((document) => !superseded.has(document.id))
    .flatMap((document) => document.rulings.map((ruling) => ({ ruling, document })));
}

export function decideVerdict(facets: Facets, rulings: RulingRef[], glossary: Glossary): VerdictDecision {
  const data = mostSpecific(facets.data, glossary.data);
  if (data.length === 0) return { verdict: null, pairs: [] };
  const services = facets.services.length > 0 ? mostSpecific(facets.services, glossary.services) : [ANY_SERVICE];

  const pairs = services.flatMap((service) => data.map((dataClass) => decidePair(service, dataClass, rulings, glossary)));
  const decided = pairs.flatMap((pair) => (pair.winner ? [pair.winner.ruling.verdict] : []));
  const verdict = decided.length === 0 ? null : decided.reduce((a, b) => (VERDICTS.indexOf(b) > VERDICTS.indexOf(a) ? b : a));
  return { verdict, pairs };
}

function decidePair(service: string, dataClass: string, rulings: RulingRef[], glossary: Glossary): PairDecision {
  const dataChain = ancestorsOf(glossary.data, dataClass);
  const serviceChain = service === ANY_SERVICE ? [] : ancestorsOf(glossary.services, service);
  const rank = (ref: RulingRef) => ({
    data: dataChain.indexOf(ref.ruling.data),
    service: ref.ruling.service === ANY_SERVICE ? Infinity : serviceChain.indexOf(ref.ruling.service),
  });
  const candidates = rulings
    .map((ref) => ({ ref, rank: rank(ref) }))
    .filter(({ rank }) => rank.data >= 0 && rank.service >= 0)
    .sort((a, b) => a.rank.data - b.rank.data || a.rank.service - b.rank.service || b.ref.document.date.localeCompare(a.ref.document.date));
  if (candidates.length === 0) return { service, data: dataClass, caveats: [] };

  const [winner, ...others] = candidates;
  const caveats = others
    .filter(({ ref, rank }) =>
      ref.document.date > winner.ref.document.date &&
      (rank.data > winner.rank.data || rank.service > winner.rank.service) &&
      ref.ruling.verdict !== winner.ref.ruling.verdict)
    .map(({ ref }) => ref);
  return { service, data: dataClass, winner: winner.ref, caveats };
}

/** Drops every named id that is an ancestor of another named id: the specific one decides. */
function mostSpecific(ids: string[], entries: Glossary['services']): string[] {
  return ids.filter((id) => !ids.some((other) => other !== id && ancestorsOf(entries, other).includes(id)));
}
