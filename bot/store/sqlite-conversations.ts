/** The ConversationMemory on the store's SQLite file; see conversation-memory.ts. */
import Database from 'better-sqlite3';
import { ConversationContext } from '../engine';

import { statement } from './prepared-statement';

export class SqliteConversations {
  constructor(
    private readonly db: Database.Database,
    private readonly now: () => Date,
  ) {}

  rememberContext(key: string, context: ConversationContext): void {
    statement(
      this.db,
      `INSERT INTO conversation_contexts (key, context_json, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET context_json = excluded.context_json, updated_at = excluded.updated_at`,
    ).run(key, JSON.stringify(context), this.now().toISOString());
  }

  recallContext(key: string, maxAgeMs: number): ConversationContext | undefined {
    const row = statement(this.db, 'SELECT context_json, updated_at FROM conversation_contexts WHERE key = ?').get(key) as { context_json: string; updated_at: string } | undefined;
    if (!row || this.now().getTime() - Date.parse(row.updated_at) > maxAgeMs) return undefined;
    return JSON.parse(row.context_json) as ConversationContext;
  }

}
