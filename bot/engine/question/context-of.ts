/** What the next question of the conversation may lean on, taken from an answer. */
import { Answer, ConversationContext } from '../types';

export function contextOf(answer: Answer): ConversationContext {
  return {
    facets: answer.facets,
    kind: answer.kind,
    citedIds: answer.citations.map((c) => c.id),
    ...(answer.decidedBy ? { decidedBy: answer.decidedBy.id } : {}),
  };
}
