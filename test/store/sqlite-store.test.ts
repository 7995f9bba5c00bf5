import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { SqliteStore, STORE_FILE_NAME } from '../../bot/store/sqlite-store';
import { FeedbackEntry } from '../../bot/store/feedback-store';

describe('SqliteStore', () => {
  let dir: string;
  let store: SqliteStore;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'molnkoll-store-'));
    store = SqliteStore.open(path.join(dir, 'nested', 'data'));
  });

  afterEach(() => {
    store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const entry: FeedbackEntry = {
    question: 'Får jag lagra hälsodata i Office 365?',
    verdict: 'pending',
    citedIds: ['imy-2018', 'skr-2023'],
    vote: 'helpful',
    userHash: 'abc123',
    channelId: 'msteams',
    at: '2025-01-02T03:04:05.000Z',
  };

  it('creates the file under DATA_DIR in WAL mode with a schema version', () => {
    const file = path.join(dir, 'nested', 'data', STORE_FILE_NAME);
    expect(fs.existsSync(file)).toBe(true);
    expect(store.schemaVersion).toBe(2);
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
  });

  it('stores feedback and reads it back, newest first', () => {
    store.saveFeedback(entry);
    store.saveFeedback({ ...entry, vote: 'not_helpful', verdict: null, citedIds: [] });
    expect(store.listFeedback()).toEqual([{ ...entry, vote: 'not_helpful', verdict: null, citedIds: [] }, entry]);
    expect(store.listFeedback(1)).toHaveLength(1);
  });

  it('keeps data and schema across reopening', () => {
    store.saveFeedback(entry);
    store.close();
    store = SqliteStore.open(path.join(dir, 'nested', 'data'));
    expect(store.schemaVersion).toBe(2);
    expect(store.listFeedback()).toEqual([entry]);
  });

  it('remembers only the latest answer per conversation and user', () => {
    store.rememberLatestAnswer('conv-1', 'user-a', { question: 'q1', verdict: 'allowed', citedIds: ['a'] });
    store.rememberLatestAnswer('conv-1', 'user-a', { question: 'q2', verdict: null, citedIds: [] });
    store.rememberLatestAnswer('conv-1', 'user-b', { question: 'q3', verdict: 'not_allowed', citedIds: ['b'] });
    expect(store.latestAnswer('conv-1', 'user-a')).toEqual({ question: 'q2', verdict: null, citedIds: [] });
    expect(store.latestAnswer('conv-1', 'user-b')).toEqual({ question: 'q3', verdict: 'not_allowed', citedIds: ['b'] });
    expect(store.latestAnswer('conv-2', 'user-a')).toBeUndefined();
  });

  it('refuses a store written by a newer build', () => {
    store.close();
    const file = path.join(dir, 'nested', 'data', STORE_FILE_NAME);
    const raw = new Database(file);
    raw.prepare('UPDATE schema_version SET version = 99').run();
    raw.close();
    expect(() => SqliteStore.open(path.join(dir, 'nested', 'data'))).toThrow(/schema version 99 is newer/);
    store = SqliteStore.open(dir);
  });
});
