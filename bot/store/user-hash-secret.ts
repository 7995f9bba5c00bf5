/**
 * The secret behind users' hashes: USER_HASH_SECRET when set, else a random one generated on
 * first start and kept under DATA_DIR (mode 0600), so the same user keeps the same hash across
 * restarts without anyone having to configure anything.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const USER_HASH_SECRET_FILE = 'user-hash-secret';

export function loadUserHashSecret(dataDir: string, fromEnv: string | undefined): string {
  if (fromEnv) return fromEnv;
  const file = path.join(dataDir, USER_HASH_SECRET_FILE);
  fs.mkdirSync(dataDir, { recursive: true });
  try {
    // 'wx': two processes starting at once cannot both write; the loser reads the winner's.
    fs.writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const secret = fs.readFileSync(file, 'utf8').trim();
  if (secret.length < 16) throw new Error(`${file} holds no usable secret; delete it to have a new one generated (existing user hashes then change)`);
  return secret;
}
