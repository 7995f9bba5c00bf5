/**
 * A stable pseudonym for a user: logs and stored feedback can count and group by user
 * without holding their channel id, let alone their name.
 */
import { createHash } from 'node:crypto';

export function hashUserId(userId: string): string {
  return createHash('sha256').update(userId, 'utf8').digest('hex').slice(0, 32);
}
