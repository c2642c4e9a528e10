import { generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signLicenseCertificate, verifyLicenseCertificate } from './license-certificate.ts';
import type { LicenseCertificatePayload } from './license-certificate-payload.ts';
import { generateLicenseKey } from './license-key.ts';
import { derivePublicKeyPem, generateSigningKeyPair } from './signing-key-pair.ts';

const { privateKeyPem, publicKeyPem } = generateSigningKeyPair();
const BEFORE_REFRESH = new Date('2026-01-15T00:00:00.000Z');

function buildPayload(overrides: Partial<LicenseCertificatePayload> = {}): LicenseCertificatePayload {
  return {
    licenseKey: generateLicenseKey(),
    licenseId: '0193a6b2-5c1e-7d4f-9a0b-1c2d3e4f5a6b',
    productId: '0193a6b2-5c1e-7d4f-9a0b-000000000001',
    instanceId: '0193a6b2-5c1e-7d4f-9a0b-aaaaaaaaaaaa',
    instanceName: "Ada's laptop",
    issuedAt: '2026-01-01T12:30:00.000Z',
    expiresAt: '2031-01-01T00:00:00.000Z',
    validUntil: '2026-01-31T12:30:00.000Z',
    activationLimit: 3,
    entitlements: ['pixel-perfect'],
    ...overrides,
  };
}

/** Signs arbitrary bytes with the real key, to prove verification checks more than the signature. */
function signRaw(json: string): string {
  const encoded = Buffer.from(json).toString('base64url');
  return `${encoded}.${sign(null, Buffer.from(encoded), privateKeyPem).toString('base64url')}`;
}

function flipCharAt(text: string, index: number): string {
  const char = text.charAt(index);
  return text.slice(0, index) + (char === 'A' ? 'B' : 'A') + text.slice(index + 1);
}

function verifyAt(token: string, options: { now?: Date; instanceId?: string } = {}) {
  return verifyLicenseCertificate(token, publicKeyPem, { now: BEFORE_REFRESH, ...options });
}

describe('generateSigningKeyPair and derivePublicKeyPem', () => {
  it('returns PEM encoded Ed25519 keys, and the public key follows from the private one', () => {
    expect(privateKeyPem).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    expect(publicKeyPem).toMatch(/^-----BEGIN PUBLIC KEY-----\n/);
    expect(derivePublicKeyPem(privateKeyPem)).toBe(publicKeyPem);
    expect(generateSigningKeyPair().publicKeyPem).not.toBe(publicKeyPem);
  });
});

describe('signLicenseCertificate and verifyLicenseCertificate', () => {
  it('accepts a genuine certificate and returns its payload', () => {
    const payload = buildPayload();
    const token = signLicenseCertificate(payload, privateKeyPem);
    expect(verifyAt(token)).toEqual({ valid: true, payload });
    expect(verifyAt(token, { instanceId: payload.instanceId })).toEqual({ valid: true, payload });
  });

  it('round-trips a license without expiry or limit, with several entitlements and no milliseconds', () => {
    const payload = buildPayload({
      expiresAt: null,
      activationLimit: null,
      issuedAt: '2026-03-04T05:06:07Z',
      entitlements: ['pixel-perfect', 'pixel-perfect:pro', 'updates:2026'],
    });
    const token = signLicenseCertificate(payload, privateKeyPem);
    expect(verifyLicenseCertificate(token, publicKeyPem, { now: new Date('2026-01-01T00:00:00Z') })).toEqual({
      valid: true,
      payload,
    });
  });

  it('produces a compact base64url(json).base64url(signature) token with the version first', () => {
    const payload = buildPayload({ instanceName: 'Zoë’s Mac 🖥' });
    const token = signLicenseCertificate(payload, privateKeyPem);
    const [encodedPayload, encodedSignature, ...rest] = token.split('.');
    expect(rest).toEqual([]);
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(Buffer.from(encodedSignature!, 'base64url')).toHaveLength(64);
    const json = Buffer.from(encodedPayload!, 'base64url').toString('utf8');
    expect(json.startsWith('{"v":1,"licenseKey":')).toBe(true);
    expect(JSON.parse(json)).toEqual({ v: 1, ...payload });
  });

  it('signs only the known fields, in a fixed order', () => {
    const payload = buildPayload();
    const withExtra = { ...payload, customerEmail: 'ada@example.com' } as LicenseCertificatePayload;
    expect(signLicenseCertificate(withExtra, privateKeyPem)).toBe(
      signLicenseCertificate(payload, privateKeyPem),
    );
  });

  it('refuses a certificate signed by another key', () => {
    const token = signLicenseCertificate(buildPayload(), generateSigningKeyPair().privateKeyPem);
    expect(verifyAt(token)).toEqual({ valid: false, reason: 'bad_signature' });
  });

  it('refuses a certificate whose payload was edited, character by character', () => {
    const token = signLicenseCertificate(buildPayload(), privateKeyPem);
    const payloadLength = token.indexOf('.');
    for (let index = 0; index < payloadLength; index++) {
      expect(verifyAt(flipCharAt(token, index)).valid).toBe(false);
    }
  });

  it('refuses a re-encoded payload with more activations or a later expiry under the old signature', () => {
    const token = signLicenseCertificate(buildPayload(), privateKeyPem);
    const [encodedPayload, signature] = token.split('.') as [string, string];
    const original = JSON.parse(Buffer.from(encodedPayload, 'base64url').toString());
    for (const edit of [{ activationLimit: 1000 }, { validUntil: '2099-01-01T00:00:00.000Z' }]) {
      const forged = `${Buffer.from(JSON.stringify({ ...original, ...edit })).toString('base64url')}.${signature}`;
      expect(verifyAt(forged)).toEqual({ valid: false, reason: 'bad_signature' });
    }
  });

  it('refuses an edited signature', () => {
    const token = signLicenseCertificate(buildPayload(), privateKeyPem);
    expect(verifyAt(flipCharAt(token, token.length - 5))).toEqual({ valid: false, reason: 'bad_signature' });
  });

  it('is expired from the license expiry on, even before validUntil would say so', () => {
    const token = signLicenseCertificate(
      buildPayload({ expiresAt: '2026-01-10T00:00:00.000Z', validUntil: '2026-01-10T00:00:00.000Z' }),
      privateKeyPem,
    );
    expect(verifyAt(token, { now: new Date('2026-01-09T23:59:59.999Z') }).valid).toBe(true);
    expect(verifyAt(token, { now: new Date('2026-01-10T00:00:00.000Z') })).toEqual({
      valid: false,
      reason: 'expired',
    });
  });

  it('asks for an online check once validUntil has passed, even for a license that never expires', () => {
    const token = signLicenseCertificate(buildPayload({ expiresAt: null }), privateKeyPem);
    expect(verifyAt(token, { now: new Date('2026-01-31T12:29:59.999Z') }).valid).toBe(true);
    expect(verifyAt(token, { now: new Date('2026-01-31T12:30:00.000Z') })).toEqual({
      valid: false,
      reason: 'expired',
    });
  });

  it('defaults to the current time', () => {
    const token = signLicenseCertificate(buildPayload(), privateKeyPem);
    expect(verifyLicenseCertificate(token, publicKeyPem)).toEqual({ valid: false, reason: 'expired' });
  });

  it('refuses a certificate issued to another instance', () => {
    const token = signLicenseCertificate(buildPayload(), privateKeyPem);
    expect(verifyAt(token, { instanceId: 'another-machine' })).toEqual({
      valid: false,
      reason: 'wrong_instance',
    });
  });

  it.each([
    ['empty', ''],
    ['one part', 'abc'],
    ['three parts', '{P}.{S}.{S}'],
    ['an empty signature', '{P}.'],
    ['an empty payload', '.{S}'],
    ['padding', '{P}=.{S}'],
    ['characters outside base64url', '{P}+/.{S}'],
    ['a non-canonical last character', '{P}.{S-noncanonical}'],
    ['a truncated signature', '{P}.{S-truncated}'],
    ['a signature with a byte too many', '{P}.{S}AA'],
    ['a huge string', `${'A'.repeat(10_000)}.{S}`],
    ['a space inside', '{P-spaced}.{S}'],
  ])('gives malformed for a malformed token: %s', (_label, shape) => {
    const real = signLicenseCertificate(buildPayload(), privateKeyPem);
    const [encodedPayload, encodedSignature] = real.split('.') as [string, string];
    // 64 bytes end in a symbol carrying 2 bits, so B (000001) or C (000010) there is never canonical.
    const nonCanonical = `${encodedSignature.slice(0, -1)}${encodedSignature.endsWith('B') ? 'C' : 'B'}`;
    const parts: Record<string, string> = {
      '{P}': encodedPayload,
      '{P-spaced}': `${encodedPayload.slice(0, 10)} ${encodedPayload.slice(10)}`,
      '{S}': encodedSignature,
      '{S-noncanonical}': nonCanonical,
      '{S-truncated}': encodedSignature.slice(0, -2),
    };
    const token = shape.replace(/\{[^}]+\}/g, (part) => parts[part]!);
    expect(verifyAt(token)).toEqual({ valid: false, reason: 'malformed' });
  });

  it.each([undefined, null, 42, {}, ['a', 'b']])(
    'gives malformed and does not throw for a token that is not a string: %j',
    (token) => {
      expect(verifyAt(token as unknown as string)).toEqual({ valid: false, reason: 'malformed' });
    },
  );

  const genuine = () => ({ v: 1, ...buildPayload() });
  it.each([
    ['not JSON', '{not json'],
    ['JSON null', 'null'],
    ['an array', '[1,2]'],
    ['a string', '"licensed"'],
    ['a future format version', JSON.stringify({ ...genuine(), v: 2 })],
    ['no version', JSON.stringify(buildPayload())],
    ['an extra field', JSON.stringify({ ...genuine(), admin: true })],
    ['a __proto__ field', JSON.stringify(genuine()).replace('{', '{"__proto__":{"admin":true},')],
    ['a missing field', JSON.stringify((({ entitlements: _, ...rest }) => rest)(genuine()))],
    ['a malformed key', JSON.stringify({ ...genuine(), licenseKey: 'SHELF-NOT-A-KEY' })],
    ['a fractional limit', JSON.stringify({ ...genuine(), activationLimit: 1.5 })],
    ['a string limit', JSON.stringify({ ...genuine(), activationLimit: '3' })],
    ['a numeric instance id', JSON.stringify({ ...genuine(), instanceId: 7 })],
    ['entitlements as a string', JSON.stringify({ ...genuine(), entitlements: 'pixel-perfect' })],
    ['a non-string entitlement', JSON.stringify({ ...genuine(), entitlements: ['a', 1] })],
    ['an impossible date', JSON.stringify({ ...genuine(), expiresAt: '2031-02-30T00:00:00.000Z' })],
    ['validUntil after expiresAt', JSON.stringify({ ...genuine(), validUntil: '2032-01-01T00:00:00.000Z' })],
  ])('gives malformed for a genuinely signed but invalid payload: %s', (_label, json) => {
    expect(verifyAt(signRaw(json))).toEqual({ valid: false, reason: 'malformed' });
  });

  it.each<[string, Partial<LicenseCertificatePayload>]>([
    ['a lower-case key', { licenseKey: 'shelf-10000-00000-00000-00000-248' }],
    ['an empty product id', { productId: '' }],
    ['an empty instance name', { instanceName: '' }],
    ['a very long instance name', { instanceName: 'x'.repeat(321) }],
    ['a negative limit', { activationLimit: -1 }],
    ['a local-time issue date', { issuedAt: '2026-01-01T12:30:00+02:00' }],
    ['a date-only expiry', { expiresAt: '2031-01-01' }],
    ['validUntil after expiresAt', { expiresAt: '2026-01-10T00:00:00.000Z' }],
    ['an empty entitlement', { entitlements: [''] }],
    ['a repeated entitlement', { entitlements: ['a', 'a'] }],
  ])('refuses to sign %s', (_label, overrides) => {
    expect(() => signLicenseCertificate(buildPayload(overrides), privateKeyPem)).toThrow(TypeError);
  });

  it('insists on Ed25519 keys', () => {
    const rsa = generateKeyPairSync('rsa', {
      modulusLength: 2048,
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
      publicKeyEncoding: { type: 'spki', format: 'pem' },
    });
    const token = signLicenseCertificate(buildPayload(), privateKeyPem);
    expect(() => signLicenseCertificate(buildPayload(), rsa.privateKey)).toThrow(/Ed25519/);
    expect(() => verifyLicenseCertificate(token, rsa.publicKey)).toThrow(/Ed25519/);
  });
});
