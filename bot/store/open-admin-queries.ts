/**
 * The admin page's and `npm run answers`' read-only queries on whichever store the
 * configuration chose (see open-store.ts): the SQLite file under DATA_DIR, or the PostgreSQL
 * database every instance shares when DATABASE_URL is set. The store must have been opened
 * (and so migrated) first.
 */
import { AdminQueries } from './admin-queries';
import { PostgresAdminQueries } from './postgres-admin-queries';
import { SqliteAdminQueries } from './sqlite-admin-queries';

export interface AdminQueriesSettings {
  dataDir: string;
  databaseUrl?: string;
  onIdleError?: (error: Error) => void;
}

export function openAdminQueries(settings: AdminQueriesSettings): AdminQueries {
  if (settings.databaseUrl) return PostgresAdminQueries.open(settings.databaseUrl, { onIdleError: settings.onIdleError });
  return SqliteAdminQueries.open(settings.dataDir);
}
