/** AdminSessions on a real SqliteStore file (PostgresStore runs the same contract in its own test file). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { STORE_FILE_NAME, SqliteStore } from '../../bot/store/sqlite-store';
import { describeAdminSessionsContract } from '../store/admin-sessions-contract';

describeAdminSessionsContract('SqliteStore', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'molnkoll-admin-sessions-'));
  let store = SqliteStore.open(dir);
  return {
    store,
    storedIdHashes: async () => {
      const raw = new Database(path.join(dir, STORE_FILE_NAME), { readonly: true });
      try {
        return (raw.prepare('SELECT id_hash FROM admin_sessions ORDER BY id_hash').all() as { id_hash: string }[]).map((row) => row.id_hash);
      } finally {
        raw.close();
      }
    },
    reopen: async () => {
      await store.close();
      store = SqliteStore.open(dir);
      return store;
    },
    close: async () => {
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
});
