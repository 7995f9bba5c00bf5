/**
 * The context a follow-up question leans on, per conversation (and per user where several people
 * share one): kept in the store, never in the process, so it survives a restart and serves every
 * instance that shares the store. It holds glossary and document ids only.
 */
import { ConversationContext } from '../engine';

export interface ConversationMemory {
  rememberContext(key: string, context: ConversationContext): Promise<void>;
  /** The context saved under `key` no longer ago than `maxAgeMs`; an older one has expired. */
  recallContext(key: string, maxAgeMs: number): Promise<ConversationContext | undefined>;
}
