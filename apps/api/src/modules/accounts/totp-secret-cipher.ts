// TOTP secrets kept encrypted in the user row: unlike passwords and tokens they must be read back to check
// a code, so they cannot be hashed. AES-256-GCM with the configured secrets key (config.secrets.secretsKey),
// a random 96-bit nonce per value, and the user's id as associated data, so a value copied to another
// user's row does not decrypt. Stored as `v1.<base64url(nonce | ciphertext | tag)>`: the version names the
// scheme, so a later one can be told apart and old values still read. Anything that does not decrypt
// (tampered, another key, an unknown version) reads as no secret at all: such a code is refused.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const VERSION = 'v1';
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

function associatedData(userId: string): Buffer {
  return Buffer.from(`shelf:totp-secret:${userId}`, 'utf8');
}

/** The value to store for `secret` (Base32) of the user `userId`. */
export function encryptTotpSecret(key: Buffer, userId: string, secret: string): string {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG_BYTES });
  cipher.setAAD(associatedData(userId));
  const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return `${VERSION}.${Buffer.concat([nonce, ciphertext, cipher.getAuthTag()]).toString('base64url')}`;
}

/** The secret behind a stored value of `userId`, or null when it does not decrypt with `key`. */
export function decryptTotpSecret(key: Buffer, userId: string, stored: string): string | null {
  const [version, payload, ...rest] = stored.split('.');
  if (version !== VERSION || !payload || rest.length > 0) return null;
  const bytes = Buffer.from(payload, 'base64url');
  if (bytes.length <= NONCE_BYTES + TAG_BYTES) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, NONCE_BYTES), {
      authTagLength: TAG_BYTES,
    });
    decipher.setAAD(associatedData(userId));
    decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
    const secret = Buffer.concat([
      decipher.update(bytes.subarray(NONCE_BYTES, bytes.length - TAG_BYTES)),
      decipher.final(),
    ]);
    return secret.toString('utf8');
  } catch {
    return null;
  }
}
