import { generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateLicenseKey } from './license-key.ts';
import { isOfflineLicenseExpired, signOfflineLicense, verifyOfflineLicense } from './offline-license.ts';
import type { OfflineLicensePayload } from './offline-license-payload.ts';
import { generateSigningKeyPair } from './signing-key-pair.ts';

const { privateKeyPem, publicKeyPem } = generateSigningKeyPair();

function buildPayload(overrides: Partial<OfflineLicensePayload> = {}): OfflineLicensePayload {
  return {
    key: generateLicenseKey(),
    productId: 'prod_01HZX',
    customerEmail: 'ada@example.com',
    expiresAt: '2031-01-01T00:00:00.000Z',
    issuedAt: '2026-01-01T12:30:00.000Z',
    activationLimit: 3,
    ...overrides,
  };
}

/** Signs arbitrary JSON with the real key, to prove verification checks more than the signature. */
function signRawJson(value: unknown): string {
  const encoded = Buffer.from(JSON.stringify(value)).toString('base64url');
  const signature = sign(null, Buffer.from(encoded), privateKeyPem);
  return `${encoded}.${signature.toString('base64url')}`;
}

function flipCharAt(text: string, index: number): string {
  const char = text.charAt(index);
  return text.slice(0, index) + (char === 'A' ? 'B' : 'A') + text.slice(index + 1);
}

describe('generateSigningKeyPair', () => {
  it('returns PEM encoded Ed25519 keys', () => {
    expect(privateKeyPem).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    expect(publicKeyPem).toMatch(/^-----BEGIN PUBLIC KEY-----\n/);
    expect(generateSigningKeyPair().publicKeyPem).not.toBe(publicKeyPem);
  });
});

describe('signOfflineLicense and verifyOfflineLicense', () => {
  it('round-trips the payload', () => {
    const payload = buildPayload();
    expect(verifyOfflineLicense(signOfflineLicense(payload, privateKeyPem), publicKeyPem)).toEqual(payload);
  });

  it('round-trips a license that never expires and dates without milliseconds', () => {
    const payload = buildPayload({ expiresAt: null, issuedAt: '2026-03-04T05:06:07Z', activationLimit: 0 });
    expect(verifyOfflineLicense(signOfflineLicense(payload, privateKeyPem), publicKeyPem)).toEqual(payload);
  });

  it('produces a compact base64url(json).base64url(signature) token', () => {
    const payload = buildPayload({ customerEmail: 'zoë@example.com' });
    const token = signOfflineLicense(payload, privateKeyPem);
    const [encodedPayload, encodedSignature, ...rest] = token.split('.');
    expect(rest).toEqual([]);
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(Buffer.from(encodedSignature!, 'base64url')).toHaveLength(64);
    expect(JSON.parse(Buffer.from(encodedPayload!, 'base64url').toString('utf8'))).toEqual({
      v: 1,
      ...payload,
    });
  });

  it('refuses a token signed by another key', () => {
    const token = signOfflineLicense(buildPayload(), generateSigningKeyPair().privateKeyPem);
    expect(verifyOfflineLicense(token, publicKeyPem)).toBeNull();
  });

  it('refuses a token whose payload was edited, character by character', () => {
    const token = signOfflineLicense(buildPayload(), privateKeyPem);
    const payloadLength = token.indexOf('.');
    for (let index = 0; index < payloadLength; index++) {
      expect(verifyOfflineLicense(flipCharAt(token, index), publicKeyPem)).toBeNull();
    }
  });

  it('refuses a re-encoded payload with more activations under the old signature', () => {
    const token = signOfflineLicense(buildPayload(), privateKeyPem);
    const [encodedPayload, signature] = token.split('.') as [string, string];
    const raised = {
      ...JSON.parse(Buffer.from(encodedPayload, 'base64url').toString()),
      activationLimit: 1000,
    };
    const forged = `${Buffer.from(JSON.stringify(raised)).toString('base64url')}.${signature}`;
    expect(verifyOfflineLicense(forged, publicKeyPem)).toBeNull();
  });

  it('refuses an edited or truncated signature', () => {
    const token = signOfflineLicense(buildPayload(), privateKeyPem);
    expect(verifyOfflineLicense(flipCharAt(token, token.length - 5), publicKeyPem)).toBeNull();
    expect(verifyOfflineLicense(token.slice(0, -2), publicKeyPem)).toBeNull();
  });

  it.each([
    ['empty', ''],
    ['one part', 'abc'],
    ['three parts', 'a.b.c'],
    ['padding', 'TOKEN='],
    ['characters outside base64url', 'TOKEN+/'],
    ['a huge string', `${'A'.repeat(5000)}.${'A'.repeat(86)}`],
  ])('returns null for a malformed token: %s', (_label, token) => {
    const real = signOfflineLicense(buildPayload(), privateKeyPem);
    const [encodedPayload, encodedSignature] = real.split('.') as [string, string];
    const candidate = token
      .replace('TOKEN=', `${encodedPayload}=.${encodedSignature}`)
      .replace('TOKEN+/', `${encodedPayload}+/.${encodedSignature}`);
    expect(verifyOfflineLicense(candidate, publicKeyPem)).toBeNull();
  });

  it('returns null for non-string tokens', () => {
    expect(verifyOfflineLicense(undefined as unknown as string, publicKeyPem)).toBeNull();
  });

  it.each([
    ['not JSON', null],
    ['an array', [1, 2]],
    ['a future format version', { ...buildPayload(), v: 2 }],
    ['no version', buildPayload()],
    ['an extra field', { v: 1, ...buildPayload(), admin: true }],
    ['a missing field', (({ activationLimit: _, ...rest }) => ({ v: 1, ...rest }))(buildPayload())],
    ['a malformed key', { v: 1, ...buildPayload({ key: 'SHELF-NOT-A-KEY' }) }],
    ['a fractional limit', { v: 1, ...buildPayload({ activationLimit: 1.5 }) }],
    ['a string limit', { v: 1, ...buildPayload(), activationLimit: '3' }],
    ['an impossible date', { v: 1, ...buildPayload({ expiresAt: '2031-02-30T00:00:00.000Z' }) }],
  ])('returns null for a genuinely signed but invalid payload: %s', (_label, value) => {
    const token =
      value === null
        ? (() => {
            const encoded = Buffer.from('{not json').toString('base64url');
            return `${encoded}.${sign(null, Buffer.from(encoded), privateKeyPem).toString('base64url')}`;
          })()
        : signRawJson(value);
    expect(verifyOfflineLicense(token, publicKeyPem)).toBeNull();
  });

  it.each([
    ['a lower-case key', (p: OfflineLicensePayload) => ({ ...p, key: p.key.toLowerCase() })],
    ['an empty product id', (p: OfflineLicensePayload) => ({ ...p, productId: '' })],
    ['an empty email', (p: OfflineLicensePayload) => ({ ...p, customerEmail: '' })],
    ['a negative limit', (p: OfflineLicensePayload) => ({ ...p, activationLimit: -1 })],
    [
      'a local-time issue date',
      (p: OfflineLicensePayload) => ({ ...p, issuedAt: '2026-01-01T12:30:00+02:00' }),
    ],
    ['a date-only expiry', (p: OfflineLicensePayload) => ({ ...p, expiresAt: '2031-01-01' })],
  ])('refuses to sign %s', (_label, edit) => {
    expect(() => signOfflineLicense(edit(buildPayload()), privateKeyPem)).toThrow(TypeError);
  });

  it('insists on Ed25519 keys', () => {
    const rsa = generateKeyPairSync('rsa', {
      modulusLength: 2048,
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
      publicKeyEncoding: { type: 'spki', format: 'pem' },
    });
    const token = signOfflineLicense(buildPayload(), privateKeyPem);
    expect(() => signOfflineLicense(buildPayload(), rsa.privateKey)).toThrow(/Ed25519/);
    expect(() => verifyOfflineLicense(token, rsa.publicKey)).toThrow(/Ed25519/);
  });
});

describe('isOfflineLicenseExpired', () => {
  const payload = buildPayload({ expiresAt: '2031-01-01T00:00:00.000Z' });

  it('is false before the expiry and true from the expiry on', () => {
    expect(isOfflineLicenseExpired(payload, new Date('2030-12-31T23:59:59.999Z'))).toBe(false);
    expect(isOfflineLicenseExpired(payload, new Date('2031-01-01T00:00:00.000Z'))).toBe(true);
    expect(isOfflineLicenseExpired(payload, new Date('2040-01-01T00:00:00.000Z'))).toBe(true);
  });

  it('is never true for a license without expiry', () => {
    expect(isOfflineLicenseExpired({ ...payload, expiresAt: null }, new Date('2999-01-01T00:00:00Z'))).toBe(
      false,
    );
  });

  it('defaults to the current time', () => {
    expect(isOfflineLicenseExpired({ ...payload, expiresAt: '2000-01-01T00:00:00.000Z' })).toBe(true);
  });
});
