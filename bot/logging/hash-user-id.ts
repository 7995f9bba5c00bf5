/**
 * A stable pseudonym for a user: logs and stored records can count and group by user without
 * holding their channel id, let alone their name. Keyed (HMAC-SHA-256), so nobody who lacks
 * the secret can test a guessed id against a stored hash. The secret comes from USER_HASH_SECRET
 * or a file under DATA_DIR (bot/store/user-hash-secret.ts), set once at start-up; until then a
 * random one serves, stable only for this process (tests, the CLI).
 */
import { createHmac, randomBytes } from 'node:crypto';

let secret: Buffer = randomBytes(32);

/** Called once at start-up, before the first turn. */
export function useUserHashSecret(value: string | Buffer): void {
  if (value.length < 16) throw new RangeError('The user hash secret must be at least 16 bytes');
  secret = Buffer.from(value);
}

export function hashUserId(userId: string): string {
  return createHmac('sha256', secret).update(userId, 'utf8').digest('hex').slice(0, 32);
}
