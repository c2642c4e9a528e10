// The encryption of stored TOTP secrets: what is stored is not the secret, reads back only with the same
// key and user, and anything edited reads as no secret.
import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decryptTotpSecret, encryptTotpSecret } from './totp-secret-cipher.ts';

const key = randomBytes(32);
const userId = randomUUID();
const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

describe('stored TOTP secrets', () => {
  it('are not the secret, differ each time, and read back with the key and the user', () => {
    const first = encryptTotpSecret(key, userId, secret);
    const second = encryptTotpSecret(key, userId, secret);
    expect(first).toMatch(/^v1\.[\w-]+$/);
    expect(first).not.toContain(secret);
    expect(first).not.toBe(second);
    expect(first.length).toBeLessThanOrEqual(255);
    expect(decryptTotpSecret(key, userId, first)).toBe(secret);
    expect(decryptTotpSecret(key, userId, second)).toBe(secret);
  });

  it('fail closed: another key, another user, any changed byte, an unknown version or plain text', () => {
    const stored = encryptTotpSecret(key, userId, secret);
    expect(decryptTotpSecret(randomBytes(32), userId, stored)).toBeNull();
    expect(decryptTotpSecret(key, randomUUID(), stored)).toBeNull();
    const bytes = Buffer.from(stored.slice(3), 'base64url');
    for (let index = 0; index < bytes.length; index++) {
      const tampered = Buffer.from(bytes);
      tampered[index] = (tampered[index] ?? 0) ^ 0x01;
      expect(decryptTotpSecret(key, userId, `v1.${tampered.toString('base64url')}`)).toBeNull();
    }
    expect(decryptTotpSecret(key, userId, `v1.${bytes.subarray(0, 20).toString('base64url')}`)).toBeNull();
    expect(decryptTotpSecret(key, userId, `v2.${stored.slice(3)}`)).toBeNull();
    expect(decryptTotpSecret(key, userId, `${stored}.x`)).toBeNull();
    expect(decryptTotpSecret(key, userId, secret)).toBeNull();
    expect(decryptTotpSecret(key, userId, '')).toBeNull();
  });
});
