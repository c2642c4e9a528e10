#!/usr/bin/env node
// Checks a Shelf license certificate offline, the way a creator's app would at start-up. Plain Node, no
// dependencies: copy this file (or just verifyLicenseCertificate below) into your app. The reference
// implementation is verifyLicenseCertificate in Shelf's packages/licensing (src/license-certificate.ts);
// this copy follows it rule for rule and a test in that package runs this script to keep it so.
//
//   node verify.mjs --store https://shop.example.com [--instance ID] [--key-file PATH] CERTIFICATE
//   node verify.mjs --store https://shop.example.com --file certificate.txt
//
// The store's public key is fetched once from /.well-known/shelf-license-key and kept in --key-file
// (default ./shelf-license-key.pem); later runs need no network. Prints the verdict as JSON and exits 0
// for a valid certificate, 1 for an invalid one, 2 for a usage error or a key it could not get.
import { createPublicKey, verify } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const CERTIFICATE_FIELDS = [
  'v',
  'licenseKey',
  'licenseId',
  'productId',
  'instanceId',
  'instanceName',
  'issuedAt',
  'expiresAt',
  'validUntil',
  'activationLimit',
  'entitlements',
];
const LICENSE_KEY = /^SHELF(-[0-9A-HJKMNP-TV-Z]{5}){4}-[0-9A-HJKMNP-TV-Z]{3}$/;
const ISO_UTC_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{3})?Z$/;
const BASE64URL = /^[A-Za-z0-9_-]+$/;
const MAX_TOKEN_LENGTH = 8192;

/**
 * Returns { valid: true, payload } or { valid: false, reason } with reason one of malformed,
 * bad_signature, expired (the license ended or validUntil passed: ask the store online) and
 * wrong_instance. Never throws for a bad certificate; throws for a public key that is not Ed25519.
 */
export function verifyLicenseCertificate(token, publicKeyPem, { now = new Date(), instanceId } = {}) {
  const publicKey = createPublicKey(publicKeyPem);
  if (publicKey.asymmetricKeyType !== 'ed25519') throw new TypeError('expected an Ed25519 public key');
  if (typeof token !== 'string' || token.length > MAX_TOKEN_LENGTH) return invalid('malformed');
  const parts = token.trim().split('.');
  if (parts.length !== 2) return invalid('malformed');
  const [encodedPayload, encodedSignature] = parts;
  const payloadBytes = decodeBase64Url(encodedPayload);
  const signature = decodeBase64Url(encodedSignature);
  if (payloadBytes === null || signature?.length !== 64) return invalid('malformed');
  // The signature covers the base64url text exactly as received, not a re-serialised JSON.
  if (!verify(null, Buffer.from(encodedPayload, 'ascii'), publicKey, signature)) {
    return invalid('bad_signature');
  }
  const payload = parsePayload(payloadBytes);
  if (payload === null) return invalid('malformed');
  if (instanceId !== undefined && instanceId !== payload.instanceId) return invalid('wrong_instance');
  const expiresAt = payload.expiresAt === null ? Number.POSITIVE_INFINITY : Date.parse(payload.expiresAt);
  const at = now.getTime();
  if (at >= expiresAt || at >= Date.parse(payload.validUntil)) return invalid('expired');
  return { valid: true, payload };
}

function invalid(reason) {
  return { valid: false, reason };
}

// Node's decoder skips characters it does not know; only the canonical spelling is accepted.
function decodeBase64Url(text) {
  if (!BASE64URL.test(text)) return null;
  const bytes = Buffer.from(text, 'base64url');
  return bytes.toString('base64url') === text ? bytes : null;
}

// Strict: exactly the known fields with the expected types, or nothing. The version is not part of
// the returned payload.
function parsePayload(bytes) {
  let record;
  try {
    record = JSON.parse(bytes.toString('utf8'));
  } catch {
    return null;
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return null;
  const keys = Object.keys(record);
  if (keys.length !== CERTIFICATE_FIELDS.length || !keys.every((key) => CERTIFICATE_FIELDS.includes(key))) {
    return null;
  }
  const { v, licenseKey, licenseId, productId, instanceId, instanceName } = record;
  const { issuedAt, expiresAt, validUntil, activationLimit, entitlements } = record;
  const ok =
    v === 1 &&
    typeof licenseKey === 'string' &&
    LICENSE_KEY.test(licenseKey) &&
    [licenseId, productId, instanceId].every((id) => isText(id, 200)) &&
    isText(instanceName, 320) &&
    isInstant(issuedAt) &&
    (expiresAt === null || isInstant(expiresAt)) &&
    isInstant(validUntil) &&
    (expiresAt === null || Date.parse(validUntil) <= Date.parse(expiresAt)) &&
    (activationLimit === null || (Number.isSafeInteger(activationLimit) && activationLimit >= 0)) &&
    Array.isArray(entitlements) &&
    entitlements.length <= 64 &&
    entitlements.every((entry) => isText(entry, 200)) &&
    new Set(entitlements).size === entitlements.length;
  if (!ok) return null;
  const { v: _version, ...payload } = record;
  return payload;
}

function isText(value, maxLength) {
  return typeof value === 'string' && value.length > 0 && value.length <= maxLength;
}

function isInstant(value) {
  if (typeof value !== 'string' || !ISO_UTC_INSTANT.test(value)) return false;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return false;
  const canonical = date.toISOString();
  return value.length === canonical.length ? value === canonical : `${value.slice(0, -1)}.000Z` === canonical;
}

/**
 * The store's public key: from the cache file, else fetched once and cached. Fetching trusts whoever
 * answers at that URL on the first run; an app that ships the key inside itself does not have to.
 */
async function loadPublicKey(storeUrl, keyFile) {
  if (existsSync(keyFile)) return readFileSync(keyFile, 'utf8');
  if (!storeUrl) throw new Error(`no key in ${keyFile} and no --store to fetch it from`);
  const response = await fetch(new URL('/.well-known/shelf-license-key', storeUrl), {
    headers: { accept: 'application/json' },
  });
  if (!response.ok) throw new Error(`the store answered ${response.status} for its license key`);
  const body = await response.json();
  if (body?.format !== 'shelf-license-certificate-v1' || body.algorithm !== 'Ed25519') {
    throw new Error('the store publishes a license key format this script does not know');
  }
  const pem = String(body.public_key_pem);
  if (createPublicKey(pem).asymmetricKeyType !== 'ed25519') throw new Error('the store key is not Ed25519');
  // Written aside and renamed, so a second copy of the app starting at the same time never reads half a key.
  writeFileSync(`${keyFile}.tmp`, pem);
  renameSync(`${keyFile}.tmp`, keyFile);
  return pem;
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      store: { type: 'string' },
      instance: { type: 'string' },
      file: { type: 'string' },
      'key-file': { type: 'string', default: 'shelf-license-key.pem' },
    },
  });
  const token = values.file ? readFileSync(values.file, 'utf8') : positionals[0];
  if (!token || positionals.length > (values.file ? 0 : 1)) {
    throw new Error(
      'usage: verify.mjs --store URL [--instance ID] [--key-file PATH] (CERTIFICATE | --file PATH)',
    );
  }
  const publicKeyPem = await loadPublicKey(values.store, values['key-file']);
  const result = verifyLicenseCertificate(token, publicKeyPem, { instanceId: values.instance });
  console.log(JSON.stringify(result, null, 2));
  return result.valid ? 0 : 1;
}

// Run as a script; imported as a module (into an app, or Shelf's parity test) it only exports.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 2;
    },
  );
}
