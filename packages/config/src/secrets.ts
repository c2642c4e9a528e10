// Secrets the store needs but nobody should have to invent: generated on first start and kept in
// $DATA_DIR/secrets.json so restarts keep sessions, download links and license signatures valid.
import { generateKeyPairSync, hkdfSync, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type GeneratedSecrets = {
  sessionSecret: string;
  downloadSigningSecret: string;
  licenseSigningPrivateKey: string;
  licenseSigningPublicKey: string;
};

function generateSecrets(): GeneratedSecrets {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519', {
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  return {
    sessionSecret: randomBytes(32).toString('base64url'),
    downloadSigningSecret: randomBytes(32).toString('base64url'),
    licenseSigningPrivateKey: privateKey,
    licenseSigningPublicKey: publicKey,
  };
}

/**
 * Reads $DATA_DIR/secrets.json, creating it when missing. The create uses the exclusive flag so
 * two processes starting at once (API and web) agree on one set of secrets.
 */
export function loadOrCreateSecrets(dataDir: string): GeneratedSecrets {
  const file = join(dataDir, 'secrets.json');
  mkdirSync(dataDir, { recursive: true });
  try {
    writeFileSync(file, JSON.stringify(generateSecrets(), null, 2), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return readSecretsFile(file);
}

function readSecretsFile(file: string): GeneratedSecrets {
  // A concurrent creator may not have finished writing yet; a short retry covers that window.
  for (let attempt = 0; ; attempt++) {
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as GeneratedSecrets;
    } catch (error) {
      if (attempt >= 20 || !(error instanceof SyntaxError)) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 25);
    }
  }
}

const SECRETS_KEY_BYTES = 32;

/** SECRETS_KEY as its 32 bytes: 64 hex digits, or base64 / base64url of 32 bytes; null for anything else. */
export function decodeSecretsKey(value: string): Buffer | null {
  const trimmed = value.trim();
  if (/^[0-9a-f]{64}$/i.test(trimmed)) return Buffer.from(trimmed, 'hex');
  if (!/^[A-Za-z0-9+/_-]{43}={0,1}$/.test(trimmed)) return null;
  const bytes = Buffer.from(trimmed.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  return bytes.length === SECRETS_KEY_BYTES ? bytes : null;
}

/**
 * The key that encrypts secrets the store must read back (two-factor secrets) where SECRETS_KEY is not
 * set (development and tests): derived from the generated session secret, so a secrets.json written
 * before this key existed serves without being rewritten, and every process of one DATA_DIR agrees.
 */
export function deriveSecretsKey(generated: GeneratedSecrets): Buffer {
  return Buffer.from(
    hkdfSync('sha256', generated.sessionSecret, 'shelf', 'shelf secrets key v1', SECRETS_KEY_BYTES),
  );
}
