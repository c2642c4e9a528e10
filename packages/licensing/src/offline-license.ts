// Signed offline licenses: a compact token `base64url(json).base64url(ed25519 signature)` that the
// creator's software verifies with the store's public key, so a license keeps working offline.
// The signature covers the encoded JSON exactly as sent, so verification never depends on how
// some other JSON library would re-serialise the payload.
import { sign, verify } from 'node:crypto';
import {
  describePayloadProblem,
  type OfflineLicensePayload,
  PAYLOAD_VERSION,
  parseOfflineLicensePayload,
} from './offline-license-payload.ts';
import { readEd25519PrivateKey, readEd25519PublicKey } from './signing-key-pair.ts';

const ED25519_SIGNATURE_BYTES = 64;
const MAX_TOKEN_LENGTH = 4096;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

export function signOfflineLicense(payload: OfflineLicensePayload, privateKeyPem: string): string {
  const problem = describePayloadProblem(payload);
  if (problem !== null) throw new TypeError(`cannot sign offline license: ${problem}`);
  const { key, productId, customerEmail, expiresAt, issuedAt, activationLimit } = payload;
  const json = JSON.stringify({
    v: PAYLOAD_VERSION,
    key,
    productId,
    customerEmail,
    expiresAt,
    issuedAt,
    activationLimit,
  });
  const encodedPayload = Buffer.from(json, 'utf8').toString('base64url');
  const signature = sign(null, Buffer.from(encodedPayload, 'ascii'), readEd25519PrivateKey(privateKeyPem));
  return `${encodedPayload}.${signature.toString('base64url')}`;
}

/**
 * Returns the payload of a genuine token, or null for anything tampered with or malformed.
 * Expiry is not checked here (see isOfflineLicenseExpired) so callers can tell the two apart.
 */
export function verifyOfflineLicense(token: string, publicKeyPem: string): OfflineLicensePayload | null {
  const publicKey = readEd25519PublicKey(publicKeyPem);
  if (typeof token !== 'string' || token.length > MAX_TOKEN_LENGTH) return null;
  const parts = token.trim().split('.');
  if (parts.length !== 2) return null;
  const [encodedPayload, encodedSignature] = parts as [string, string];
  const payloadBytes = decodeBase64Url(encodedPayload);
  const signature = decodeBase64Url(encodedSignature);
  if (payloadBytes === null || signature?.length !== ED25519_SIGNATURE_BYTES) return null;
  if (!verify(null, Buffer.from(encodedPayload, 'ascii'), publicKey, signature)) return null;
  try {
    return parseOfflineLicensePayload(JSON.parse(payloadBytes.toString('utf8')));
  } catch {
    return null;
  }
}

export function isOfflineLicenseExpired(payload: OfflineLicensePayload, now: Date = new Date()): boolean {
  return payload.expiresAt !== null && now.getTime() >= Date.parse(payload.expiresAt);
}

// Node's decoder skips characters it does not know; insisting on the canonical spelling keeps one
// token per signature.
function decodeBase64Url(text: string): Buffer | null {
  if (!BASE64URL.test(text)) return null;
  const bytes = Buffer.from(text, 'base64url');
  return bytes.toString('base64url') === text ? bytes : null;
}
