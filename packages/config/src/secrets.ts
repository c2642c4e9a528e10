// Secrets the store needs but nobody should have to invent: generated on first start and kept in
// $DATA_DIR/secrets.json so restarts keep sessions, download links and license signatures valid.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
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
