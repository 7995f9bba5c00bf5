import fs from 'node:fs';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { SqliteStore, STORE_FILE_NAME } from '../../bot/store/sqlite-store';
import { FeedbackEntry } from '../../bot/store/feedback-store';
import { LatestAnswer } from '../../bot/store/latest-answer';
import { TSX_NODE_ARGS } from '../support/bot-process';
import { describeRateCounterContract } from './rate-counter-contract';

describeRateCounterContract('SqliteStore (in memory: one instance)', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'molnkoll-store-rates-'));
  const store = SqliteStore.open(dir);
  return {
    counter: store,
    close: async () => {
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
});

describe('SqliteStore', () => {
  let dir: string;
  let store: SqliteStore;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'molnkoll-store-'));
    store = SqliteStore.open(path.join(dir, 'nested', 'data'));
  });

  afterEach(async () => {
    await store.close();
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
    expect(store.schemaVersion).toBe(6);
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
  });

  it('stores feedback and reads it back, newest first', async () => {
    await store.saveFeedback(entry);
    await store.saveFeedback({ ...entry, vote: 'not_helpful', verdict: null, citedIds: [] });
    expect(await store.listFeedback()).toEqual([{ ...entry, vote: 'not_helpful', verdict: null, citedIds: [] }, entry]);
    expect(await store.listFeedback(1)).toHaveLength(1);
  });

  it('keeps data and schema across reopening', async () => {
    await store.saveFeedback(entry);
    await store.close();
    store = SqliteStore.open(path.join(dir, 'nested', 'data'));
    expect(store.schemaVersion).toBe(6);
    expect(await store.listFeedback()).toEqual([entry]);
  });

  const latest = (question: string, verdict: LatestAnswer['botAnswer']['verdict'], citedIds: string[]): LatestAnswer => ({
    question,
    language: 'sv',
    botAnswer: { verdict, answered: true, answer: `Svar på ${question}`, citations: citedIds.map((id, i) => ({ n: i + 1, id, title: id, issuer: 'X', date: '2018-10-01', dateApproximate: false, quote: 'Citat.' })) },
  });

  it('remembers only the latest answer per conversation and user, across a reopen', async () => {
    await store.rememberLatestAnswer('conv-1', 'user-a', latest('q1', 'allowed', ['a']));
    await store.rememberLatestAnswer('conv-1', 'user-a', latest('q2', null, []));
    await store.rememberLatestAnswer('conv-1', 'user-b', latest('q3', 'not_allowed', ['b']));
    await store.close();
    store = SqliteStore.open(path.join(dir, 'nested', 'data'));
    expect(await store.latestAnswer('conv-1', 'user-a')).toEqual(latest('q2', null, []));
    expect(await store.latestAnswer('conv-1', 'user-b')).toEqual(latest('q3', 'not_allowed', ['b']));
    expect(await store.latestAnswer('conv-2', 'user-a')).toBeUndefined();
  });

  it('redacts a remembered question and a voted question once more before writing them', async () => {
    await store.rememberLatestAnswer('conv-1', 'user-a', latest('Journalen för 19121212-1212?', 'pending', []));
    await store.saveFeedback({ ...entry, question: 'Journalen för 811218-9876?' });
    expect((await store.latestAnswer('conv-1', 'user-a'))?.question).toBe('Journalen för [personnummer]?');
    expect((await store.listFeedback(1))[0].question).toBe('Journalen för [personnummer]?');
  });

  it('refuses a store written by a newer build', async () => {
    await store.close();
    const file = path.join(dir, 'nested', 'data', STORE_FILE_NAME);
    const raw = new Database(file);
    raw.prepare('UPDATE schema_version SET version = 99').run();
    raw.close();
    expect(() => SqliteStore.open(path.join(dir, 'nested', 'data'))).toThrow(/schema version 99 is newer/);
    store = SqliteStore.open(dir);
  });
});

describe('conversation references', () => {
  it('are rewritten only when they change', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'molnkoll-refs-'));
    let clock = new Date('2026-12-01T10:00:00Z');
    const store = SqliteStore.open(dir, { now: () => clock });
    try {
      const reference = { channelId: 'msteams', serviceUrl: 'https://smba.example/emea/', conversation: { id: 'a:1personal-anna', isGroup: false, conversationType: 'personal', name: '' } };
      await store.saveConversationReference('asker:abc', reference);
      clock = new Date('2026-12-01T11:00:00Z');
      await store.saveConversationReference('asker:abc', { ...reference });
      const db = new Database(path.join(dir, 'molnkoll.sqlite'), { readonly: true });
      expect(db.prepare('SELECT at FROM conversation_references WHERE key = ?').get('asker:abc')).toEqual({ at: '2026-12-01T10:00:00.000Z' });
      await store.saveConversationReference('asker:abc', { ...reference, serviceUrl: 'https://smba.example/moved/' });
      expect(db.prepare('SELECT at FROM conversation_references WHERE key = ?').get('asker:abc')).toEqual({ at: '2026-12-01T11:00:00.000Z' });
      expect(await store.conversationReference('asker:abc')).toMatchObject({ serviceUrl: 'https://smba.example/moved/' });
      db.close();
    } finally {
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('transactions that do not wait for the disk (synchronousCommit: false)', () => {
  const context = { facets: { services: ['office365'], data: ['health'] }, kind: 'verdict' as const, citedIds: ['imy-2018'] };
  let dir: string;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'molnkoll-nosync-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('commit what they wrote and roll back what threw', async () => {
    const store = SqliteStore.open(dir);
    try {
      await store.inTransaction((tx) => tx.rememberContext('conv-kept', context), { synchronousCommit: false });
      await expect(store.inTransaction(async (tx) => {
        await tx.rememberContext('conv-lost', context);
        throw new Error('half-way');
      }, { synchronousCommit: false })).rejects.toThrow('half-way');
      expect(await store.recallContext('conv-kept', 60_000)).toEqual(context);
      expect(await store.recallContext('conv-lost', 60_000)).toBeUndefined();
    } finally {
      await store.close();
    }
  });

  it('lose nothing when the process is killed right after the commit', () => {
    // A child process commits without waiting for the disk, then SIGKILLs itself: what it
    // committed lives in the WAL the OS holds, and a new process reads it back.
    const script = path.join(dir, 'commit-then-die.ts');
    fs.writeFileSync(script, [
      `import { SqliteStore } from ${JSON.stringify(path.resolve(__dirname, '../../bot/store/sqlite-store'))};`,
      `const store = SqliteStore.open(${JSON.stringify(dir)});`,
      `store.inTransaction((tx) => tx.rememberContext('conv-1', ${JSON.stringify(context)}), { synchronousCommit: false })`,
      `  .then(() => process.kill(process.pid, 'SIGKILL'));`,
    ].join('\n'));
    const run = spawnSync(process.execPath, [...TSX_NODE_ARGS, script], { encoding: 'utf8' });
    expect(run.signal).toBe('SIGKILL');
    const reopened = SqliteStore.open(dir);
    return reopened.recallContext('conv-1', 60_000)
      .then((found) => expect(found).toEqual(context))
      .finally(() => reopened.close());
  });
});
