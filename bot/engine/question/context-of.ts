/**
 * What the next question of the conversation may lean on, taken from an answer. A question that
 * names neither a service nor a kind of information ("Vad är Customer Lockbox?") keeps the
 * conversation's subject from `previous`, so "Och i Teams då?" after it still means the earlier
 * kind of information; what was decided and cited is always the latest answer's own.
 */
import { Answer, ConversationContext } from '../types';

export function contextOf(answer: Answer, previous?: ConversationContext): ConversationContext {
  const namesSubject = answer.facets.services.length > 0 || answer.facets.data.length > 0;
  return {
    facets: namesSubject || !previous ? answer.facets : previous.facets,
    kind: answer.kind,
    citedIds: answer.citations.map((c) => c.id),
    ...(answer.decidedBy ? { decidedBy: answer.decidedBy.id } : {}),
  };
}
