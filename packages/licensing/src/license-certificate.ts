// License certificates: what an activation hands the creator's software so it can check its license with
// no network call. A compact token `base64url(json).base64url(ed25519 signature)`; the signature covers
// the encoded JSON exactly as sent, so verification never depends on how some other JSON library would
// re-serialise the payload. examples/verify-license/verify.mjs carries a copy of verifyLicenseCertificate
// for apps that do not want this package; this file is the reference.
import { sign, verify } from 'node:crypto';
import {
  CERTIFICATE_FIELDS,
  CERTIFICATE_VERSION,
  describePayloadProblem,
  type LicenseCertificatePayload,
  parseLicenseCertificatePayload,
} from './license-certificate-payload.ts';
import { readEd25519PrivateKey, readEd25519PublicKey } from './signing-key-pair.ts';

export type LicenseCertificateVerification =
  | { valid: true; payload: LicenseCertificatePayload }
  | { valid: false; reason: 'malformed' | 'bad_signature' | 'expired' | 'wrong_instance' };

const ED25519_SIGNATURE_BYTES = 64;
const MAX_TOKEN_LENGTH = 8192;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

export function signLicenseCertificate(payload: LicenseCertificatePayload, privateKeyPem: string): string {
  const problem = describePayloadProblem(payload);
  if (problem !== null) throw new TypeError(`cannot sign license certificate: ${problem}`);
  const ordered = { ...payload, v: CERTIFICATE_VERSION };
  const json = JSON.stringify(ordered, [...CERTIFICATE_FIELDS]);
  const encodedPayload = Buffer.from(json, 'utf8').toString('base64url');
  const signature = sign(null, Buffer.from(encodedPayload, 'ascii'), readEd25519PrivateKey(privateKeyPem));
  return `${encodedPayload}.${signature.toString('base64url')}`;
}

/**
 * Checks a certificate offline. Bad tokens of any shape give a reason and never throw; only a public key
 * that is not Ed25519 throws, because that is a mistake in the app, not in its input. `expired` covers
 * both the license's own expiry and a passed `validUntil`: either way the certificate no longer vouches
 * for the license, and the app asks the store online. `wrong_instance` when `instanceId` is given and the
 * certificate was issued to another activation.
 */
export function verifyLicenseCertificate(
  token: string,
  publicKeyPem: string,
  options: { now?: Date; instanceId?: string } = {},
): LicenseCertificateVerification {
  const publicKey = readEd25519PublicKey(publicKeyPem);
  if (typeof token !== 'string' || token.length > MAX_TOKEN_LENGTH) return invalid('malformed');
  const parts = token.trim().split('.');
  if (parts.length !== 2) return invalid('malformed');
  const [encodedPayload, encodedSignature] = parts as [string, string];
  const payloadBytes = decodeBase64Url(encodedPayload);
  const signature = decodeBase64Url(encodedSignature);
  if (payloadBytes === null || signature?.length !== ED25519_SIGNATURE_BYTES) return invalid('malformed');
  if (!verify(null, Buffer.from(encodedPayload, 'ascii'), publicKey, signature)) {
    return invalid('bad_signature');
  }
  const payload = parseJsonPayload(payloadBytes);
  if (payload === null) return invalid('malformed');
  if (options.instanceId !== undefined && options.instanceId !== payload.instanceId) {
    return invalid('wrong_instance');
  }
  const now = (options.now ?? new Date()).getTime();
  const expiresAt = payload.expiresAt === null ? Number.POSITIVE_INFINITY : Date.parse(payload.expiresAt);
  if (now >= expiresAt || now >= Date.parse(payload.validUntil)) return invalid('expired');
  return { valid: true, payload };
}

function invalid(
  reason: 'malformed' | 'bad_signature' | 'expired' | 'wrong_instance',
): LicenseCertificateVerification {
  return { valid: false, reason };
}

function parseJsonPayload(bytes: Buffer): LicenseCertificatePayload | null {
  try {
    return parseLicenseCertificatePayload(JSON.parse(bytes.toString('utf8')));
  } catch {
    return null;
  }
}

// Node's decoder skips characters it does not know; insisting on the canonical spelling keeps one
// token per signature.
function decodeBase64Url(text: string): Buffer | null {
  if (!BASE64URL.test(text)) return null;
  const bytes = Buffer.from(text, 'base64url');
  return bytes.toString('base64url') === text ? bytes : null;
}
