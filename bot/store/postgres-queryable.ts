/** What the PostgreSQL store's parts query through: the pool, or the client of a transaction. */
import type { QueryResult, QueryResultRow } from 'pg';

export interface Queryable {
  query<R extends QueryResultRow = QueryResultRow>(sql: string, values?: unknown[]): Promise<QueryResult<R>>;
}

/** Runs `work` in a transaction: on `db` as it is when already inside one, otherwise on a fresh one from `begin`. */
export type InTransaction = <T>(work: (db: Queryable) => Promise<T>) => Promise<T>;

/** An ISO 8601 string from a timestamptz column (pg hands back Dates). */
export const iso = (value: Date): string => value.toISOString();
