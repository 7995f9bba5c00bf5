/**
 * The store the configuration asks for: SQLite under DATA_DIR (the default, nothing to install),
 * or PostgreSQL when DATABASE_URL is set, for several instances sharing one database.
 */
import { PostgresStore } from './postgres-store';
import { SqliteStore } from './sqlite-store';
import { Store } from './store';

export interface StoreSettings {
  dataDir: string;
  databaseUrl?: string;
  onIdleError?: (error: Error) => void;
}

export async function openStore(settings: StoreSettings): Promise<Store> {
  if (settings.databaseUrl) return PostgresStore.open(settings.databaseUrl, { onIdleError: settings.onIdleError });
  return SqliteStore.open(settings.dataDir);
}
