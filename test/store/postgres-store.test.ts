/**
 * PostgresStore against a real PostgreSQL (a throwaway cluster): the ticket contract, then what
 * only a shared database shows: two stores (two pools, as two instances would have) claiming the
 * same ticket, draining the same outbox, starting on the same empty database, and the answer
 * log, votes and contexts one instance writes and the other reads.
 */
import { Client } from 'pg';
import { PostgresStore } from '../../bot/store/postgres-store';
import { POSTGRES_MIGRATIONS } from '../../bot/store/postgres-migrations';
import { NewLoggedAnswer } from '../../bot/store/answer-log';
import { cannedAnswer } from '../support/fake-engine';
import { TestPostgres, startPostgres } from '../support/start-postgres';
import { RateLimiter } from '../../bot/teams/rate-limiter';
import { ASKER, HELPDESK, describeTicketStoreContract, newTicket } from './ticket-store-contract';
import { describeRateCounterContract } from './rate-counter-contract';
import { describeAdminSessionsContract } from './admin-sessions-contract';
import { AdminSessions } from '../../bot/admin/admin-sessions';

let pg: TestPostgres;
const open: PostgresStore[] = [];
beforeAll(async () => {
  pg = await startPostgres();
}, 60_000);
afterAll(async () => {
  await Promise.all(open.map((store) => store.close()));
  pg.stop();
});

async function openStore(url: string, options: Parameters<typeof PostgresStore.open>[1] = {}): Promise<PostgresStore> {
  const store = await PostgresStore.open(url, options);
  open.push(store);
  return store;
}

describeTicketStoreContract('PostgresStore', async () => {
  const url = await pg.freshDatabase();
  let store = await openStore(url);
  return {
    store,
    reopen: async () => {
      await store.close();
      store = await openStore(url);
      return store;
    },
    close: () => store.close(),
  };
});

describeRateCounterContract('PostgresStore', async () => {
  const store = await openStore(await pg.freshDatabase());
  return { counter: store, close: () => store.close() };
});

/** The rows of a query run on its own connection, beside the stores under test. */
async function rowsOf<R extends object>(url: string, sql: string): Promise<R[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as R[];
  } finally {
    await client.end();
  }
}

describeAdminSessionsContract('PostgresStore', async () => {
  const url = await pg.freshDatabase();
  let store = await openStore(url);
  return {
    store,
    storedIdHashes: async () => (await rowsOf<{ id_hash: string }>(url, 'SELECT id_hash FROM admin_sessions ORDER BY id_hash')).map((row) => row.id_hash),
    reopen: async () => {
      await store.close();
      store = await openStore(url);
      return store;
    },
    close: () => store.close(),
  };
});

const OTHER: typeof HELPDESK = { userHash: 'helpdesk-hash-2', role: 'helpdesk' };

describe('PostgresStore shared by two instances', () => {
  let a: PostgresStore;
  let b: PostgresStore;
  let url: string;
  beforeEach(async () => {
    url = await pg.freshDatabase();
    [a, b] = await Promise.all([openStore(url), openStore(url)]);
  });

  it('migrates once when both start on an empty database at the same moment', async () => {
    expect(await rowsOf(url, 'SELECT version FROM schema_version')).toEqual([{ version: 3 }]);
    expect(POSTGRES_MIGRATIONS).toHaveLength(3);
    expect(await b.schemaVersion()).toBe(3);
  });

  it('lets exactly one of two simultaneous claims through and tells the other who has it', async () => {
    const tickets = [];
    for (let n = 0; n < 20; n++) tickets.push((await a.createTicket(newTicket({ question: `Fråga ${n}` }), ASKER)).id);
    const results = await Promise.all(tickets.map((id) => Promise.all([
      a.applyChange(id, { event: 'claimed', actor: HELPDESK }),
      b.applyChange(id, { event: 'claimed', actor: OTHER }),
    ])));
    for (const [fromA, fromB] of results) {
      const [won, lost] = fromA.ok ? [fromA, fromB] : [fromB, fromA];
      expect(won.ok).toBe(true);
      expect(lost).toMatchObject({ ok: false, reason: 'not_allowed', ticket: { status: 'claimed', claimedBy: won.ticket!.claimedBy } });
    }
    for (const id of tickets) expect((await b.auditTrail(id)).map((e) => e.event)).toEqual(['created', 'claimed']);
  });

  it('makes a claim wait for a change still being written on the other instance, then refuses it', async () => {
    const { id } = await a.createTicket(newTicket(), ASKER);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let changedInA!: () => void;
    const changed = new Promise<void>((resolve) => (changedInA = resolve));
    const slow = a.inTransaction(async (tx) => {
      const result = await tx.applyChange(id, { event: 'claimed', actor: HELPDESK });
      changedInA();
      await held; // the row stays locked until this transaction commits
      return result;
    });
    await changed;
    const order: string[] = [];
    const claimInB = b.applyChange(id, { event: 'claimed', actor: OTHER }).then((result) => {
      order.push('b');
      return result;
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    order.push('a commits');
    release();
    expect((await slow).ok).toBe(true);
    expect(await claimInB).toMatchObject({ ok: false, reason: 'not_allowed', ticket: { claimedBy: HELPDESK.userHash } });
    expect(order).toEqual(['a commits', 'b']);
  });

  it('hands each outbox message to one instance only, until it is sent or its lease runs out', async () => {
    for (let n = 1; n <= 10; n++) await a.enqueue({ kind: 'asker_notice', ticketId: `MK-${String(n).padStart(4, '0')}`, notice: 'answered' });
    const due = new Date(Date.now() + 1000);
    const [takenA, takenB] = await Promise.all([a.outbox.takeDue(due, 6), b.outbox.takeDue(due, 6)]);
    const ids = [...takenA, ...takenB].map((m) => m.id);
    expect(ids).toHaveLength(10);
    expect(new Set(ids).size).toBe(10);
    expect(await a.outbox.takeDue(due, 20)).toEqual([]);
    // Instance A dies mid-send: B takes A's messages once the lease (5 minutes) is over.
    for (const message of takenB) await b.outbox.markSent(message.id, due);
    expect(await b.outbox.takeDue(new Date(due.getTime() + 4 * 60_000), 20)).toEqual([]);
    const retaken = await b.outbox.takeDue(new Date(due.getTime() + 5 * 60_000 + 1), 20);
    expect(retaken.map((m) => m.id).sort()).toEqual(takenA.map((m) => m.id).sort());
  });

  it('sends a ticket card changed while on its way once more, after its current send', async () => {
    const { id } = await a.createTicket(newTicket(), ASKER);
    await a.enqueue({ kind: 'ticket_card', ticketId: id });
    const due = new Date(Date.now() + 1000);
    const [taken] = await a.outbox.takeDue(due, 5);
    await b.enqueue({ kind: 'ticket_card', ticketId: id });
    expect(await b.outbox.pending()).toHaveLength(1);
    await a.outbox.markSent(taken.id, due);
    expect(await b.outbox.takeDue(due, 5)).toEqual([{ id: taken.id, attempts: 1, kind: 'ticket_card', ticketId: id }]);
  });

  it('serves one instance\'s answers, votes, latest answer and context to the other, redacted', async () => {
    const answer = cannedAnswer('Får jag spara 19121212-1212 i OneDrive?');
    const entry: NewLoggedAnswer = { userHash: 'u'.repeat(32), question: 'Får jag spara 19121212-1212 i OneDrive?', language: 'sv', channel: 'msteams', knowledgeVersion: 'abc', botAnswer: { verdict: answer.verdict, answered: true, answer: answer.answer, citations: answer.citations }, answer };
    const logged = await a.logAnswer(entry);
    await a.setAnswerActivityId(logged.id, 'card-1');
    await b.recordVote(logged.id, 'not_helpful');
    await b.recordVote(logged.id, 'helpful');
    await a.recordVote(logged.id, 'not_helpful');
    await a.recordVoteReason(logged.id, 'outdated');
    expect(await b.answerById(logged.id)).toMatchObject({ vote: 'not_helpful', reason: 'outdated', activityId: 'card-1', question: 'Får jag spara [personnummer] i OneDrive?' });
    expect(await b.listFeedback()).toEqual([expect.objectContaining({ vote: 'not_helpful', question: 'Får jag spara [personnummer] i OneDrive?', userHash: 'u'.repeat(32) })]);
    await expect(b.recordVote('no-such-answer', 'helpful')).rejects.toThrow('No answer no-such-answer to vote on');

    await a.rememberLatestAnswer('conv-1', 'user-a', { question: 'Fråga om 19121212-1212', language: 'sv', botAnswer: entry.botAnswer, answerId: logged.id });
    expect(await b.latestAnswer('conv-1', 'user-a')).toEqual({ question: 'Fråga om [personnummer]', language: 'sv', botAnswer: entry.botAnswer, answerId: logged.id });
    await a.rememberContext('msteams|conv-1', { facets: { services: ['onedrive'], data: ['health'] }, kind: 'verdict', citedIds: ['beslut'] });
    expect(await b.recallContext('msteams|conv-1', 60_000)).toEqual({ facets: { services: ['onedrive'], data: ['health'] }, kind: 'verdict', citedIds: ['beslut'] });

    expect(await b.purgeBefore(new Date(Date.now() + 60_000))).toEqual({ answers: 1, feedback: 1, contexts: 1 });
    expect(await a.answerById(logged.id)).toBeUndefined();
    expect(await a.latestAnswer('conv-1', 'user-a')).toBeUndefined();
  });

  it('runs transactions with the same lock key one after the other, across instances', async () => {
    const steps: string[] = [];
    const work = (name: string, store: PostgresStore) => store.inTransaction(async (tx) => {
      steps.push(`${name} in`);
      await tx.listTickets({ limit: 1 });
      await new Promise((resolve) => setTimeout(resolve, 100));
      steps.push(`${name} out`);
    }, { lockKey: 'escalate:user-a' });
    await Promise.all([work('a', a), work('b', b)]);
    expect([steps.slice(0, 2), steps.slice(2)].map((pair) => pair.map((s) => s.split(' ')[1]))).toEqual([['in', 'out'], ['in', 'out']]);
  });

  it('shares one user\'s question budget between the instances, so two allow the limit, not twice it', async () => {
    let now = 1_700_000_000_000;
    const limiterOn = (store: PostgresStore) => new RateLimiter({ name: 'question', limit: 4, counter: store, now: () => now });
    const [onA, onB] = [limiterOn(a), limiterOn(b)];
    const taken = [];
    for (const limiter of [onA, onB, onA, onB, onA, onB]) taken.push(await limiter.tryTake('user-a'));
    expect(taken).toEqual([true, true, true, true, false, false]);
    expect(await onB.isFull('user-a')).toBe(true);
    expect(await onA.tryTake('user-b')).toBe(true);

    now += 60_000;
    const atOnce = await Promise.all(Array.from({ length: 10 }, (_, n) => (n % 2 ? onA : onB).tryTake('user-a')));
    expect(atOnce.filter(Boolean)).toHaveLength(4);
  });

  it('deletes ended windows now and then, so the table holds only current ones', async () => {
    let now = 1_700_000_000_000;
    const votes = new RateLimiter({ name: 'vote', limit: 10, windowMs: 1000, counter: a, now: () => now });
    for (const user of ['user-a', 'user-b', 'user-c']) await votes.tryTake(user);
    const keys = async () => (await rowsOf<{ key: string }>(url, 'SELECT key FROM rate_windows ORDER BY key')).map((row) => row.key);
    expect(await keys()).toEqual(['vote:user-a', 'vote:user-b', 'vote:user-c']);
    now += 30_000;
    await votes.tryTake('user-d');
    expect(await keys()).toEqual(['vote:user-a', 'vote:user-b', 'vote:user-c', 'vote:user-d']);
    now += 31_000;
    await votes.tryTake('user-e');
    expect(await keys()).toEqual(['vote:user-e']);
  });

  it('signs an admin in on every instance after a sign-in through one, and out on all after a sign-out through another', async () => {
    const TOKEN = 'correct-horse-battery-staple-42';
    const [onA, onB] = [new AdminSessions({ token: TOKEN, store: a }), new AdminSessions({ token: TOKEN, store: b })];
    const signedIn = await onA.signIn(TOKEN, '10.0.0.1');
    const id = signedIn.ok ? signedIn.sessionId : '';
    expect(await onB.isSignedIn(id)).toBe(true);
    await onB.signOut(id);
    expect(await onA.isSignedIn(id)).toBe(false);

    // Wrong tokens guessed through A count on B too: five in all, not five per instance.
    for (const sessions of [onA, onB, onA, onB, onA]) expect(await sessions.signIn('guess', '10.0.0.9')).toEqual({ ok: false, reason: 'wrong_token' });
    expect(await onB.signIn(TOKEN, '10.0.0.9')).toEqual({ ok: false, reason: 'rate_limited' });
  });
});
