/**
 * SqliteStore as a TicketStore: the contract on a real file (reopened too), plus what only a
 * file can show: the bytes on disk, the upgrade from a migration-1 file, and a SIGKILL mid-burst.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { SqliteStore, STORE_FILE_NAME } from '../../bot/store/sqlite-store';
import { MIGRATIONS, migrate } from '../../bot/store/sqlite-migrations';
import { ASKER, HELPDESK, describeTicketStoreContract, newTicket } from './ticket-store-contract';

const temps: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'molnkoll-tickets-'));
  temps.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of temps) fs.rmSync(dir, { recursive: true, force: true });
});

describeTicketStoreContract('SqliteStore', async () => {
  const dir = tempDir();
  let store = SqliteStore.open(dir);
  return {
    store,
    reopen: async () => {
      await store.close();
      store = SqliteStore.open(dir);
      return store;
    },
    close: () => store.close(),
  };
});

describe('SqliteStore tickets on disk', () => {
  let dir: string;
  let store: SqliteStore;
  beforeEach(() => {
    dir = tempDir();
    store = SqliteStore.open(dir);
  });
  afterEach(() => store.close());

  /** The store file and its WAL/shared-memory companions, as bytes. */
  function filesOnDisk(): Buffer[] {
    return ['', '-wal', '-shm']
      .map((suffix) => path.join(dir, STORE_FILE_NAME + suffix))
      .filter((file) => fs.existsSync(file))
      .map((file) => fs.readFileSync(file));
  }

  it('writes no personnummer to the file or its WAL, not even in a reply', async () => {
    const text = 'Får jag lagra uppgifter om 19121212-1212 i OneDrive?';
    const { id } = await store.createTicket(newTicket({ question: text, comment: text }), ASKER);
    await store.applyChange(id, { event: 'answered', actor: HELPDESK, answer: text });
    await store.rememberLatestAnswer('conv-1', 'user-a', { question: text, language: 'sv', botAnswer: newTicket().botAnswer });
    const check = (): void => {
      const files = filesOnDisk();
      expect(files.length).toBeGreaterThan(0);
      for (const bytes of files) {
        for (const trace of ['19121212', '1212-1212', '1212121212']) {
          expect(bytes.includes(Buffer.from(trace, 'utf8'))).toBe(false);
          expect(bytes.includes(Buffer.from(trace, 'utf16le'))).toBe(false);
        }
        // The ticket itself did land, so the search looked at the right bytes.
      }
      expect(files.some((bytes) => bytes.includes(Buffer.from('[personnummer]')))).toBe(true);
    };
    check(); // while open: the rows are in the WAL
    await store.close();
    check(); // after close: checkpointed into the main file
  });

  it('commits every ticket write with synchronous = FULL in WAL mode', () => {
    const db = store['db'] as Database.Database;
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
  });

  it('upgrades a file written by migration 1 only, keeping its feedback', async () => {
    await store.close();
    const old = tempDir();
    const raw = new Database(path.join(old, STORE_FILE_NAME));
    raw.pragma('journal_mode = WAL');
    migrate(raw, 1);
    raw.prepare(`INSERT INTO feedback (at, user_hash, channel_id, question, verdict, cited_ids, vote)
                 VALUES ('2025-01-02T03:04:05.000Z', 'u', 'msteams', 'q', NULL, '[]', 'helpful')`).run();
    expect((raw.prepare('SELECT version FROM schema_version').get() as { version: number }).version).toBe(1);
    raw.close();

    store = SqliteStore.open(old);
    expect(store.schemaVersion).toBe(MIGRATIONS.length);
    expect(MIGRATIONS.length).toBe(6);
    expect(await store.listFeedback()).toHaveLength(1);
    expect((await store.createTicket(newTicket(), ASKER)).id).toBe('MK-0001');
    const remembered = { question: 'q', language: 'sv' as const, botAnswer: newTicket().botAnswer };
    await store.rememberLatestAnswer('conv-1', 'u', remembered);
    expect(await store.latestAnswer('conv-1', 'u')).toEqual(remembered);
  });

  it('never hands out a ticket number twice, even after a row is deleted by hand', async () => {
    await store.createTicket(newTicket(), ASKER);
    const second = (await store.createTicket(newTicket(), ASKER)).id;
    await store.close();
    const raw = new Database(path.join(dir, STORE_FILE_NAME));
    raw.prepare('DELETE FROM ticket_audit WHERE ticket_seq = 2').run();
    raw.prepare('DELETE FROM tickets WHERE seq = 2').run();
    raw.close();
    store = SqliteStore.open(dir);
    expect(second).toBe('MK-0002');
    expect((await store.createTicket(newTicket(), ASKER)).id).toBe('MK-0003');
  });

  it('uses the clock it is given for tickets and their trail', async () => {
    await store.close();
    let now = new Date('2025-03-04T05:06:07.000Z');
    store = SqliteStore.open(dir, { now: () => now });
    const { id, createdAt } = await store.createTicket(newTicket(), ASKER);
    now = new Date('2025-03-05T00:00:00.000Z');
    const changed = (await store.applyChange(id, { event: 'claimed', actor: HELPDESK })).ticket!;
    expect([createdAt, changed.updatedAt]).toEqual(['2025-03-04T05:06:07.000Z', '2025-03-05T00:00:00.000Z']);
    expect((await store.auditTrail(id)).map((e) => e.at)).toEqual([createdAt, changed.updatedAt]);
  });

  it('keeps every ticket it returned when the process is killed with SIGKILL mid-burst', async () => {
    await store.close();
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'fixtures', 'create-tickets-forever.ts'), dir], {
      cwd: path.join(__dirname, '..', '..'),
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const acknowledged: string[] = [];
    let buffered = '';
    await new Promise<void>((resolve, reject) => {
      child.on('error', reject);
      child.on('exit', () => resolve());
      child.stdout.setEncoding('utf8');
      child.stdout.on('data', (chunk: string) => {
        buffered += chunk;
        const lines = buffered.split('\n');
        buffered = lines.pop()!;
        acknowledged.push(...lines);
        if (acknowledged.length >= 40) child.kill('SIGKILL');
      });
    });
    expect(child.signalCode).toBe('SIGKILL');
    store = SqliteStore.open(dir);
    const stored = new Set((await store.listTickets()).map((t) => t.id));
    expect(acknowledged.length).toBeGreaterThanOrEqual(40);
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
    expect(await store.auditTrail(acknowledged[acknowledged.length - 1])).toHaveLength(1);
  });
});
