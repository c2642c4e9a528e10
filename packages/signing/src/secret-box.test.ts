// Sealed secrets: what is stored is not the secret, opens only with the same key, purpose and subject,
// anything edited opens as nothing, and values sealed before (TOTP and webhook secrets) still open.
import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openSecret, sealSecret } from './secret-box.ts';

const key = randomBytes(32);
const subjectId = randomUUID();
const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

describe('sealed secrets', () => {
  it('are not the secret, differ each time, and open with the key, the purpose and the subject', () => {
    const first = sealSecret(key, 'totp-secret', subjectId, secret);
    const second = sealSecret(key, 'totp-secret', subjectId, secret);
    expect(first).toMatch(/^v1\.[\w-]+$/);
    expect(first).not.toContain(secret);
    expect(first).not.toBe(second);
    expect(first.length).toBeLessThanOrEqual(255);
    expect(openSecret(key, 'totp-secret', subjectId, first)).toBe(secret);
    expect(openSecret(key, 'totp-secret', subjectId, second)).toBe(secret);
  });

  it('fail closed: another key, subject or purpose, any changed byte, an unknown version or plain text', () => {
    const stored = sealSecret(key, 'totp-secret', subjectId, secret);
    expect(openSecret(randomBytes(32), 'totp-secret', subjectId, stored)).toBeNull();
    expect(openSecret(key, 'totp-secret', randomUUID(), stored)).toBeNull();
    expect(openSecret(key, 'webhook-secret', subjectId, stored)).toBeNull();
    const bytes = Buffer.from(stored.slice(3), 'base64url');
    for (let index = 0; index < bytes.length; index++) {
      const tampered = Buffer.from(bytes);
      tampered[index] = (tampered[index] ?? 0) ^ 0x01;
      expect(openSecret(key, 'totp-secret', subjectId, `v1.${tampered.toString('base64url')}`)).toBeNull();
    }
    const short = `v1.${bytes.subarray(0, 20).toString('base64url')}`;
    expect(openSecret(key, 'totp-secret', subjectId, short)).toBeNull();
    expect(openSecret(key, 'totp-secret', subjectId, `v2.${stored.slice(3)}`)).toBeNull();
    expect(openSecret(key, 'totp-secret', subjectId, `${stored}.x`)).toBeNull();
    expect(openSecret(key, 'totp-secret', subjectId, secret)).toBeNull();
    expect(openSecret(key, 'totp-secret', subjectId, '')).toBeNull();
  });

  // Sealed by the earlier per-domain ciphers: the associated data must stay byte for byte the same.
  it('open values stored before: TOTP secrets of a user and signing secrets of a webhook endpoint', () => {
    const fixedKey = Buffer.alloc(32, 7);
    const totp = 'v1.Nz_mH6ytPlQ4kjx9-h3wnU55I6gS1STljin4Altb-8vhE5uZqbazQfkgBHw';
    expect(openSecret(fixedKey, 'totp-secret', '00000000-0000-4000-8000-000000000001', totp)).toBe(
      'JBSWY3DPEHPK3PXP',
    );
    const webhook =
      'v1.5vzUpuoSPZOhqWehouG9Wurx_wKCnXlssgG2H3jZncwFzS88aob0u92RXi15HFYApyt25fSyR2jeYaWb5r3vZbIM';
    expect(openSecret(fixedKey, 'webhook-secret', '00000000-0000-4000-8000-000000000002', webhook)).toBe(
      'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    );
  });
});
