import { AdminSessions } from '../../bot/admin/admin-sessions';
import { MemoryRateCounter } from '../../bot/store/memory-rate-counter';

describe('AdminSessions', () => {
  const TOKEN = 'the-right-token-123';

  it('signs in with the right token only, and the session ends after eight hours', async () => {
    let now = 1_000_000;
    const sessions = new AdminSessions({ token: TOKEN, rates: new MemoryRateCounter(), now: () => now });
    expect(await sessions.signIn('the-right-token-12', 'a')).toEqual({ ok: false, reason: 'wrong_token' });
    expect(await sessions.signIn(`${TOKEN} `, 'a')).toEqual({ ok: false, reason: 'wrong_token' });
    const signedIn = await sessions.signIn(TOKEN, 'a');
    expect(signedIn.ok).toBe(true);
    const id = signedIn.ok ? signedIn.sessionId : '';
    expect(id).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(sessions.isSignedIn(id)).toBe(true);
    expect(sessions.isSignedIn('made-up')).toBe(false);
    expect(sessions.isSignedIn(undefined)).toBe(false);
    now += 8 * 60 * 60 * 1000 - 1;
    expect(sessions.isSignedIn(id)).toBe(true);
    now += 1;
    expect(sessions.isSignedIn(id)).toBe(false);
  });

  it('refuses every attempt from a client after five wrong tokens in 15 minutes, others still sign in', async () => {
    let now = 0;
    const rates = new MemoryRateCounter();
    const sessions = new AdminSessions({ token: TOKEN, rates, now: () => now });
    for (let i = 0; i < 5; i += 1) expect(await sessions.signIn('wrong', '10.0.0.1')).toEqual({ ok: false, reason: 'wrong_token' });
    expect(await sessions.signIn(TOKEN, '10.0.0.1')).toEqual({ ok: false, reason: 'rate_limited' });
    expect((await sessions.signIn(TOKEN, '10.0.0.2')).ok).toBe(true);
    // Another instance on the same store refuses the same client.
    const elsewhere = new AdminSessions({ token: TOKEN, rates, now: () => now });
    expect(await elsewhere.signIn(TOKEN, '10.0.0.1')).toEqual({ ok: false, reason: 'rate_limited' });
    now += 15 * 60 * 1000;
    expect((await sessions.signIn(TOKEN, '10.0.0.1')).ok).toBe(true);
  });

  it('signs out', async () => {
    const sessions = new AdminSessions({ token: TOKEN, rates: new MemoryRateCounter() });
    const signedIn = await sessions.signIn(TOKEN, 'a');
    const id = signedIn.ok ? signedIn.sessionId : '';
    sessions.signOut(id);
    expect(sessions.isSignedIn(id)).toBe(false);
  });
});
