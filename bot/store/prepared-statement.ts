/**
 * better-sqlite3 statements, prepared on first use and reused for the life of the connection:
 * preparing costs more than running most of our one-row statements (it showed up as a few per
 * cent of a turn's CPU when every call prepared its own).
 */
import Database from 'better-sqlite3';

const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

export function statement(db: Database.Database, sql: string): Database.Statement {
  let statements = cache.get(db);
  if (!statements) {
    statements = new Map();
    cache.set(db, statements);
  }
  let prepared = statements.get(sql);
  if (!prepared) {
    prepared = db.prepare(sql);
    statements.set(sql, prepared);
  }
  return prepared;
}
