// Secrets the store must read back (TOTP secrets, webhook signing secrets), so they cannot be hashed:
// sealed with AES-256-GCM under the configured secrets key, a random 96-bit nonce per value, and
// `shelf:<purpose>:<subjectId>` as associated data, so a value copied to another row or used for
// another purpose does not open. Stored as `v1.<base64url(nonce | ciphertext | tag)>`: the version names
// the scheme, so a later one can be told apart and old values still read. Anything that does not open
// (tampered, another key, another subject, an unknown version) reads as null, and callers fail closed.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const VERSION = 'v1';
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

// Values already stored depend on these exact bytes: changing them needs a new version.
function associatedData(purpose: string, subjectId: string): Buffer {
  return Buffer.from(`shelf:${purpose}:${subjectId}`, 'utf8');
}

/** The value to store for `plaintext`, bound to `purpose` (e.g. `totp-secret`) and the row `subjectId`. */
export function sealSecret(key: Buffer, purpose: string, subjectId: string, plaintext: string): string {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG_BYTES });
  cipher.setAAD(associatedData(purpose, subjectId));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return `${VERSION}.${Buffer.concat([nonce, ciphertext, cipher.getAuthTag()]).toString('base64url')}`;
}

/** The plaintext behind a value sealed for `purpose` and `subjectId`, or null when it does not open with `key`. */
export function openSecret(key: Buffer, purpose: string, subjectId: string, stored: string): string | null {
  const [version, payload, ...rest] = stored.split('.');
  if (version !== VERSION || !payload || rest.length > 0) return null;
  const bytes = Buffer.from(payload, 'base64url');
  if (bytes.length <= NONCE_BYTES + TAG_BYTES) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, NONCE_BYTES), {
      authTagLength: TAG_BYTES,
    });
    decipher.setAAD(associatedData(purpose, subjectId));
    decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
    return Buffer.concat([
      decipher.update(bytes.subarray(NONCE_BYTES, bytes.length - TAG_BYTES)),
      decipher.final(),
    ]).toString('utf8');
  } catch {
    return null;
  }
}
