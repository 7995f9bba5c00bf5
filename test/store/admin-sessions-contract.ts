/**
 * AdminSessions on a real store: what every store that keeps admin sessions must give it. A
 * test file calls `describeAdminSessionsContract` with a function that opens a fresh, empty
 * store; `storedIdHashes` reads the session table's keys directly, `reopen` closes the store
 * and opens the same data again (a restart).
 */
import { AdminSessions, SignIn } from '../../bot/admin/admin-sessions';
import { AdminSessionStore } from '../../bot/store/admin-session-store';
import { RateCounter } from '../../bot/store/rate-counter';

type SessionsStore = AdminSessionStore & RateCounter;

export interface ContractSessionsStore {
  store: SessionsStore;
  storedIdHashes: () => Promise<string[]>;
  reopen: () => Promise<SessionsStore>;
  close: () => Promise<void>;
}

const TOKEN = 'the-right-token-123';
const EIGHT_HOURS = 8 * 60 * 60 * 1000;
const sessionIdOf = (signIn: SignIn): string => (signIn.ok ? signIn.sessionId : '');

export function describeAdminSessionsContract(name: string, open: () => Promise<ContractSessionsStore>): void {
  describe(`AdminSessions contract: ${name}`, () => {
    let harness: ContractSessionsStore;
    let now: number;
    let sessions: AdminSessions;
    beforeEach(async () => {
      harness = await open();
      now = 1_700_000_000_000;
      sessions = new AdminSessions({ token: TOKEN, store: harness.store, now: () => now });
    });
    afterEach(async () => harness.close());

    it('signs in with the right token only, and the session ends after eight hours', async () => {
      expect(await sessions.signIn('the-right-token-12', 'a')).toEqual({ ok: false, reason: 'wrong_token' });
      expect(await sessions.signIn(`${TOKEN} `, 'a')).toEqual({ ok: false, reason: 'wrong_token' });
      const signedIn = await sessions.signIn(TOKEN, 'a');
      expect(signedIn.ok).toBe(true);
      const id = sessionIdOf(signedIn);
      expect(id).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(await sessions.isSignedIn(id)).toBe(true);
      expect(await sessions.isSignedIn('made-up')).toBe(false);
      expect(await sessions.isSignedIn(undefined)).toBe(false);
      expect(await sessions.isSignedIn('')).toBe(false);
      now += EIGHT_HOURS - 1;
      expect(await sessions.isSignedIn(id)).toBe(true);
      now += 1;
      expect(await sessions.isSignedIn(id)).toBe(false);
    });

    it('refuses every attempt from a client after five wrong tokens in 15 minutes, others still sign in', async () => {
      for (let i = 0; i < 5; i += 1) expect(await sessions.signIn('wrong', '10.0.0.1')).toEqual({ ok: false, reason: 'wrong_token' });
      expect(await sessions.signIn(TOKEN, '10.0.0.1')).toEqual({ ok: false, reason: 'rate_limited' });
      expect((await sessions.signIn(TOKEN, '10.0.0.2')).ok).toBe(true);
      const alsoOnThisStore = new AdminSessions({ token: TOKEN, store: harness.store, now: () => now });
      expect(await alsoOnThisStore.signIn(TOKEN, '10.0.0.1')).toEqual({ ok: false, reason: 'rate_limited' });
      now += 15 * 60 * 1000;
      expect((await sessions.signIn(TOKEN, '10.0.0.1')).ok).toBe(true);
    });

    it('signs out that session only', async () => {
      const [first, second] = [sessionIdOf(await sessions.signIn(TOKEN, 'a')), sessionIdOf(await sessions.signIn(TOKEN, 'a'))];
      await sessions.signOut(first);
      await sessions.signOut(undefined);
      expect(await sessions.isSignedIn(first)).toBe(false);
      expect(await sessions.isSignedIn(second)).toBe(true);
    });

    it('keeps a hash of each session id, never the id, and deletes ended sessions at the next sign-in', async () => {
      const old = sessionIdOf(await sessions.signIn(TOKEN, 'a'));
      const [stored] = await harness.storedIdHashes();
      expect(stored).toMatch(/^[0-9a-f]{64}$/);
      expect(stored).not.toContain(old);
      now += EIGHT_HOURS;
      const fresh = sessionIdOf(await sessions.signIn(TOKEN, 'a'));
      const after = await harness.storedIdHashes();
      expect(after).toHaveLength(1);
      expect(after).not.toContain(stored);
      expect(after.join()).not.toContain(fresh);
    });

    it('keeps sessions across a restart of the store', async () => {
      const id = sessionIdOf(await sessions.signIn(TOKEN, 'a'));
      const store = await harness.reopen();
      const afterRestart = new AdminSessions({ token: TOKEN, store, now: () => now });
      expect(await afterRestart.isSignedIn(id)).toBe(true);
    });
  });
}
