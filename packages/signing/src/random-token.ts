// Opaque bearer tokens (download links, magic links, API keys) and the hash we store instead of
// them, so a database leak does not hand out working links.
import { createHash, randomBytes } from 'node:crypto';

// Below 128 bits a token could be guessed online; the cap only catches nonsense arguments.
const MIN_TOKEN_BYTES = 16;
const MAX_TOKEN_BYTES = 1024;

export function generateToken(bytes = 32): string {
  if (!Number.isInteger(bytes) || bytes < MIN_TOKEN_BYTES || bytes > MAX_TOKEN_BYTES) {
    throw new RangeError(`token size must be an integer from ${MIN_TOKEN_BYTES} to ${MAX_TOKEN_BYTES} bytes`);
  }
  return randomBytes(bytes).toString('base64url');
}

/** A plain SHA-256 is enough here: tokens are high-entropy, so there is nothing to brute-force. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
