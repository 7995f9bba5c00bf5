import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadUserHashSecret } from '../../bot/store/user-hash-secret';
import { hashUserId, useUserHashSecret } from '../../bot/logging/hash-user-id';

describe('the user hash secret', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'molnkoll-secret-'));
  });
  afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('is generated on first start, readable by the owner only, and the same on the next start', () => {
    const first = loadUserHashSecret(dataDir, undefined);
    const file = path.join(dataDir, 'user-hash-secret');
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(loadUserHashSecret(dataDir, undefined)).toBe(first);
  });

  it('comes from USER_HASH_SECRET when set, and then nothing is written', () => {
    expect(loadUserHashSecret(dataDir, 'from-the-environment-0123456789ab')).toBe('from-the-environment-0123456789ab');
    expect(fs.readdirSync(dataDir)).toEqual([]);
  });

  it('refuses a kept file that holds no usable secret, saying what to do', () => {
    fs.writeFileSync(path.join(dataDir, 'user-hash-secret'), 'short\n');
    expect(() => loadUserHashSecret(dataDir, undefined)).toThrow(/holds no usable secret; delete it/);
  });

  it('keys the hash: HMAC-SHA-256, not a plain hash anyone could recompute from a guessed id', () => {
    useUserHashSecret('0123456789abcdef0123456789abcdef');
    expect(hashUserId('29:1user-anna')).toBe('73333c53c1aca382f140c10dc1d409c3');
    // SHA-256 of the id alone, the unsalted hash this replaced, is not what is stored.
    expect(hashUserId('29:1user-anna')).not.toBe('d2364cc1bbaca512990542351136dab4');
    useUserHashSecret('another-secret-0123456789abcdef!!');
    expect(hashUserId('29:1user-anna')).not.toBe('73333c53c1aca382f140c10dc1d409c3');
  });
});
