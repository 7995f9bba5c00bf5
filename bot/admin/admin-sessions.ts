/**
 * Sign-in for the admin page: the token compared in constant time, wrong tokens counted per
 * client and refused for a while after a few, and sessions as random ids. Both live in the
 * store, so with several instances a sign-in through one holds on every other one, and a client
 * refused by one is refused by all. The store keeps a SHA-256 of each session id, never the id:
 * a copy of the table signs nobody in, and 256 random bits cannot be found from their hash.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { hashUserId } from '../logging/hash-user-id';
import { AdminSessionStore } from '../store/admin-session-store';
import { RateCounter } from '../store/rate-counter';
import { RateLimiter } from '../teams/rate-limiter';

export const SESSION_COOKIE = 'molnkoll_admin';
const SESSION_MS = 8 * 60 * 60 * 1000;
/** Wrong tokens one client may send per window before every attempt is refused. */
const WRONG_TOKENS_ALLOWED = 5;
const WRONG_TOKEN_WINDOW_MS = 15 * 60 * 1000;

export type SignIn = { ok: true; sessionId: string } | { ok: false; reason: 'wrong_token' | 'rate_limited' };

export interface AdminSessionsOptions {
  token: string;
  /** Where sessions are kept and wrong tokens counted: the bot's store. */
  store: AdminSessionStore & RateCounter;
  now?: () => number;
}

const digest = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();
const idHashOf = (sessionId: string): string => createHash('sha256').update(sessionId, 'utf8').digest('hex');

export class AdminSessions {
  private readonly expected: Buffer;
  private readonly store: AdminSessionStore;
  private readonly now: () => number;
  private readonly wrongTokens: RateLimiter;

  constructor(options: AdminSessionsOptions) {
    // Digests have one length, so timingSafeEqual never leaks the token's length either.
    this.expected = digest(options.token);
    this.store = options.store;
    this.now = options.now ?? Date.now;
    this.wrongTokens = new RateLimiter({ name: 'admin-wrong-token', limit: WRONG_TOKENS_ALLOWED, windowMs: WRONG_TOKEN_WINDOW_MS, counter: options.store, now: this.now });
  }

  /** `client`: who is counted for wrong tokens (the remote address, kept only as a keyed hash). */
  async signIn(token: string, client: string): Promise<SignIn> {
    const clientHash = hashUserId(client);
    if (await this.wrongTokens.isFull(clientHash)) return { ok: false, reason: 'rate_limited' };
    if (!timingSafeEqual(digest(token), this.expected)) {
      await this.wrongTokens.tryTake(clientHash);
      return { ok: false, reason: 'wrong_token' };
    }
    const sessionId = randomBytes(32).toString('base64url');
    const now = this.now();
    await this.store.startAdminSession(idHashOf(sessionId), new Date(now + SESSION_MS), new Date(now));
    return { ok: true, sessionId };
  }

  async isSignedIn(sessionId: string | undefined): Promise<boolean> {
    if (!sessionId) return false;
    return this.store.isAdminSessionLive(idHashOf(sessionId), new Date(this.now()));
  }

  async signOut(sessionId: string | undefined): Promise<void> {
    if (sessionId) await this.store.endAdminSession(idHashOf(sessionId));
  }
}

export const SESSION_SECONDS = SESSION_MS / 1000;
