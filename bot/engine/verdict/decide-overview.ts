/**
 * Questions that name only one side, or none, answered from the rulings without a verdict of
 * their own: a kind of information across the services that rule on it, a service across the
 * kinds of information, and the rulings later law bears on. Each pair is decided as if it had
 * been asked, so every line reads as a verdict would.
 */
import type { KnowledgeBase } from '../knowledge-base';
import { ANY_SERVICE, VerdictDecision, decideVerdict } from './decide-verdict';
import { rulingsToReview } from './rulings-to-review';

/**
 * A kind of information asked about without a service: the rulings for every service that has
 * one of its own, and for any service, each pair decided as if it had been asked. No verdict:
 * the question did not say which service.
 */
export function decideAcrossServices(data: string[], base: KnowledgeBase): VerdictDecision {
  const ruled = [...new Set(base.rulings.map((r) => r.ruling.service).filter((service) => service !== ANY_SERVICE))];
  // One service at a time: decided together, a parent (Office 365) would yield to its child (Teams).
  const own = ruled.flatMap((service) => decideVerdict({ services: [service], data }, base.rulings, base.glossary).pairs).filter((p) => p.winner && p.winner.ruling.service !== ANY_SERVICE);
  const everywhere = decideVerdict({ services: [], data }, base.rulings, base.glossary).pairs.filter((p) => p.winner);
  return { verdict: null, pairs: [...own, ...everywhere] };
}

/**
 * A service asked about without a kind of information, as "what may I keep there": each kind of
 * information a ruling decides for it, the broadest classes and any with a ruling of its own.
 */
export function decideAcrossData(services: string[], base: KnowledgeBase): VerdictDecision {
  const { data } = base.glossary;
  const pairs = services.flatMap((service) =>
    Object.keys(data).flatMap((id) => decideVerdict({ services: [service], data: [id] }, base.rulings, base.glossary).pairs.filter((p) => p.winner && (!data[id].parent || p.winner.ruling.data === id))),
  );
  return { verdict: null, pairs };
}

/** Each ruling a later document bears on (made in `year`, when given), decided as if its pair had been asked. */
export function decideReview(year: string | undefined, base: KnowledgeBase): VerdictDecision {
  const items = rulingsToReview(base.documents, base.glossary).filter((item) => !year || item.ref.document.date.startsWith(year));
  const pairs = items.flatMap(({ ref }) =>
    decideVerdict({ services: ref.ruling.service === ANY_SERVICE ? [] : [ref.ruling.service], data: [ref.ruling.data] }, base.rulings, base.glossary).pairs.filter((p) => p.winner?.ruling === ref.ruling),
  );
  return { verdict: null, pairs };
}
