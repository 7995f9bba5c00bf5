/**
 * Sign-in for the admin page: the token compared in constant time, wrong tokens counted per
 * client in the store (so every instance refuses a client that guessed wrong on any of them)
 * and refused for a while after a few, and sessions as random ids kept in memory (a restart
 * signs everyone out, which is harmless for a handful of admins).
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { hashUserId } from '../logging/hash-user-id';
import { RateCounter } from '../store/rate-counter';
import { RateLimiter } from '../teams/rate-limiter';

export const SESSION_COOKIE = 'molnkoll_admin';
const SESSION_MS = 8 * 60 * 60 * 1000;
/** Wrong tokens one client may send per window before every attempt is refused. */
const WRONG_TOKENS_ALLOWED = 5;
const WRONG_TOKEN_WINDOW_MS = 15 * 60 * 1000;
/** Sessions kept at most; the oldest go first. */
const MAX_SESSIONS = 1000;

export type SignIn = { ok: true; sessionId: string } | { ok: false; reason: 'wrong_token' | 'rate_limited' };

export interface AdminSessionsOptions {
  token: string;
  /** Where wrong tokens are counted. */
  rates: RateCounter;
  now?: () => number;
}

const digest = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

export class AdminSessions {
  private readonly expected: Buffer;
  private readonly now: () => number;
  private readonly wrongTokens: RateLimiter;
  private readonly sessions = new Map<string, number>();

  constructor(options: AdminSessionsOptions) {
    // Digests have one length, so timingSafeEqual never leaks the token's length either.
    this.expected = digest(options.token);
    this.now = options.now ?? Date.now;
    this.wrongTokens = new RateLimiter({ name: 'admin-wrong-token', limit: WRONG_TOKENS_ALLOWED, windowMs: WRONG_TOKEN_WINDOW_MS, counter: options.rates, now: this.now });
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
    this.sessions.set(sessionId, this.now() + SESSION_MS);
    if (this.sessions.size > MAX_SESSIONS) this.sessions.delete(this.sessions.keys().next().value!);
    return { ok: true, sessionId };
  }

  isSignedIn(sessionId: string | undefined): boolean {
    if (!sessionId) return false;
    const expires = this.sessions.get(sessionId);
    if (expires === undefined) return false;
    if (expires > this.now()) return true;
    this.sessions.delete(sessionId);
    return false;
  }

  signOut(sessionId: string | undefined): void {
    if (sessionId) this.sessions.delete(sessionId);
  }
}

export const SESSION_SECONDS = SESSION_MS / 1000;
