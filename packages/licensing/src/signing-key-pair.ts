// The Ed25519 key pair behind license certificates: the store keeps the private key, creators ship the
// public key inside their software so it can check a certificate with no network.
import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';

export type SigningKeyPair = { privateKeyPem: string; publicKeyPem: string };

export function generateSigningKeyPair(): SigningKeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519', {
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  return { privateKeyPem: privateKey, publicKeyPem: publicKey };
}

/** The SPKI PEM public key of an Ed25519 private key, for a store configured with the private key alone. */
export function derivePublicKeyPem(privateKeyPem: string): string {
  return createPublicKey(readEd25519PrivateKey(privateKeyPem))
    .export({ type: 'spki', format: 'pem' })
    .toString();
}

// A wrong key type is a configuration mistake, so it throws rather than passing for a bad token.
export function readEd25519PrivateKey(pem: string): KeyObject {
  return assertEd25519(createPrivateKey(pem));
}

export function readEd25519PublicKey(pem: string): KeyObject {
  return assertEd25519(createPublicKey(pem));
}

function assertEd25519(key: KeyObject): KeyObject {
  if (key.asymmetricKeyType !== 'ed25519') {
    throw new TypeError(`expected an Ed25519 key, got ${key.asymmetricKeyType ?? key.type}`);
  }
  return key;
}
